/**
 * Builds the task pane into dist/: taskpane.html + hashed JS, assets/, manifest.xml.
 * Type checking is a separate step (npm run typecheck); ts-loader only transpiles.
 */
const path = require("node:path");
const crypto = require("node:crypto");
const { URL } = require("node:url");
const zlib = require("node:zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_BASE, parseBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-urls.cjs");

const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Served, not copied: the npm package's dist/ is about 86 MB (office.js loads host scripts beside itself).
const LOCAL_OFFICE_JS_DIR = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
const LOCAL_OFFICE_JS_PATH = "/office-js/";
const DEV_PORT = 3000;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/**
 * Prints each emitted asset with its gzipped size, then holds the pane's first view to a budget:
 * the gzipped JS of the taskpane entrypoint's initial chunks (what must arrive before anything is
 * on screen; lazy chunks don't count). Webpack's own `performance` hints only measure raw bytes,
 * and gzipped bytes are what a pane on a slow link waits for.
 *
 * PANE_BUDGET_KB changes the limit (default 200). PANE_BUDGET_WARN_ONLY=1 reports an overrun as a
 * warning instead of failing the build: for the time until the pane is split into lazy chunks.
 */
class FirstViewBudgetPlugin {
  constructor({ limitKb, warnOnly }) {
    this.limitKb = limitKb;
    this.warnOnly = warnOnly;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    // Development bundles are unminified with source maps: their sizes mean nothing.
    if (compiler.options.mode !== "production") return;
    compiler.hooks.thisCompilation.tap("FirstViewBudgetPlugin", (compilation) => {
      // REPORT stage: every asset is final, and contents are still in memory (after emit they are not).
      compilation.hooks.processAssets.tap({ name: "FirstViewBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        if (compilation.errors.length > 0) return;
        const rows = Object.entries(assets)
          .filter(([name]) => /\.(js|css|html)$/.test(name))
          .map(([name, source]) => {
            const bytes = source.buffer();
            return { name, raw: bytes.length, gzip: gzipSize(bytes) };
          })
          .sort((a, b) => b.raw - a.raw);
        const entry = compilation.entrypoints.get("taskpane");
        // An entrypoint's chunks are its initial chunks; chunks it loads with import() are not among them.
        const firstView = new Set(entry ? entry.chunks.flatMap((chunk) => [...chunk.files].filter((f) => /\.js$/.test(f))) : []);
        const initial = rows.filter((r) => firstView.has(r.name));
        const total = initial.reduce((sum, r) => sum + r.gzip, 0);
        const lines = rows.map((r) => `  ${firstView.has(r.name) ? "*" : " "} ${r.name.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
        const limit = this.limitKb * 1024;
        console.log(
          `\nAssets (${compiler.options.mode}; * = first view of the pane):\n${lines.join("\n")}\n` +
            `  first view of the pane: ${initial.length} JS file(s), ${kb(total)} gzipped; budget ${kb(limit)}\n`,
        );
        if (total <= limit) return;
        const message =
          `FirstViewBudgetPlugin: the pane's first view is ${kb(total)} of gzipped JS, over the ${kb(limit)} budget ` +
          `(${initial.map((r) => `${r.name} ${kb(r.gzip)}`).join(", ")}). Load views that aren't on the first screen with ` +
          "React.lazy/import(); `node scripts/size-report.mjs` lists what the first view holds.";
        const problem = new WebpackError(message);
        problem.hideStack = true;
        if (this.warnOnly) compilation.warnings.push(problem);
        else compilation.errors.push(problem);
      });
    });
  }
}

function budgetFromEnv() {
  const raw = process.env.PANE_BUDGET_KB;
  const limitKb = raw === undefined || raw === "" ? 200 : Number(raw);
  if (!Number.isFinite(limitKb) || limitKb <= 0) throw new Error(`PANE_BUDGET_KB="${raw}" is not a positive number of kilobytes.`);
  return { limitKb, warnOnly: process.env.PANE_BUDGET_WARN_ONLY === "1" };
}

/** The lazy chunk groups (webpackChunkName) every reading of a message needs: see PreloadChunksPlugin. */
const PRELOADED_CHUNK_GROUPS = ["guidance"];

/**
 * Adds <link rel="preload" as="script"> for the files of the named lazy chunk groups to
 * taskpane.html, so the guidance tables (the parse worker has its own copy) download alongside the pane's entry
 * script. Without it they are requested only once the entry has been parsed and run (about 80 ms
 * later on a fast machine), and on a loaded machine they could still be on the wire when Office
 * answers. Same-origin files, so the policy's script-src 'self' covers them; webpack's own <script>
 * for the chunk later takes the preloaded response (no crossorigin on either).
 */
class PreloadChunksPlugin {
  constructor(groups) {
    this.groups = groups;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PreloadChunksPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadChunksPlugin", (data) => {
        const files = new Set();
        for (const name of this.groups) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) {
            compilation.warnings.push(new compiler.webpack.WebpackError(`PreloadChunksPlugin: no chunk group named "${name}" (webpackChunkName) to preload.`));
            continue;
          }
          for (const chunk of group.chunks) {
            if (chunk.canBeInitial()) continue; // already in the page as an entry script
            for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
          }
        }
        const links = [...files].map((file) =>
          HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", as: "script", href: `${data.publicPath}${file}` }),
        );
        return { ...data, headTags: [...data.headTags, ...links] };
      });
    });
  }
}

