/**
 * The bin loads its bundles through V8's code cache (bin/lib/codeCache.cjs). The cache may change
 * how fast the code starts, never what it prints: output through the cache, and through plain
 * require() (NDR_ASSISTANT_NO_CODE_CACHE=1), must be the same bytes. A cache V8 cannot use is
 * replaced, not trusted.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ndr-assistant.cjs");
const CODE_CACHE = join(ROOT, "bin", "lib", "codeCache.cjs");
const FIXTURES = join(ROOT, "test", "fixtures");

jest.setTimeout(120000);

function bin(args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000, env: { ...process.env, ...env } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const files = [
  ...readdirSync(FIXTURES)
    .filter((n) => n.endsWith(".eml"))
    .map((n) => join("test", "fixtures", n)),
  // .msg files are read by a library the classifier loads on demand (import() in the source).
  join("test", "fixtures", "msg", "ndr-5.4.1-relay-access-denied.msg"),
  join("test", "fixtures", "msg", "forward-with-attached-ndr.msg"),
];

test.each([
  ["--json FILE...", ["--json", ...files]],
  ["text FILE...", files],
  ["--summary --json", ["--summary", "--json", "test/fixtures/batch", "test/fixtures/msg"]],
])("%s prints the same bytes through the code cache (made, then used) as without it", (_label, args) => {
  const plain = bin(args, { NDR_ASSISTANT_NO_CODE_CACHE: "1" });
  expect(plain.stdout.length).toBeGreaterThan(100);
  // The first run may make the cache, the second loads it.
  for (let run = 0; run < 2; run++) {
    const cached = bin(args);
    expect(cached.status).toBe(plain.status);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stderr).toBe(plain.stderr);
  }
  const caches = readdirSync(join(ROOT, "node_modules", ".cache", "ndr-assistant")).filter((n) => n.endsWith(".v8cache"));
  expect(caches.some((n) => n.startsWith("cli-"))).toBe(true);
  expect(caches.some((n) => n.startsWith("worker-"))).toBe(true);
});

describe("a bundle's cache file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ndr-code-cache-"));
    writeFileSync(
      join(dir, "bundle.cjs"),
      `"use strict";\nconst path = require("node:path");\nmodule.exports = { answer: (xs) => xs.map((x) => x * 2).join(path.delimiter) };\n`,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (): string => {
    const script = `const m = require(${JSON.stringify(CODE_CACHE)}).requireBundle(${JSON.stringify(join(dir, "bundle.cjs"))}); process.stdout.write(m.answer([1, 2, 3]));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 30000 });
    expect(r.stderr).toBe("");
    return r.stdout;
  };

  test("is made at the end of the first run and used by the next", () => {
    const expected = [2, 4, 6].join(delimiter);
    expect(load()).toBe(expected);
    const made = readFileSync(join(dir, "bundle.cjs.v8cache"));
    expect(made.length).toBeGreaterThan(4);
    expect(load()).toBe(expected);
    // A short run does not replace a cache made by a run as long as itself.
    expect(readFileSync(join(dir, "bundle.cjs.v8cache")).equals(made)).toBe(true);
  });

  test("that V8 rejects (garbage, or made for other source) is replaced and changes nothing", () => {
    writeFileSync(join(dir, "bundle.cjs.v8cache"), Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.from("not a code cache at all ".repeat(40))]));
    expect(load()).toBe([2, 4, 6].join(delimiter));
    const replaced = readFileSync(join(dir, "bundle.cjs.v8cache"));
    expect(replaced.subarray(4).toString("latin1")).not.toContain("not a code cache");
  });
});
