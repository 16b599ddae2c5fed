/**
 * Issue 3 §10: the classifier's share of the pane bundle, its MIME parser included, stays under
 * budget (60 KB gzipped until issue 10 added the per-layout decoder modules; 75 KB since — the
 * reasons are beside BUNDLE_BUDGET_BYTES in scripts/bench.ts). A size is deterministic for a given source and esbuild version, so unlike a
 * timing it belongs in the unit tests; scripts/bench.ts prints the same figure.
 */
import { BUNDLE_BUDGET_BYTES, measureClassifierBundle, type BundleSize } from "../../scripts/bench";

jest.setTimeout(60000);

let size: BundleSize;
beforeAll(async () => {
  size = await measureClassifierBundle();
});

test("the classifier bundle is under 75 KB gzipped", () => {
  expect(BUNDLE_BUDGET_BYTES).toBe(75 * 1024);
  expect(size.mainGzip).toBeLessThan(BUNDLE_BUDGET_BYTES);
});

test("the measurement is real: the bundle holds the engine, the guidance and postal-mime's header helpers", () => {
  // Far smaller would mean the entry or the bundling went wrong, not that the code got small.
  expect(size.mainGzip).toBeGreaterThan(30 * 1024);
});

test("postal-mime's parser and HTML-entity table stay out of the bundle", async () => {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [`${__dirname}/../../src/classifier/index.ts`],
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    splitting: true,
    outdir: "/nonexistent-out",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const main = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined);
  const inputs = Object.entries(main?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  expect(inputs.some((k) => k.includes("postal-mime") && k.includes("decode-strings"))).toBe(true);
  expect(inputs.filter((k) => /postal-mime.*(html-entities|text-format)/.test(k))).toEqual([]);
});
