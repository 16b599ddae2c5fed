/**
 * The pane has no Node: no global Buffer, no require, no process. This bundles src/dns the way a
 * browser bundler would (Node built-ins not provided) and runs a full check in a context that has
 * only web APIs, against the local resolver.
 */
import { build } from "esbuild";
import path from "node:path";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import type { DomainCheckReport } from "../../src/dns/types";
import { startDohTestServer, type DohTestServer } from "./support/dohTestServer";
import { buildTestZone } from "./support/testZone";

let server: DohTestServer;
beforeAll(async () => {
  server = await startDohTestServer(buildTestZone());
});
afterAll(() => server.close());

interface BundledEngine {
  runDomainChecks(domain: string, options: { resolverUrl: string }): Promise<DomainCheckReport>;
}

test("the engine bundles for the browser and runs without Node's Buffer", async () => {
  const output = await build({
    entryPoints: [path.join(__dirname, "../../src/dns/index.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "ndrDns",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const code = output.outputFiles[0]?.text ?? "";
  console.log(`src/dns browser bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`);

  const browserLike = createContext({
    fetch,
    AbortController,
    AbortSignal,
    URL,
    TextDecoder,
    TextEncoder,
    crypto: globalThis.crypto,
    btoa,
    setTimeout,
    clearTimeout,
  });
  runInContext(code, browserLike);
  expect(runInContext("typeof Buffer + typeof require + typeof process", browserLike)).toBe("undefinedundefinedundefined");

  const engine = runInContext("ndrDns", browserLike) as BundledEngine;
  const report = await engine.runDomainChecks("contoso.com", { resolverUrl: server.url });
  expect(report.ok && report.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass"]);
});
