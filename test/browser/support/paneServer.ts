import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { OFFICE_CDN_PREFIX } from "./chromium";
import { serveFolder, type StaticServer } from "./staticServer";

/** PANE_DIST points the tests at another build (e.g. `webpack --output-path`), so parallel builds don't collide. */
export const DIST = process.env.PANE_DIST ? resolve(process.env.PANE_DIST) : resolve(__dirname, "../../../dist");
export const FIXTURES = resolve(__dirname, "../../fixtures/browser");

/**
 * Serves the production build. The tests exercise what ships, so dist/ must be built first
 * (`npm run test:browser` does) and must load office.js from the CDN URL the tests intercept.
 */
export async function servePane(): Promise<StaticServer> {
  const html = resolve(DIST, "taskpane.html");
  if (!existsSync(html)) throw new Error(`${html} is missing: run \`npm run build\` first (npm run test:browser does).`);
  if (!readFileSync(html, "utf8").includes(`${OFFICE_CDN_PREFIX}office.js`)) {
    throw new Error("dist/taskpane.html does not load office.js from the CDN: it is a development build; run `npm run build`.");
  }
  return serveFolder(DIST);
}

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), "utf8");
}
