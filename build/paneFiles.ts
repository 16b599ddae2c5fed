/**
 * How the build names what it emits, and which of those names change whenever their content does
 * (webpack's [contenthash:8]): those can be cached for a year, the rest must be revalidated.
 */
import type { Configuration } from "webpack";

export const HASH_LENGTH = 8;

/** Where the pane is built (webpack.config.js output.path, relative to the repository). */
export const DIST_DIR = "dist";

export function outputNames(production: boolean): Pick<NonNullable<Configuration["output"]>, "filename" | "chunkFilename" | "assetModuleFilename"> {
  return {
    filename: production ? `[name].[contenthash:${HASH_LENGTH}].js` : "[name].js",
    chunkFilename: production ? `[name].[contenthash:${HASH_LENGTH}].js` : "[name].js",
    assetModuleFilename: `assets/[name].[contenthash:${HASH_LENGTH}][ext]`,
  };
}

const HASHED = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.(?:js|mjs|css|png|svg|jpe?g|gif|webp|woff2?)(?:\\.LICENSE\\.txt)?$`);

/** True for "classifier.a0bdc0a1.js", "assets/logo.0123abcd.svg", "47.da0ca4a1.js.LICENSE.txt"; false for taskpane.html, manifest.xml, assets/icon-32.png. */
export function isContentHashed(relativePath: string): boolean {
  const name = relativePath.split("/").pop() ?? "";
  return HASHED.test(name);
}

/** The pane's page and the files Outlook and the admin center fetch by fixed name. */
export const PANE_PAGE = "taskpane.html";
export const MANIFEST_FILE = "manifest.xml";
