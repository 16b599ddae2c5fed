// The build's webpack plugins on a tiny real compilation (the pane's own build runs them in
// `npm run build`, whose output test/browser checks): the preload links, the finished policy and
// the first-view budget, each failing the way it should.
import HtmlWebpackPlugin from "html-webpack-plugin";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Stats } from "webpack";
import { contentSecurityPolicy, EMPTY_STYLE_HASH, pagePolicy, parsePolicy, styleHash } from "../../build/csp";
import { outputNames } from "../../build/paneFiles";
import { CspHtmlPlugin } from "../../build/plugins/cspHtml";
import { FirstViewBudgetPlugin, judgeFirstView } from "../../build/plugins/firstViewBudget";
import { PreloadChunksPlugin, preloadFiles } from "../../build/plugins/preloadChunks";

// Processes, compilations and sockets: slow on a loaded machine, never a measure of speed.
jest.setTimeout(30000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ndr-plugins-"));
  writeFileSync(join(dir, "index.js"), 'import(/* webpackChunkName: "classifier" */ "./classifier.js").then((m) => m.run());\n');
  writeFileSync(join(dir, "classifier.js"), `export function run() { return ${JSON.stringify("x".repeat(3000))}.length; }\n`);
  writeFileSync(
    join(dir, "page.html"),
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>">\n<style>\n  html, body { margin: 0; padding: 0 }\n</style></head><body></body></html>',
  );
  writeFileSync(
    join(dir, "inline.html"),
    '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>"><script>alert(1)</script></head><body></body></html>',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Built {
  stats: Stats;
  html: string;
  log: string[];
}

async function compile({ template = "page.html", limitKb = 200, warnOnly = false, groups = ["classifier"] } = {}): Promise<Built> {
  const out = mkdtempSync(join(dir, "out-"));
  const log: string[] = [];
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: { taskpane: "./index.js" },
    output: { path: out, ...outputNames(true), publicPath: "auto" },
    optimization: { minimize: false },
    infrastructureLogging: { level: "none" },
    plugins: [
      new HtmlWebpackPlugin({
        template: join(dir, template),
        filename: "taskpane.html",
        chunks: ["taskpane"],
        contentSecurityPolicy: contentSecurityPolicy({ production: true, connect: ["https:"] }),
      }),
      new PreloadChunksPlugin(groups),
      new CspHtmlPlugin(),
      new FirstViewBudgetPlugin({ limitKb, warnOnly, log: (text) => log.push(text) }),
    ],
  });
  const stats = await new Promise<Stats>((done, fail) => compiler.run((error, result) => (error || !result ? fail(error) : done(result))));
  await new Promise<void>((done) => compiler.close(() => done()));
  let html = "";
  try {
    html = readFileSync(join(out, "taskpane.html"), "utf8");
  } catch {
    // not emitted: the compilation failed
  }
  return { stats, html, log };
}

const messages = (list: Array<{ message: string }>) => list.map((e) => e.message).join("\n");

describe("on a real compilation", () => {
  let ok: Built;
  beforeAll(async () => {
    ok = await compile();
  }, 60000);

  test("compiles without errors or warnings", () => {
    expect(messages(ok.stats.compilation.errors)).toBe("");
    expect(messages(ok.stats.compilation.warnings)).toBe("");
  });

  test("PreloadChunksPlugin links the lazy classifier chunk, not the entry", () => {
    const links = [...ok.html.matchAll(/<link rel="?preload"? as="?script"? href="?([^" >]+)/g)].map((l) => l[1]);
    expect(links).toEqual([expect.stringMatching(/^classifier\.[0-9a-f]{8}\.js$/)]);
  });

  test("CspHtmlPlugin hashes the minified <style>, as shipped", () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(ok.html)?.[1] ?? "";
    expect(css).not.toMatch(/\n/); // html-webpack-plugin minified it first
    const styles = new Map(parsePolicy(pagePolicy(ok.html) ?? "")).get("style-src");
    expect(styles).toEqual(["'self'", EMPTY_STYLE_HASH, styleHash(css)]);
  });

  test("FirstViewBudgetPlugin reports every asset and the first view's gzipped total", () => {
    expect(ok.log.join("")).toMatch(/\* taskpane\.[0-9a-f]{8}\.js/);
    expect(ok.log.join("")).toMatch(/first view of the pane: 1 JS file\(s\), [\d.]+ KB gzipped; budget 200\.0 KB/);
  });

  test("over the budget the build fails, or warns with warnOnly", async () => {
    const over = await compile({ limitKb: 0.001 });
    expect(messages(over.stats.compilation.errors)).toMatch(
      /FirstViewBudgetPlugin: the pane's first view is [\d.]+ KB of gzipped JS, over the 0\.0 KB budget \(taskpane\.[0-9a-f]{8}\.js/,
    );
    const warned = await compile({ limitKb: 0.001, warnOnly: true });
    expect(messages(warned.stats.compilation.errors)).toBe("");
    expect(messages(warned.stats.compilation.warnings)).toMatch(/FirstViewBudgetPlugin/);
  }, 60000);

  test("a page with inline script fails the build; a missing chunk group is a warning", async () => {
    const inline = await compile({ template: "inline.html" });
    expect(messages(inline.stats.compilation.errors)).toMatch(/CspHtmlPlugin: taskpane\.html breaks its Content-Security-Policy: inline script <script>/);
    const missing = await compile({ groups: ["classifier", "nope"] });
    expect(messages(missing.stats.compilation.warnings)).toMatch(/PreloadChunksPlugin: no chunk group named "nope"/);
  }, 60000);
});

describe("the plugins' logic on its own", () => {
  test("judgeFirstView counts only the first view's files, gzipped, against the limit", () => {
    const rows = [
      { name: "taskpane.1.js", raw: 5000, gzip: 1500 },
      { name: "vendor.2.js", raw: 9000, gzip: 1000 },
      { name: "lazy.3.js", raw: 90000, gzip: 30000 },
    ];
    const within = judgeFirstView(rows, new Set(["taskpane.1.js", "vendor.2.js"]), "production", 2500 / 1024);
    expect(within.total).toBe(2500);
    expect(within.overrun).toBeUndefined();
    expect(within.report.split("\n").filter((l) => l.startsWith("  *"))).toHaveLength(2);
    const over = judgeFirstView(rows, new Set(["taskpane.1.js", "vendor.2.js"]), "production", 2);
    expect(over.overrun).toMatch(/2\.4 KB of gzipped JS, over the 2\.0 KB budget \(vendor\.2\.js 1\.0 KB, taskpane\.1\.js 1\.5 KB\)/);
  });

  test("preloadFiles skips initial chunks and non-JS files, and names missing groups", () => {
    const chunks = [
      { canBeInitial: () => true, files: ["taskpane.js"] },
      { canBeInitial: () => false, files: ["classifier.js", "classifier.js.map", "shared.js"] },
    ];
    expect(preloadFiles(["classifier", "gone"], (name) => (name === "classifier" ? chunks : undefined))).toEqual({
      files: ["classifier.js", "shared.js"],
      missing: ["gone"],
    });
  });
});
