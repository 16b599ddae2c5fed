/**
 * Builds the task pane into dist/: taskpane.html + hashed JS, assets/, manifest.xml. The pieces
 * (settings from the environment, the Content-Security-Policy, the plugins) live in build/ as
 * TypeScript and are loaded through tsx, so the build checks values with the pane's own validators.
 * Type checking is a separate step (npm run typecheck); ts-loader only transpiles.
 */
const path = require("node:path");
const webpack = require("webpack");
// Registered for the whole process, not namespaced: a namespaced tsx would also tag the loader
// paths html-webpack-plugin resolves (its child compiler then fails).
require("tsx/cjs/api").register();
const build = require("./build/index.ts");

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  const settings = build.buildSettings(process.env, { production });
  for (const note of settings.notes) console.warn(note);

  return {
    mode: production ? "production" : "development",
    target: ["web", "es2022"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.join(__dirname, build.DIST_DIR), ...build.outputNames(production), publicPath: "auto", clean: true },
    // Not an eval-based source map: the pane's policy forbids eval in development too.
    devtool: production ? false : "cheap-module-source-map",
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
      build.paneHtmlPlugin(settings),
      new build.PreloadChunksPlugin(),
      new build.CspHtmlPlugin(),
      build.copyPlugin(settings),
      new webpack.DefinePlugin(build.paneDefines(settings)),
      new build.FirstViewBudgetPlugin(settings.budget),
    ],
    // The parse worker (src/taskpane/reader/parse) stays one file: its start-up is on the way to the
    // first diagnosis, and each chunk split out of it would cost a synchronous importScripts at start.
    optimization: { splitChunks: { chunks: (chunk) => chunk.name !== "parse-worker" && !chunk.canBeInitial() } },
    // Webpack's hint measures raw size; FirstViewBudgetPlugin holds the gzipped figure that matters.
    performance: { hints: false },
    devServer: {
      port: build.DEV_PORT,
      host: "localhost",
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: build.LOCAL_OFFICE_JS_PATH, watch: false }],
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};

module.exports.CDN_OFFICE_JS = build.CDN_OFFICE_JS;
module.exports.DEV_PORT = build.DEV_PORT;
