/**
 * The production server (`npm run serve`: the bundle `npm run build` writes to dist-server/)
 * serving the built pane on 127.0.0.1 at a random port, in place of the test's static server.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { DIST } from "./paneServer";
import type { StaticServer } from "./staticServer";

const ROOT = resolve(__dirname, "../../..");
/** The bundle and the command `npm run serve` runs (package.json "serve"). */
export const SERVER_BUNDLE = join(ROOT, "dist-server", "ndr-assistant-server.cjs");

export async function serveProduction(args: string[] = []): Promise<StaticServer> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first (npm run test:browser does).`);
  const child = spawn(process.execPath, [SERVER_BUNDLE, "--root", DIST, "--host", "127.0.0.1", "--port", "0", ...args], {
    env: { ...process.env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const origin = await new Promise<string>((ok, fail) => {
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = / on (http:\/\/127\.0\.0\.1:\d+)\/taskpane\.html/.exec(out);
      if (m) ok(m[1]);
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.once("exit", (code) => fail(new Error(`the production server exited with ${code}: ${err}${out}`)));
  });
  return {
    origin,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
