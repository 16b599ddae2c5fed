/**
 * Finishes the policy in the built taskpane.html and checks the page keeps to it: hashes the page's
 * own <style> elements into style-src, and fails the build if the HTML carries an inline script, an
 * on* handler or a javascript: URL. It runs after webpack's minimizer (which rewrites the HTML's
 * CSS), so the hashes match the bytes that ship.
 */
import type { Compiler } from "webpack";
import { finishPagePolicy } from "../csp";

export class CspHtmlPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CspHtmlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CspHtmlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        for (const [name, source] of Object.entries(assets)) {
          if (!/\.html$/.test(name)) continue;
          const html = source.source().toString();
          if (!html.includes("Content-Security-Policy")) continue;
          const finished = finishPagePolicy(html);
          if (!finished.ok) {
            const problem = new WebpackError(`CspHtmlPlugin: ${name} breaks its Content-Security-Policy: ${finished.problems.join("; ")}.`);
            problem.hideStack = true;
            compilation.errors.push(problem);
            continue;
          }
          compilation.updateAsset(name, new sources.RawSource(finished.html));
        }
      });
    });
  }
}
