#!/usr/bin/env node
// Runs the TypeScript CLI with no build step after `npm ci`. The first run bundles src/cli with
// esbuild into node_modules/.cache/ndr-assistant/ (two bundles: the CLI, and the classifier
// it runs in child processes) and later runs load those (about 3x quicker to start than
// compiling through tsx). The cache records every source file the bundles were built from, with
// its mtime and size, and is rebuilt when any of them changes. If the bundles cannot be built or
// written (read-only install), tsx runs the sources, in the classifier processes as well.
// NDR_ASSISTANT_NO_BUNDLE=1 forces the tsx path. Bundles are loaded with V8's code cache kept
// beside them (lib/codeCache.cjs), the classifier processes through lib/classifierProcess.cjs.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const { requireBundle } = require("./lib/codeCache.cjs");

const ROOT = path.join(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const WORKER_ENTRY = path.join(ROOT, "src", "cli", "pool", "classifyWorker.ts");
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "ndr-assistant");
const MANIFEST = path.join(CACHE_DIR, "manifest.json");
// Bump when the build options below change, so bundles made by an older bin are not reused.
const FORMAT = 3;

function fileKey(file) {
  const st = fs.statSync(file);
  return `${st.mtimeMs}:${st.size}`;
}

/** The cached bundles' paths ({cli, worker}) when every input is unchanged, else null. */
function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
    if (manifest.format !== FORMAT) return null;
    for (const [rel, key] of Object.entries(manifest.inputs)) if (fileKey(path.join(ROOT, rel)) !== key) return null;
  } catch {
    return null;
  }
  const cli = path.join(CACHE_DIR, manifest.bundle);
  const worker = path.join(CACHE_DIR, manifest.worker);
  return fs.existsSync(cli) && fs.existsSync(worker) ? { cli, worker } : null;
}

/** Writes through a temporary name and renames, so concurrent runs never see half a file. */
function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function buildBundle() {
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    entryPoints: { cli: ENTRY, worker: WORKER_ENTRY },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    // import() becomes require(): V8 (Node 20) drops what import() needs from functions restored
    // from a code cache, so a bundle loaded through lib/codeCache.cjs must not use it.
    supported: { "dynamic-import": false },
    metafile: true,
    write: false,
    outdir: CACHE_DIR,
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
  const inputs = {};
  for (const rel of Object.keys(result.metafile.inputs)) inputs[rel] = fileKey(path.join(ROOT, rel));
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Bundles are named by their content; they go in first and the manifest that names them last.
  const names = {};
  for (const out of result.outputFiles) {
    const role = path.basename(out.path, ".js");
    const name = `${role}-${crypto.createHash("sha256").update(out.text).digest("hex").slice(0, 16)}.cjs`;
    const file = path.join(CACHE_DIR, name);
    if (!fs.existsSync(file)) writeAtomic(file, out.text);
    names[role] = name;
  }
  writeAtomic(MANIFEST, JSON.stringify({ format: FORMAT, bundle: names.cli, worker: names.worker, inputs }));
  const keep = new Set(Object.values(names));
  for (const old of fs.readdirSync(CACHE_DIR)) {
    // A bundle's code cache (<bundle>.v8cache) goes with it.
    const bundle = /^((?:cli|worker)-[0-9a-f]+\.cjs)(?:\.v8cache)?$/.exec(old);
    if (bundle && !keep.has(bundle[1])) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
  }
  return { cli: path.join(CACHE_DIR, names.cli), worker: path.join(CACHE_DIR, names.worker) };
}

/** The CLI module and how it should start its classifier processes. */
function loadCli() {
  if (process.env.NDR_ASSISTANT_NO_BUNDLE !== "1") {
    try {
      const built = freshBundle() ?? buildBundle();
      const worker = { kind: "script", file: path.join(__dirname, "lib", "classifierProcess.cjs"), args: [built.worker] };
      return { cli: requireBundle(built.cli), worker };
    } catch {
      // Fall through to tsx: a missing esbuild, a read-only node_modules or a bundle removed
      // by a concurrent rebuild must not stop the command.
    }
  }
  const tsx = require("tsx/cjs/api");
  const cli = tsx.require(ENTRY, __filename);
  return { cli, worker: { kind: "tsx", source: WORKER_ENTRY, tsxRegister: require.resolve("tsx/cjs") } };
}

// `ndr-assistant --summary big/ | head` closes stdout early; that is the reader's choice, not a crash.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const { cli, worker } = loadCli();
cli
  .run(
    // Arguments that are not UTF-8 (a Latin-1 file name) are passed on as their bytes.
    cli.argvWithBytes(process.argv.slice(2)),
    (s) => process.stdout.write(s + "\n"),
    (s) => process.stderr.write(s + "\n"),
    {
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      worker,
    },
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`ndr-assistant: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    },
  );
