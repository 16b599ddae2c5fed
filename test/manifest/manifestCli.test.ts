// ndr-assistant-manifest end to end: in-process for each behaviour, and once through the bin.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { addinIdFor } from "../../build/manifest/addinId";
import { checkManifest } from "../../build/manifest/checks";
import { run, USAGE } from "../../build/manifest/cli";
import { manifestIdentity } from "../../build/manifest/orgManifest";

// Processes, compilations and sockets: slow on a loaded machine, never a measure of speed.
jest.setTimeout(30000);

const ROOT = resolve(__dirname, "../..");
const BASE = "https://ndr.contoso.com/";
const GRAPH_ID = "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ndr-manifest-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const written = (name = "contoso-manifest.xml"): string => readFileSync(join(dir, name), "utf8");

test("writes a manifest that passes the offline checks and says what to upload where", () => {
  const r = cli("--base-url", "https://ndr.contoso.com", "--admin", "helpdesk@contoso.com", "--out", "contoso-manifest.xml");
  expect(r).toMatchObject({ code: 0, err: "" });
  const xml = written();
  expect(checkManifest(xml, BASE, ROOT)).toEqual([]);
  expect(manifestIdentity(xml)).toEqual({ id: addinIdFor(BASE), version: "0.1.0.0" });
  expect(xml).toContain(`DefaultValue="${BASE}taskpane.html?admin=helpdesk%40contoso.com"`);
  expect(r.out).toMatch(/Wrote contoso-manifest\.xml/);
  expect(r.out).toMatch(/Settings > Integrated apps > Upload custom apps/);
  expect(r.out).toMatch(/up to 24 hours/);
  expect(r.out).toContain(`${BASE}taskpane.html`);
  // Flags only: it offers the equivalent settings file.
  expect(r.out).toContain('{"baseUrl":"https://ndr.contoso.com/","admin":"helpdesk@contoso.com"}');
});

test("re-running with the same settings changes nothing; a change raises the version, same id", () => {
  const args = ["--base-url", BASE, "--admin", "helpdesk@contoso.com", "--out", "m.xml"];
  expect(cli(...args).code).toBe(0);
  const first = written("m.xml");
  const again = cli(...args);
  expect(again.code).toBe(0);
  expect(again.out).toMatch(/already up to date .* nothing to upload/);
  expect(written("m.xml")).toBe(first);

  const changed = cli("--base-url", BASE, "--admin", "support@contoso.com", "--out", "m.xml");
  expect(changed.code).toBe(0);
  expect(manifestIdentity(written("m.xml"))).toEqual({ id: addinIdFor(BASE), version: "0.1.0.1" });
  expect(changed.out).toMatch(/this file is 0\.1\.0\.1/);
});

test("--version sets the version; a lower one than the file's is written but warned about", () => {
  expect(cli("--base-url", BASE, "--version", "2.0.0.5", "--out", "m.xml").code).toBe(0);
  expect(manifestIdentity(written("m.xml"))?.version).toBe("2.0.0.5");
  const lower = cli("--base-url", BASE, "--admin", "a@contoso.com", "--version", "1.0", "--out", "m.xml");
  expect(lower.code).toBe(0);
  expect(lower.err).toMatch(/not higher than 2\.0\.0\.5/);
  expect(cli("--base-url", BASE, "--version", "1.2.3.4.5", "--out", "m.xml")).toMatchObject({ code: 1, err: expect.stringMatching(/not a manifest version/) });
});

test("a new base address gets a new id and a warning naming the old one; --id keeps the old one", () => {
  expect(cli("--base-url", BASE, "--out", "m.xml").code).toBe(0);
  const moved = cli("--base-url", "https://addins.contoso.com/ndr/", "--out", "m.xml");
  expect(moved.code).toBe(0);
  expect(moved.err).toContain(`holds add-in ${addinIdFor(BASE)}`);
  expect(moved.err).toContain(`--id ${addinIdFor(BASE)}`);
  expect(manifestIdentity(written("m.xml"))?.id).toBe(addinIdFor("https://addins.contoso.com/ndr/"));

  const kept = cli("--base-url", "https://addins.contoso.com/ndr/", "--id", addinIdFor(BASE).toUpperCase(), "--out", "k.xml");
  expect(kept.code).toBe(0);
  expect(manifestIdentity(written("k.xml"))?.id).toBe(addinIdFor(BASE));
});

