/**
 * Bundles the production server (server/main.ts, fastify and its plugins) into one CommonJS file,
 * dist-server/ndr-assistant-server.cjs, beside a THIRD_PARTY_LICENSES.txt for what it contains.
 * The container then needs Node, dist/ and this folder: no node_modules, no npm. Part of
 * `npm run build`; `npm run serve` runs the bundle, so tests and the container run the same bytes.
 */
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const SERVER_BUNDLE_DIR = join(ROOT, "dist-server");
export const SERVER_BUNDLE_NAME = "ndr-assistant-server.cjs";

interface PackageInfo {
  name: string;
  version: string;
  license?: string;
  dir: string;
}

/** The npm package an input file belongs to (the innermost node_modules/<name>). */
function packageOf(input: string): PackageInfo | undefined {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return undefined;
  const rest = input.slice(at + "node_modules/".length).split("/");
  const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  const dir = join(ROOT, input.slice(0, at), "node_modules", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string; license?: string };
  return { name, version: pkg.version, license: pkg.license, dir };
}

function licenseText(dir: string): string {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), "utf8").trim() : "(no license file in the package; see its package.json)";
}

export async function bundleServer(outDir = SERVER_BUNDLE_DIR): Promise<{ file: string; packages: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, "server", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    metafile: true,
    legalComments: "none", // the licenses go, whole, into THIRD_PARTY_LICENSES.txt
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
  const packages = new Map<string, PackageInfo>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const info = packageOf(input);
    if (info) packages.set(`${info.name}@${info.version}`, info);
  }
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, SERVER_BUNDLE_NAME);
  writeFileSync(file, `#!/usr/bin/env node\n${result.outputFiles[0].text}`, { mode: 0o755 });
  const notices = [...packages.keys()].sort().map((key) => {
    const info = packages.get(key) as PackageInfo;
    return `${key} (${info.license ?? "see package"})\n\n${licenseText(info.dir)}\n`;
  });
  writeFileSync(
    join(outDir, "THIRD_PARTY_LICENSES.txt"),
    `${SERVER_BUNDLE_NAME} contains the following npm packages.\n\n${"=".repeat(72)}\n${notices.join(`\n${"=".repeat(72)}\n`)}`,
  );
  return { file, packages: [...packages.keys()].sort() };
}

if (require.main === module) {
  bundleServer().then(
    ({ file, packages }) => console.log(`Production server bundled: ${file} (${packages.length} npm packages; licenses in THIRD_PARTY_LICENSES.txt)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
