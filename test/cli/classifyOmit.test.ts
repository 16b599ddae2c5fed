/**
 * The CLI's classifier processes ask classify() to leave out what their output never reads
 * (`omit`: the original message's fields for --summary, the hops for every mode). That may save
 * work, never change a result: on every fixture and corpus message, the diagnosis with `omit` is
 * the full one minus those fields, and the summary record, the --json element and the text block
 * built from it are the same bytes as from the full diagnosis.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../../scripts/lib/filesUnder";
import { classify } from "../../src/classifier";
import type { ClassifyOptions, Diagnosis } from "../../src/classifier/types";
import { jsonElement, toText } from "../../src/cli/format";
import { toRecord } from "../../src/cli/summary/record";

jest.setTimeout(240_000);

const ROOT = join(__dirname, "..", "..");
const SHARED = join(ROOT, "..", "shared");
const mail = (name: string): boolean => name.endsWith(".eml") || name.endsWith(".msg");
const files = [
  ...filesUnder(join(ROOT, "test", "fixtures"), mail),
  ...filesUnder(join(SHARED, "corpus"), mail),
  ...filesUnder(join(SHARED, "corpus-full"), mail),
];

const SUMMARY: ClassifyOptions = { omit: { original: true, hops: true } };
const OUTPUT: ClassifyOptions = { omit: { hops: true } };

function without(d: Diagnosis, keys: ReadonlyArray<"original" | "hops">): Diagnosis {
  const copy = { ...d };
  for (const k of keys) delete copy[k];
  return copy;
}

test("omit leaves out only the fields named, and the CLI's outputs are unchanged", async () => {
  const differences: string[] = [];
  // So the test can fail: many of the messages have an original part, some have hops.
  let originals = 0;
  let hops = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const full = await classify(bytes);
    const summary = await classify(bytes, SUMMARY);
    const output = await classify(bytes, OUTPUT);
    if (full.original) originals++;
    if (full.hops?.length) hops++;
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
    if (!same(without(summary, ["original", "hops"]), without(full, ["original", "hops"])) || summary.original || summary.hops)
      differences.push(`${file}: summary diagnosis`);
    if (!same(without(output, ["hops"]), without(full, ["hops"])) || output.hops) differences.push(`${file}: output diagnosis`);
    if (!same(toRecord(summary, new Set()), toRecord(full, new Set()))) differences.push(`${file}: summary record`);
    if (jsonElement({ file, diagnosis: output }) !== jsonElement({ file, diagnosis: full })) differences.push(`${file}: --json element`);
    if (toText({ file, diagnosis: output }) !== toText({ file, diagnosis: full })) differences.push(`${file}: text block`);
  }
  expect(files.length).toBeGreaterThan(100);
  expect(originals).toBeGreaterThan(20);
  expect(hops).toBeGreaterThan(0);
  expect(differences).toEqual([]);
});
