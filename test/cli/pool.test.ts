/**
 * The classifier processes and the bounded reader on their own, and the promise that more
 * processes never change the output: the same bytes with one process or three.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_READ_BYTES, readBoundedSync } from "../../src/cli/files/readBounded";
import { DEFAULT_LIMITS } from "../../src/cli/pool/limits";
import type { ItemResult } from "../../src/cli/pool/protocol";
import { tsxWorkerEntry } from "../../src/cli/pool/workerEntry";
import { runPool } from "../../src/cli/pool/workerPool";
import { findInputs } from "../../src/cli/summary/findInputs";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ndr-assistant.cjs");
const FIX = join(ROOT, "test", "fixtures");

jest.setTimeout(120000);

describe("readBoundedSync", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-read-"));

  test("refuses a FIFO and a device without opening them for a read that would wait or never end", () => {
    const fifo = join(dir, "pipe.eml");
    execFileSync("mkfifo", [fifo]);
    expect(readBoundedSync(fifo)).toEqual({ error: "not a regular file" });
    expect(readBoundedSync("/dev/zero")).toEqual({ error: "not a regular file" });
  });

  test("reads 32 MB of a 1.9 GB sparse file, and memory grows by about that much", () => {
    const big = join(dir, "big.eml");
    writeFileSync(big, "From: a@b.example\n\nhello\n");
    truncateSync(big, 1900 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const r = readBoundedSync(big);
    const grown = process.memoryUsage().rss - before;
    expect(r.bytes?.length).toBe(MAX_READ_BYTES);
    expect(r.truncatedFrom).toBe(1900 * 1024 * 1024);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
  });
});

test("--summary: a file swapped for a FIFO after the walk is reported, not waited on", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-swap-"));
  copyFileSync(join(FIX, "dsn-only-5.1.1.eml"), join(dir, "a.eml"));
  copyFileSync(join(FIX, "dsn-only-5.1.1.eml"), join(dir, "b.eml"));
  const { files } = findInputs([dir]);
  expect(files).toEqual([join(dir, "a.eml"), join(dir, "b.eml")]);
  // The walk saw a regular file; by the time it is read, a FIFO with no writer stands there.
  unlinkSync(join(dir, "b.eml"));
  execFileSync("mkfifo", [join(dir, "b.eml")]);
  const results: ItemResult[] = [];
  await runPool(files, { ...DEFAULT_LIMITS, entry: tsxWorkerEntry(), mode: "summary", maxBytes: MAX_READ_BYTES }, (r) => results.push(r));
  expect(results.map((r) => r.i)).toEqual([0, 1]);
  expect("record" in results[0] && results[0].record.isBounce).toBe(true);
  expect(results[1]).toEqual({ i: 1, error: "not a regular file" });
});

describe("one process or three: the same output, byte for byte", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ndr-jobs-"));
    const sources = [
      ...readdirSync(join(FIX, "batch"))
        .filter((f) => f.endsWith(".eml") || f.endsWith(".msg"))
        .map((f) => join(FIX, "batch", f)),
      ...readdirSync(join(FIX, "hostile"))
        .filter((f) => f.startsWith("cli-"))
        .map((f) => join(FIX, "hostile", f)),
      ...readdirSync(FIX)
        .filter((f) => f.endsWith(".eml"))
        .map((f) => join(FIX, f)),
      ...readdirSync(join(FIX, "msg")).map((f) => join(FIX, "msg", f)),
    ];
    // Several copies in several folders, so files of one group land in different processes.
    for (let copy = 0; copy < 3; copy++) {
      mkdirSync(join(dir, `copy${copy}`));
      sources.forEach((src, k) => copyFileSync(src, join(dir, `copy${copy}`, `${String(k).padStart(3, "0")}-${src.split("/").pop()}`)));
    }
  });

  function run(args: string[]): string {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  test.each([[["--summary", "--json"]], [["--summary", "--csv"]], [["--summary"]]])("%j", (mode) => {
    const one = run([...mode, "--jobs", "1", dir]);
    const three = run([...mode, "--jobs", "3", dir]);
    expect(one.length).toBeGreaterThan(1000);
    expect(three).toBe(one);
  });

  test("file mode --json and text", () => {
    const files = findInputs([dir]).files as string[];
    expect(files.length).toBeGreaterThan(60);
    expect(run(["--json", "--jobs", "3", ...files])).toBe(run(["--json", "--jobs", "1", ...files]));
    expect(run(["--jobs", "3", ...files])).toBe(run(["--jobs", "1", ...files]));
  });
});
