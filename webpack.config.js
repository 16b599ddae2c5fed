/**
 * Builds the task pane into dist/: taskpane.html + hashed JS, assets/, manifest.xml.
 * Type checking is a separate step (npm run typecheck); ts-loader only transpiles.
 */
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_BASE, parseBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-urls.cjs");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Served, not copied: the npm package's dist/ is about 86 MB (office.js loads host scripts beside itself).
const LOCAL_OFFICE_JS_DIR = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
const LOCAL_OFFICE_JS_PATH = "/office-js/";
const DEV_PORT = 3000;

/**
 * Prints each emitted asset with its gzipped size, and the pane's first-view total (the JS the
 * taskpane entry loads). A hard budget comes later; for now the figure must be visible.
 */
class AssetSizeReportPlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    // Development bundles are unminified with eval source maps: their sizes mean nothing.
    if (compiler.options.mode !== "production") return;
    compiler.hooks.thisCompilation.tap("AssetSizeReportPlugin", (compilation) => {
      // REPORT stage: every asset is final, and contents are still in memory (after emit they are not).
      compilation.hooks.processAssets.tap({ name: "AssetSizeReportPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        if (compilation.errors.length > 0) return;
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        const rows = Object.entries(assets)
          .filter(([name]) => /\.(js|css|html)$/.test(name))
          .map(([name, source]) => {
            const bytes = source.buffer();
            return { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
          })
          .sort((a, b) => b.raw - a.raw);
        const entry = compilation.entrypoints.get("taskpane");
        const firstView = new Set(entry ? entry.getFiles().filter((f) => /\.(js|css)$/.test(f)) : []);
        const sum = (key) => rows.filter((r) => firstView.has(r.name)).reduce((total, r) => total + r[key], 0);
        const lines = rows.map((r) => `  ${r.name.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
        console.log(`\nAssets (${compiler.options.mode}):\n${lines.join("\n")}\n  first view of the pane (JS+CSS): ${kb(sum("raw"))}, ${kb(sum("gzip"))} gzipped\n`);
      });
    });
  }
}

/** ADDIN_BASE_URL decides where the production manifest points; unset keeps the dev URLs (local test builds). */
function productionBase() {
  const value = process.env.ADDIN_BASE_URL;
  if (value === undefined || value === "") {
    console.warn(`ADDIN_BASE_URL is not set: dist/manifest.xml keeps the development URLs (${DEV_BASE}). Set ADDIN_BASE_URL=https://… for a deployable build.`);
    return undefined;
  }
  return parseBaseUrl(value).base; // throws on non-https, failing the build with a clear message
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const base = production ? productionBase() : undefined;

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2022"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      publicPath: "auto",
      clean: true,
    },
    devtool: production ? false : "eval-cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              // tsconfig.json is for checking only (noEmit); the loader has to emit.
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
        { test: /\.(png|svg|jpe?g|gif)$/i, type: "asset/resource" },
      ],
    },
    experiments: { css: true },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: production ? CDN_OFFICE_JS : `${LOCAL_OFFICE_JS_PATH.slice(1)}office.js`,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (base ? rewriteManifestUrls(content.toString("utf8"), base) : content),
          },
        ],
      }),
      new AssetSizeReportPlugin(),
    ],
    // Webpack's hint measures raw size; the report above prints the gzipped figure that matters.
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: LOCAL_OFFICE_JS_DIR, publicPath: LOCAL_OFFICE_JS_PATH, watch: false }],
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};

module.exports.CDN_OFFICE_JS = CDN_OFFICE_JS;
module.exports.DEV_PORT = DEV_PORT;
