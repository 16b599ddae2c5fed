#!/usr/bin/env node
/**
 * What the pane's first view is made of: builds the production pane with source maps into a
 * temporary folder, then attributes every minified byte of the taskpane entrypoint's initial JS to
 * the source file it came from (the source map says which), and groups them by npm package (or by
 * src/ folder). The gzipped figure per group is an estimate: that group's bytes gzipped on their own.
 *
 *   node scripts/size-report.mjs [--top 40] [--json FILE]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const { SourceMapConsumer } = require("source-map");
const makeConfig = require("../webpack.config.js");

const args = process.argv.slice(2);
const top = Number(args[args.indexOf("--top") + 1]) || 40;
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;

const out = mkdtempSync(join(tmpdir(), "ndr-size-"));
process.env.PANE_BUDGET_WARN_ONLY = "1"; // the report is for finding what to cut, so an overrun mustn't stop it
const config = makeConfig({}, { mode: "production" });
config.output = { ...config.output, path: out };
config.devtool = "hidden-source-map";

const stats = await new Promise((done, fail) => webpack(config, (err, s) => (err ? fail(err) : done(s))));
if (stats.hasErrors()) {
  console.error(stats.toString("errors-only"));
  process.exit(1);
}
const info = stats.toJson({ all: false, entrypoints: true, chunks: true, chunkModules: false, ids: true });
const initial = info.entrypoints.taskpane.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));

/** "node_modules/@fluentui/react-tabs/lib/…" → "@fluentui/react-tabs"; "src/taskpane/admin/x.tsx" → "src/taskpane/admin". */
function groupOf(source) {
  const path = source.replace(/^webpack:\/\/(ndr-assistant\/)?/, "").replace(/^\.\//, "");
  const nm = path.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = path.slice(nm + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith("webpack/")) return "(webpack runtime)";
  return path
    .split("/")
    .slice(0, 3)
    .join("/")
    .replace(/\.[a-z]+$/, "");
}

const byFile = new Map();
const textByGroup = new Map();
let total = 0;
for (const name of initial) {
  const code = readFileSync(join(out, name), "utf8");
  const map = JSON.parse(readFileSync(join(out, `${name}.map`), "utf8"));
  const lines = code.split("\n");
  const consumer = new SourceMapConsumer(map);
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? "";
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const text = line.slice(m.generatedColumn, end);
    const source = m.source ?? "(unmapped)";
    byFile.set(source, (byFile.get(source) ?? 0) + text.length);
    const group = m.source ? groupOf(source) : "(unmapped)";
    const parts = textByGroup.get(group) ?? [];
    parts.push(text);
    textByGroup.set(group, parts);
    total += text.length;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const groups = [...textByGroup.entries()]
  .map(([group, parts]) => {
    const text = parts.join("");
    return { group, minified: text.length, gzipEstimate: gzipSync(text, { level: 9 }).length };
  })
  .sort((a, b) => b.minified - a.minified);
const files = [...byFile.entries()]
  .map(([file, bytes]) => ({ file: file.replace(/^webpack:\/\/(ndr-assistant\/)?/, ""), minified: bytes }))
  .sort((a, b) => b.minified - a.minified);
const firstViewGzip = initial.reduce((sum, name) => sum + gzipSync(readFileSync(join(out, name)), { level: 9 }).length, 0);

console.log(`\nFirst view of the pane: ${initial.join(", ")}: ${kb(total)} minified, ${kb(firstViewGzip)} gzipped\n`);
console.log("By package / source folder (minified, gzip estimate):");
for (const g of groups.slice(0, top)) console.log(`  ${g.group.padEnd(44)} ${kb(g.minified).padStart(10)} ${kb(g.gzipEstimate).padStart(10)}`);
console.log(`\nTop ${Math.min(top, files.length)} source files (minified):`);
for (const f of files.slice(0, top)) console.log(`  ${f.file.slice(-70).padEnd(72)} ${kb(f.minified).padStart(10)}`);
const lazy = info.chunks.filter((c) => !c.initial).map((c) => `${c.names?.[0] ?? c.files?.[0] ?? "?"} ${kb(c.size)}`);
console.log(`\nLazy chunks (not in the first view; size before minification): ${lazy.join(", ") || "none"}`);

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ initial, minified: total, gzip: firstViewGzip, groups, files: files.slice(0, 200) }, null, 2) + "\n");
rmSync(out, { recursive: true, force: true });
