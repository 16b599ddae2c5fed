/**
 * The translations are loaded on demand: bundling the classifier must not pull them in, and the
 * locales module must leave each language in a chunk of its own.
 */
import { build } from "esbuild";
import path from "node:path";
import { GUIDANCE } from "../../src/classifier/guidance";
import { DE } from "../../src/i18n/guidance/de";
import { ES } from "../../src/i18n/guidance/es";
import { FR } from "../../src/i18n/guidance/fr";

const ROOT = path.resolve(__dirname, "../..");
const entry = GUIDANCE.find((e) => e.id === "exo-5.4.1-relay-access-denied") ?? GUIDANCE[0];
// One distinctive sentence per language (a cause: long and unlike any UI string).
const SENTENCES = { fr: FR[entry.cause], de: DE[entry.cause], es: ES[entry.cause] };

async function bundle(entryPoint: string, splitting: boolean): Promise<{ path: string; text: string }[]> {
  const result = await build({
    entryPoints: [path.join(ROOT, entryPoint)],
    bundle: true,
    splitting,
    format: "esm",
    platform: "browser",
    write: false,
    outdir: path.join(ROOT, "dist-test-unused"),
    charset: "utf8",
    logLevel: "silent",
  });
  return result.outputFiles.map((f) => ({ path: f.path, text: f.text }));
}

describe("guidance translations stay out of the core bundles", () => {
  it("has a sentence to look for in each language", () => {
    for (const s of Object.values(SENTENCES)) expect(s && s.length).toBeGreaterThan(40);
  });

  it("does not inline any translation into the classifier bundle", async () => {
    const files = await bundle("src/classifier/index.ts", false);
    const text = files.map((f) => f.text).join("\n");
    expect(text).toContain(JSON.stringify(entry.cause).slice(1, 60)); // the English table is there
    for (const s of Object.values(SENTENCES)) expect(text).not.toContain(s);
  }, 30_000);

  it("puts each language in its own chunk, apart from the locales module", async () => {
    const files = await bundle("src/i18n/guidance/localize.ts", true);
    const main = files.find((f) => f.path.endsWith(`${path.sep}localize.js`));
    expect(main).toBeDefined();
    for (const s of Object.values(SENTENCES)) expect(main?.text).not.toContain(s);
    const holders = Object.values(SENTENCES).map((s) => files.filter((f) => f.text.includes(s)).map((f) => f.path));
    for (const h of holders) expect(h).toHaveLength(1);
    expect(new Set(holders.flat()).size).toBe(3);
  }, 30_000);
});