const OFFICE_ORIGIN = new URL(CDN_OFFICE_JS).origin;
/** Stands in the template's policy for the hashes of the built page's own <style> elements. */
const STYLE_HASHES = "'inline-style-hashes'";
/**
 * sha256 of the empty string. Griffel (Fluent's CSS-in-JS) and FluentProvider create EMPTY <style>
 * elements and fill them with CSSOM insertRule(), which CSP doesn't govern; Chromium still checks
 * the empty element as an inline style, and this hash is what lets it through. So the pane needs
 * no 'unsafe-inline' for styles: a <style> smuggled in with content would be refused.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * NDR_CONNECT_SRC: where the pane may send requests besides its own origin. The only requests it
 * makes are the opt-in live DNS checks, to a DNS-over-HTTPS resolver the admin can change in the
 * pane (the default is https://cloudflare-dns.com), so the default is any HTTPS origin. An
 * organisation that fixes its resolver can build with a list instead, e.g.
 * NDR_CONNECT_SRC="https://cloudflare-dns.com https://doh.contoso.com"; other resolvers then fail.
 */
function connectSources() {
  const value = (process.env.NDR_CONNECT_SRC ?? "").trim();
  if (value === "") return ["https:"];
  const sources = value.split(/\s+/);
  for (const source of sources) {
    let ok = source === "https:";
    try {
      const url = new URL(source);
      ok = ok || (url.protocol === "https:" && url.origin === source.replace(/\/$/, "") && !source.includes("*"));
    } catch {
      // not a URL: only the scheme keyword is accepted
    }
    if (!ok) throw new Error(`NDR_CONNECT_SRC: "${source}" is not an https origin (https://host[:port]) or "https:".`);
  }
  return sources;
}

/**
 * The pane's Content-Security-Policy, as a <meta> in taskpane.html so it travels with the files to
 * any host. Scripts only from the pane's origin and office.js's CDN (office.js loads its Outlook
 * scripts from beside itself), and neither inline script nor eval. Development loads office.js from
 * the dev server itself ('self'). frame-src: office.js's only iframe of its own in Outlook is the
 * host trust check from its CDN folder (AgaveErrorUX); its telemetry frame is left blocked.
 */
function contentSecurityPolicy({ production, connect }) {
  const office = production ? [OFFICE_ORIGIN] : [];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...office].join(" "),
    `style-src 'self' ${EMPTY_STYLE_HASH} ${STYLE_HASHES}`,
    // The pane shows no remote images: a message's images are never rendered, and a remote image is a tracking pixel.
    "img-src 'self' data:",
    // Graph: the recent-bounces list, only after the user turns it on (src/outlook/graph).
    ["connect-src 'self' https://graph.microsoft.com", ...connect].join(" "),
    ["frame-src", ...(production ? office : ["'self'"])].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Finishes the policy in the built taskpane.html and checks the page keeps to it: hashes the page's
 * own <style> elements into style-src, and fails the build if the HTML carries an inline script, an
 * on* handler or a javascript: URL. It runs after webpack's minimizer (which rewrites the HTML's
 * CSS), so the hashes match the bytes that ship.
 */
