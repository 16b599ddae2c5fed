import { build } from "esbuild";
import { gzipSync } from "node:zlib";
(async () => {
  const result = await build({ entryPoints: ["src/classifier/index.ts"], bundle: true, minify: true, platform: "browser", format: "esm", splitting: true, outdir: "/nonexistent-out", write: false, metafile: true, logLevel: "silent" });
  for (const f of result.outputFiles) if (f.path.endsWith("index.js")) console.log("main gz", (gzipSync(f.contents).length/1024).toFixed(1));
  const main = Object.values(result.metafile!.outputs).find((o) => o.entryPoint !== undefined)!;
  const rows = Object.entries(main.inputs).map(([k, v]) => [k, v.bytesInOutput] as const).sort((a, b) => b[1] - a[1]);
  const groups = new Map<string, number>();
  for (const [k, v] of rows) { const g = k.replace(/^src\/classifier\//, "").split("/").slice(0, k.includes("guidance/") ? 2 : 1).join("/"); groups.set(g, (groups.get(g) ?? 0) + v); }
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(7), k);
})();
