// `npm run serve` options from the command line and the environment.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseServerArgs } from "../../server/config";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ndr-serve-args-"));
  writeFileSync(join(dir, "cert.pem"), "CERT");
  writeFileSync(join(dir, "key.pem"), "KEY");
  writeFileSync(join(dir, "org.json"), JSON.stringify({ baseUrl: "https://ndr.contoso.com/", dnsResolvers: ["https://doh.contoso.com/dns-query"] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (argv: string[], env: Record<string, string> = {}) => parseServerArgs(argv, env, dir, join(dir, "dist"));

test("defaults: HTTP on 127.0.0.1:8080, dist/ beside the server, info logs", () => {
  expect(parse([])).toEqual({
    ok: true,
    config: {
      root: join(dir, "dist"),
      host: "127.0.0.1",
      port: 8080,
      tls: undefined,
      dnsResolvers: undefined,
      logLevel: "info",
      checkHealth: false,
      printHeaders: false,
    },
  });
});

test("HTTPS with a certificate and key, on 8443 unless told otherwise", () => {
  const r = parse(["--cert", "cert.pem", "--key", "key.pem"]);
  expect(r).toMatchObject({ ok: true, config: { port: 8443, tls: { cert: Buffer.from("CERT"), key: Buffer.from("KEY"), certFile: "cert.pem" } } });
  expect(parse([], { NDR_TLS_CERT: "cert.pem", NDR_TLS_KEY: "key.pem", PORT: "9443" })).toMatchObject({
    ok: true,
    config: { port: 9443, tls: { certFile: "cert.pem" } },
  });
});

test("the environment the container sets; flags win over it", () => {
  expect(parse([], { HOST: "0.0.0.0", PORT: "8081", NDR_DIST: "/srv/dist", LOG_LEVEL: "WARN" })).toMatchObject({
    ok: true,
    config: { host: "0.0.0.0", port: 8081, root: "/srv/dist", logLevel: "warn" },
  });
  expect(parse(["--port", "0", "--host", "::1"], { HOST: "0.0.0.0", PORT: "8081" })).toMatchObject({ ok: true, config: { host: "::1", port: 0 } });
});

test("the organisation's resolvers from --config or NDR_ORG_CONFIG; --dns-resolvers wins", () => {
  expect(parse(["--config", "org.json"])).toMatchObject({ ok: true, config: { dnsResolvers: ["https://doh.contoso.com/dns-query"] } });
  expect(parse([], { NDR_ORG_CONFIG: "org.json" })).toMatchObject({ ok: true, config: { dnsResolvers: ["https://doh.contoso.com/dns-query"] } });
  expect(parse(["--config", "org.json", "--dns-resolvers", "https://cloudflare-dns.com/dns-query"])).toMatchObject({
    ok: true,
    config: { dnsResolvers: ["https://cloudflare-dns.com/dns-query"] },
  });
});

test("every problem is reported at once", () => {
  const r = parse(["--cert", "cert.pem", "--port", "99999", "--dns-resolvers", "http://doh.contoso.com/"], { LOG_LEVEL: "loud" });
  expect(r).toEqual({
    ok: false,
    help: false,
    problems: [
      "HTTPS needs both a certificate and its key (--cert and --key, or NDR_TLS_CERT and NDR_TLS_KEY).",
      'The port "99999" is not a number from 0 to 65535.',
      expect.stringMatching(/^--dns-resolvers: The resolver address "http:\/\/doh\.contoso\.com\/" must start with https:\/\//),
      'LOG_LEVEL "loud" is not one of fatal, error, warn, info, debug, trace, silent.',
    ],
  });
  expect(parse(["--cert", "missing.pem", "--key", "key.pem"])).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/Cannot read the certificate or key/)],
  });
  expect(parse(["--bogus"])).toMatchObject({ ok: false, problems: [expect.stringMatching(/Unknown option '--bogus'/)] });
  expect(parse(["--help"])).toEqual({ ok: false, help: true });
});