class CspHtmlPlugin {
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CspHtmlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CspHtmlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        for (const [name, source] of Object.entries(assets)) {
          if (!/\.html$/.test(name)) continue;
          const html = source.source().toString();
          if (!html.includes("Content-Security-Policy")) continue;
          const problems = [];
          if (!html.includes(STYLE_HASHES)) problems.push(`its policy lacks the ${STYLE_HASHES} placeholder`);
          for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) if (!/\ssrc=/i.test(tag)) problems.push(`inline script ${tag}`);
          for (const [attr] of html.matchAll(/\son[a-z]+\s*=/gi)) problems.push(`event handler attribute${attr}`);
          if (/javascript:/i.test(html)) problems.push("a javascript: URL");
          if (problems.length > 0) {
            const problem = new WebpackError(`CspHtmlPlugin: ${name} breaks its Content-Security-Policy: ${problems.join("; ")}.`);
            problem.hideStack = true;
            compilation.errors.push(problem);
            continue;
          }
          const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(
            ([, css]) => `'sha256-${crypto.createHash("sha256").update(css, "utf8").digest("base64")}'`,
          );
          compilation.updateAsset(name, new sources.RawSource(html.split(STYLE_HASHES).join(hashes.join(" "))));
        }
      });
    });
  }
}

/**
 * NDR_DEFAULT_ADMIN: the organisation's default admin address, built into the pane (a user's own
 * setting still wins). Checked here so a typo stops the build instead of shipping a dead address;
 * the pane checks it again with src/outlook/emailAddress.ts.
 */
function defaultAdminAddress() {
  const value = (process.env.NDR_DEFAULT_ADMIN ?? "").trim();
  if (value === "") return undefined;
  const at = value.lastIndexOf("@");
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const labels = domain.split(".");
  const ok =
    value.length <= 254 &&
    at > 0 &&
    local.length <= 64 &&
    /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l));
  if (!ok) {
    throw new Error(`NDR_DEFAULT_ADMIN="${value}" is not an email address. Set it to one address, for example NDR_DEFAULT_ADMIN=helpdesk@contoso.com, or leave it unset.`);
  }
  return value;
}

/**
 * NDR_GRAPH_CLIENT_ID: the Entra app id for the recent-bounces list (Microsoft Graph through nested
 * app authentication). Unset: the feature is not offered unless the task pane URL names one.
 */
function graphClientId() {
  const value = (process.env.NDR_GRAPH_CLIENT_ID ?? "").trim();
  if (value === "") return undefined;
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value)) {
    throw new Error(`NDR_GRAPH_CLIENT_ID="${value}" is not an application (client) id. Set it to the Entra app's GUID, for example 0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b, or leave it unset.`);
  }
  return value.toLowerCase();
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
  const defaultAdmin = defaultAdminAddress();
  const graphApp = graphClientId();
  const connect = connectSources();

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
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl: production ? CDN_OFFICE_JS : `${LOCAL_OFFICE_JS_PATH.slice(1)}office.js`,
        contentSecurityPolicy: contentSecurityPolicy({ production, connect }),
      }),
      new PreloadChunksPlugin(PRELOADED_CHUNK_GROUPS),
      new CspHtmlPlugin(),
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
      new webpack.DefinePlugin({
        __NDR_DEFAULT_ADMIN__: defaultAdmin === undefined ? "undefined" : JSON.stringify(defaultAdmin),
        __NDR_GRAPH_CLIENT_ID__: graphApp === undefined ? "undefined" : JSON.stringify(graphApp),
      }),
      new FirstViewBudgetPlugin(budgetFromEnv()),
    ],
    // The parse worker (src/taskpane/reader/parse) stays one file: its start-up is on the way to the
    // first diagnosis, and each chunk split out of it would cost a synchronous importScripts at start.
    optimization: { splitChunks: { chunks: (chunk) => chunk.name !== "parse-worker" && !chunk.canBeInitial() } },
    // Webpack's hint measures raw size; FirstViewBudgetPlugin holds the gzipped figure that matters.
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
module.exports.contentSecurityPolicy = contentSecurityPolicy;
