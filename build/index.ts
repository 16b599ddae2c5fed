/** What webpack.config.js composes (loaded through tsx, so the build shares the pane's TypeScript validators). */
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { CDN_OFFICE_JS, contentSecurityPolicy } from "./csp";
import type { BuildSettings } from "./environment";
import { rewriteManifestUrls } from "./manifest/urls";
import { PANE_PAGE } from "./paneFiles";

export { buildSettings } from "./environment";
export { CspHtmlPlugin } from "./plugins/cspHtml";
export { FirstViewBudgetPlugin } from "./plugins/firstViewBudget";
export { PreloadChunksPlugin } from "./plugins/preloadChunks";
export { DIST_DIR, outputNames } from "./paneFiles";
export { CDN_OFFICE_JS };

/** Served, not copied: the npm package's dist/ is about 86 MB (office.js loads host scripts beside itself). */
export const LOCAL_OFFICE_JS_PATH = "/office-js/";
export const DEV_PORT = 3000;

/**
 * taskpane.html with its policy in a <meta> (so it travels with the files to any host). Made here,
 * not in webpack.config.js, so PreloadChunksPlugin hooks the same html-webpack-plugin instance.
 */
export function paneHtmlPlugin(settings: BuildSettings): HtmlWebpackPlugin {
  return new HtmlWebpackPlugin({
    template: "./src/taskpane/taskpane.html",
    filename: PANE_PAGE,
    chunks: ["taskpane"],
    officeJsUrl: settings.production ? CDN_OFFICE_JS : `${LOCAL_OFFICE_JS_PATH.slice(1)}office.js`,
    contentSecurityPolicy: contentSecurityPolicy({ production: settings.production, connect: settings.connect }),
  });
}

/** Icons, the support page and manifest.xml (its URLs moved to the production base when one is set). */
export function copyPlugin(settings: BuildSettings): CopyWebpackPlugin {
  const base = settings.base;
  return new CopyWebpackPlugin({
    patterns: [
      { from: "assets/*.png", to: "assets/[name][ext]" },
      { from: "assets/support.html", to: "assets/support.html" },
      {
        from: "manifest.xml",
        to: "manifest.xml",
        transform: (content: Buffer) => (base ? rewriteManifestUrls(content.toString("utf8"), base) : content),
      },
    ],
  });
}

/** The build-time settings the pane reads (src/outlook/buildDefaults.d.ts). */
export function paneDefines(settings: BuildSettings): Record<string, string> {
  return {
    __NDR_DEFAULT_ADMIN__: settings.defaultAdmin === undefined ? "undefined" : JSON.stringify(settings.defaultAdmin),
    __NDR_GRAPH_CLIENT_ID__: settings.graphClientId === undefined ? "undefined" : JSON.stringify(settings.graphClientId),
  };
}
