import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { normalize, resolve, sep } from "node:path";
import type { Route } from "playwright-core";
import type { SimProfile } from "../../support/simulatedOffice";
import type { OfficeScriptHandler } from "./chromium";

const OFFICE_JS_DIST = resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");
const SIMULATOR = resolve(__dirname, "../../support/simulatedOffice.ts");

/**
 * Bundles the simulated Office (test/support/simulatedOffice.ts) with a profile into one IIFE that
 * installs `window.Office` and exposes the simulator as `window.__simulated` for assertions.
 * `window.__officeReadyAt` records performance.now() when onReady answers the pane.
 */
export async function simulatedOfficeScript(profile: SimProfile): Promise<string> {
  const entry = [
    `import { createSimulatedOffice } from ${JSON.stringify(SIMULATOR)};`,
    `const sim = createSimulatedOffice(${JSON.stringify(profile)});`,
    "sim.install();",
    "window.__simulated = sim;",
    // The pane's clock starts when Office says it is ready: the benchmark measures from here.
    "const onReady = sim.Office.onReady.bind(sim.Office);",
    "const stamp = () => { if (window.__officeReadyAt === undefined) window.__officeReadyAt = performance.now(); };",
    "sim.Office.onReady = (callback) => onReady((info) => { stamp(); if (callback) callback(info); }).then((info) => { stamp(); return info; });",
  ].join("\n");
  const result = await build({
    stdin: { contents: entry, resolveDir: resolve(__dirname), loader: "ts", sourcefile: "simulated-office-init.ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** Serves the simulator bundle in place of office.js; nothing else from the CDN exists. */
export function serveSimulatedOffice(script: string): OfficeScriptHandler {
  return async (route: Route, relativePath: string) => {
    if (relativePath === "office.js") {
      await route.fulfill({ status: 200, contentType: "text/javascript", body: script });
    } else {
      await route.fulfill({ status: 404, body: "" });
    }
  };
}

/**
 * Serves the real office.js and its sibling files from the npm package, so the pane meets the
 * genuine "outside Office" behaviour: onReady resolves with host null.
 */
export function serveRealOffice(): OfficeScriptHandler {
  return async (route: Route, relativePath: string) => {
    const file = resolve(OFFICE_JS_DIST, normalize(relativePath));
    if (!file.startsWith(OFFICE_JS_DIST + sep)) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, contentType: "text/javascript", body });
    } catch {
      await route.fulfill({ status: 404, body: "" });
    }
  };
}
