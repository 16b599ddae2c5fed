// The bundle `npm run build` makes of the server (what `npm run serve` and the container run),
// started on its own from a folder with no node_modules: over HTTP with an organisation's settings,
// and over HTTPS with a certificate.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";
import { bundleServer, SERVER_BUNDLE_NAME } from "../../build/bundleServer";
import { pagePolicy } from "../../build/csp";
import { makeFixtureDist, type FixtureDist } from "./support/fixtureDist";
import { rawRequest } from "./support/rawHttp";

// Processes, compilations and sockets: slow on a loaded machine, never a measure of speed.
jest.setTimeout(30000);

let work: string;
let server: string;
let dist: FixtureDist;
let packages: string[];
const children: ChildProcess[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ndr-bundle-"));
  const built = await bundleServer(join(work, "out"));
  packages = built.packages;
  // Alone in a folder of its own: nothing to resolve packages from.
  server = join(work, "alone", SERVER_BUNDLE_NAME);
  mkdirSync(join(work, "alone"));
  copyFileSync(built.file, server);
  dist = makeFixtureDist();
}, 60000);

afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
  dist?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** Starts the bundle and resolves with the origin it prints once listening. */
function start(args: string[]): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [server, "--port", "0", ...args], {
    cwd: join(work, "alone"),
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent" },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = / on (https?:\/\/[^/\s]+)\/taskpane\.html/.exec(out);
      if (m) resolve({ origin: m[1], child });
    });
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err}${out}`)));
  });
}

function exitCode(args: string[], env: Record<string, string> = {}): Promise<number | null> {
  const child = spawn(process.execPath, [server, ...args], { cwd: join(work, "alone"), env: { PATH: process.env.PATH ?? "", ...env } });
  return new Promise((resolve) => child.on("exit", resolve));
}

test("bundles fastify and its plugins, with their licenses beside", () => {
  expect(packages).toEqual(
    expect.arrayContaining([expect.stringMatching(/^fastify@5\./), expect.stringMatching(/^@fastify\/static@/), expect.stringMatching(/^@fastify\/compress@/)]),
  );
  const notices = readFileSync(join(work, "out", "THIRD_PARTY_LICENSES.txt"), "utf8");
  for (const pkg of packages) expect(notices).toContain(pkg);
});

test("runs from a folder without node_modules; an organisation's resolvers narrow the policy header", async () => {
  writeFileSync(join(work, "alone", "org.json"), JSON.stringify({ baseUrl: "https://ndr.contoso.com/", dnsResolvers: ["https://doh.contoso.com/dns-query"] }));
  const { origin, child } = await start(["--root", dist.root, "--config", "org.json"]);
  const pane = await rawRequest(origin, "/taskpane.html");
  expect(pane.status).toBe(200);
  expect(pane.headers["content-security-policy"]).toBe(
    (pagePolicy(dist.html) ?? "").replace(
      "connect-src 'self' https://graph.microsoft.com https:",
      "connect-src 'self' https://graph.microsoft.com https://doh.contoso.com",
    ),
  );
  expect((await rawRequest(origin, "/healthz")).status).toBe(200);
  // The container's HEALTHCHECK: the same binary, the same environment, --check-health.
  const port = new URL(origin).port;
  expect(await exitCode(["--check-health"], { PORT: port, HOST: "0.0.0.0" })).toBe(0);
  const stopped = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  expect(await stopped).toBe(0);
}, 30000);

test("serves HTTPS when given a certificate and key", async () => {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  writeFileSync(join(work, "alone", "cert.pem"), pems.cert);
  writeFileSync(join(work, "alone", "key.pem"), pems.private);
  const { origin } = await start(["--root", dist.root, "--cert", "cert.pem", "--key", "key.pem", "--host", "127.0.0.1"]);
  expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const r = await rawRequest(origin, "/taskpane.html", { ca: pems.cert });
  expect(r.status).toBe(200);
  expect(r.headers["strict-transport-security"]).toBe("max-age=31536000");
  expect(r.headers["content-security-policy"]).toBe(pagePolicy(dist.html));
  expect(await exitCode(["--check-health", "--cert", "cert.pem", "--key", "key.pem", "--port", new URL(origin).port])).toBe(0);
}, 60000);

test("--check-health fails when nothing answers", async () => {
  expect(await exitCode(["--check-health", "--port", "1"])).toBe(1);
}, 30000);

test("refuses to start without a build, saying what to do", async () => {
  await expect(start(["--root", join(work, "no-dist")])).rejects.toThrow(/exited with 1: .*taskpane\.html is missing: run `npm run build` first/s);
}, 30000);