test("every value is checked with the pane's validators, and every problem is listed", () => {
  const r = cli(
    "--base-url",
    "http://ndr.contoso.com/",
    "--admin",
    "Helpdesk <helpdesk@contoso.com>",
    "--graph-client-id",
    "not-a-guid",
    "--dns-resolvers",
    "http://doh.contoso.com/dns-query",
    "--out",
    "m.xml",
  );
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/--base-url must be an https:\/\/ URL/);
  expect(r.err).toMatch(/--admin="Helpdesk <helpdesk@contoso.com>" is not an email address/);
  expect(r.err).toMatch(/--graph-client-id="not-a-guid" is not an application \(client\) id/);
  // The resolver sentence is the pane's own (src/dns/resolverUrl.ts).
  expect(r.err).toMatch(/--dns-resolvers: The resolver address "http:\/\/doh\.contoso\.com\/dns-query" must start with https:\/\//);
  expect(existsSync(join(dir, "m.xml"))).toBe(false);
});

test("usage: --out and --base-url are required, unknown options refused, --help prints the usage", () => {
  expect(cli("--out", "m.xml")).toMatchObject({ code: 1, err: expect.stringMatching(/--base-url .* is required/) });
  expect(cli("--base-url", BASE)).toMatchObject({ code: 1, err: expect.stringMatching(/--out FILE is required/) });
  expect(cli("--base-url", BASE, "--out", "m.xml", "--colour", "blue")).toMatchObject({ code: 1, err: expect.stringMatching(/Unknown option '--colour'/) });
  expect(cli("--help")).toMatchObject({ code: 0, out: USAGE });
});

test("--config reads the organisation settings file; flags win over it", () => {
  writeFileSync(
    join(dir, "contoso.json"),
    JSON.stringify({
      "//": "Contoso's NDR Assistant",
      baseUrl: BASE,
      admin: "helpdesk@contoso.com",
      graphClientId: GRAPH_ID,
      dnsResolvers: ["https://doh.contoso.com/dns-query"],
    }),
  );
  const r = cli("--config", "contoso.json", "--admin", "it@contoso.com", "--out", "m.xml");
  expect(r.code).toBe(0);
  const url = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(written("m.xml"))?.[1].replace(/&amp;/g, "&") ?? "");
  expect(Object.fromEntries(url.searchParams)).toEqual({ admin: "it@contoso.com", graphClientId: GRAPH_ID, dnsResolvers: "https://doh.contoso.com/dns-query" });
  // Graph: the redirect URIs to register and the admin-consent link.
  expect(r.out).toContain("brk-multihub://ndr.contoso.com");
  expect(r.out).toContain(
    `https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=${GRAPH_ID}&scope=https%3A%2F%2Fgraph.microsoft.com%2FMail.Read&redirect_uri=https%3A%2F%2Fndr.contoso.com%2Fassets%2Fsupport.html`,
  );
  // Resolvers: how to make the policy match.
  expect(r.out).toMatch(/npm run serve -- --config/);
  expect(r.out).toContain('NDR_CONNECT_SRC="https://doh.contoso.com"');
  expect(r.out).not.toMatch(/save them as a file/);
});

test("a settings file with a typo or a bad value is refused with every problem named", () => {
  writeFileSync(
    join(dir, "bad.json"),
    JSON.stringify({
      baseURL: BASE,
      admin: "nobody",
      dnsResolvers: "https://a.example/dns-query https://b.example/dns-query https://c.example/q https://d.example/q https://e.example/q https://f.example/q",
    }),
  );
  const r = cli("--config", "bad.json", "--out", "m.xml");
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/unknown setting "baseURL" \(known: baseUrl, admin, graphClientId, dnsResolvers, addinId\)/);
  expect(r.err).toMatch(/"admin"="nobody" is not an email address/);
  expect(r.err).toMatch(/At most 5 DNS resolvers/);
  writeFileSync(join(dir, "broken.json"), "{ baseUrl: ");
  expect(cli("--config", "broken.json", "--out", "m.xml")).toMatchObject({ code: 1, err: expect.stringMatching(/is not valid JSON/) });
});

test("the bin runs the same tool (npx ndr-assistant-manifest)", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, "bin/ndr-assistant-manifest.cjs"), "--base-url", BASE, "--out", "bin.xml"], {
    cwd: dir,
  });
  expect(stdout).toMatch(/Wrote bin\.xml/);
  expect(checkManifest(written("bin.xml"), BASE, ROOT)).toEqual([]);
  const bad = await promisify(execFile)(process.execPath, [join(ROOT, "bin/ndr-assistant-manifest.cjs"), "--base-url", "http://x.example/", "--out", "x.xml"], {
    cwd: dir,
  }).catch((e: { code: number; stderr: string }) => e);
  expect(bad).toMatchObject({ code: 1, stderr: expect.stringMatching(/must be an https:\/\/ URL/) });
}, 60000);
