import { build } from "esbuild";
(async () => {
  const result = await build({ entryPoints: ["src/classifier/index.ts"], bundle: true, minify: true, platform: "browser", format: "esm", splitting: true, outdir: "/nonexistent-out", write: false, metafile: true, logLevel: "silent" });
  const main = Object.values(result.metafile!.outputs).find((o) => o.entryPoint !== undefined)!;
  const rows = Object.entries(main.inputs).map(([k, v]) => [k, v.bytesInOutput] as const).sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.filter(([k]) => k.includes(process.argv[2] ?? "layouts"))) console.log(String(v).padStart(7), k);
})();
