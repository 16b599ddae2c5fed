#!/usr/bin/env node
// Runs the TypeScript CLI with no build step after `npm ci`. The first run bundles src/cli with
// esbuild into node_modules/.cache/ndr-assistant/ and later runs load that bundle (about 3x
// quicker to start than compiling through tsx). The cache records every source file the bundle
// was built from, with its mtime and size, and is rebuilt when any of them changes. If the
// bundle cannot be built or written (read-only install), tsx's require API runs the sources.
// NDR_ASSISTANT_NO_BUNDLE=1 forces the tsx path.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");

const ROOT = path.join(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "ndr-assistant");
const MANIFEST = path.join(CACHE_DIR, "manifest.json");
// Bump when the build options below change, so bundles made by an older bin are not reused.
const FORMAT = 1;

function fileKey(file) {
  const st = fs.statSync(file);
  return `${st.mtimeMs}:${st.size}`;
}

/** The cached bundle's path when every input is unchanged, else null. */
function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
    if (manifest.format !== FORMAT) return null;
    for (const [rel, key] of Object.entries(manifest.inputs)) if (fileKey(path.join(ROOT, rel)) !== key) return null;
  } catch {
    return null;
  }
  const bundle = path.join(CACHE_DIR, manifest.bundle);
  return fs.existsSync(bundle) ? bundle : null;
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
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    metafile: true,
    write: false,
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
  const code = result.outputFiles[0].text;
  const inputs = {};
  for (const rel of Object.keys(result.metafile.inputs)) inputs[rel] = fileKey(path.join(ROOT, rel));
  const name = `cli-${crypto.createHash("sha256").update(code).digest("hex").slice(0, 16)}.cjs`;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // The bundle goes in first and the manifest that names it last.
  const bundle = path.join(CACHE_DIR, name);
  if (!fs.existsSync(bundle)) writeAtomic(bundle, code);
  writeAtomic(MANIFEST, JSON.stringify({ format: FORMAT, bundle: name, inputs }));
  for (const old of fs.readdirSync(CACHE_DIR)) {
    if (/^cli-[0-9a-f]+\.cjs$/.test(old) && old !== name) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
  }
  return bundle;
}

function loadCli() {
  if (process.env.NDR_ASSISTANT_NO_BUNDLE !== "1") {
    try {
      return require(freshBundle() ?? buildBundle());
    } catch {
      // Fall through to tsx: a missing esbuild, a read-only node_modules or a bundle removed
      // by a concurrent rebuild must not stop the command.
    }
  }
  const tsx = require("tsx/cjs/api");
  return tsx.require(ENTRY, __filename);
}

// `ndr-assistant --summary big/ | head` closes stdout early; that is the reader's choice, not a crash.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const { run } = loadCli();
run(
  process.argv.slice(2),
  (s) => process.stdout.write(s + "\n"),
  (s) => process.stderr.write(s + "\n"),
  {
    writeOut: (s) => process.stdout.write(s),
    writeErr: (s) => process.stderr.write(s),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  },
).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`ndr-assistant: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  },
);
