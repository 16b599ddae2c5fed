import { runDomainChecks } from "../../src/dns/checks";
import type { CheckId, CheckResult, DomainCheckReport } from "../../src/dns/types";
import { closedPortUrl, startDohTestServer, type DohTestServer } from "./support/dohTestServer";
import { buildTestZone } from "./support/testZone";

let server: DohTestServer;
let resolverUrl: string;

beforeAll(async () => {
  server = await startDohTestServer(buildTestZone());
  resolverUrl = server.url;
});
afterAll(() => server.close());

async function check(domain: string, timeoutMs = 2000): Promise<Record<CheckId, CheckResult | undefined>> {
  const report = await runDomainChecks(domain, { resolverUrl, timeoutMs });
  if (!report.ok) throw new Error(report.message);
  return { mx: undefined, "mx-single": undefined, spf: undefined, autodiscover: undefined, ...Object.fromEntries(report.results.map((r) => [r.id, r])) };
}

const statuses = (results: Record<CheckId, CheckResult | undefined>) => Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r?.status]));

describe("runDomainChecks against a local resolver", () => {
  test("a domain set up for Exchange Online passes everything, with what was found", async () => {
    const report = await runDomainChecks("Contoso.com", { resolverUrl });
    expect(report).toMatchObject({ ok: true, domain: "contoso.com", resolverHost: new URL(resolverUrl).host });
    if (!report.ok) return;
    expect(report.results.map((r) => [r.id, r.status])).toEqual([
      ["mx", "pass"],
      ["mx-single", "pass"],
      ["spf", "pass"],
      ["autodiscover", "pass"],
    ]);
    const [mx, , spf, autodiscover] = report.results;
    expect(mx?.records).toEqual(["0 contoso-com.mail.protection.outlook.com"]);
    expect(mx?.detail).toContain("contoso-com.mail.protection.outlook.com");
    expect(spf?.records).toEqual(["v=spf1 include:spf.protection.outlook.com -all"]);
    expect(autodiscover?.records).toEqual(["autodiscover.outlook.com"]);
    expect(autodiscover?.title).toBe("Autodiscover");
  });

  test("the DNSSEC MX form under mx.microsoft passes too", async () => {
    const results = await check("contoso.co.uk");
    expect(statuses(results)).toEqual({ mx: "pass", "mx-single": "pass", spf: "pass", autodiscover: "pass" });
    expect(results.mx?.records).toEqual(["0 contoso-co-uk.o-v1.mx.microsoft"]);
  });

  test("Exchange Online beside another MX warns about the only-one-MX rule; two SPF records fail", async () => {
    const results = await check("fabrikam.com");
    expect(statuses(results)).toEqual({ mx: "warn", "mx-single": "warn", spf: "fail", autodiscover: "warn" });
    expect(results.mx?.detail).toContain("backup-mx.fabrikam.net");
    expect(results.mx?.detail).toMatch(/only one/);
    expect(results["mx-single"]?.detail).toMatch(/2 MX records/);
    expect(results.spf?.detail).toMatch(/2 SPF records/);
    expect(results.spf?.records).toHaveLength(2);
    expect(results.autodiscover?.detail).toContain("mail.fabrikam.com");
  });

  test("MX elsewhere (a third-party filter) warns, naming the hosts and the expected one", async () => {
    const results = await check("tailspin.example");
    expect(statuses(results)).toEqual({ mx: "warn", "mx-single": "warn", spf: "warn", autodiscover: "warn" });
    expect(results.mx?.detail).toContain("eu-smtp-inbound-1.mimecast.com");
    expect(results.mx?.detail).toContain("tailspin-example.mail.protection.outlook.com");
    expect(results.mx?.records).toEqual(["10 eu-smtp-inbound-1.mimecast.com", "20 eu-smtp-inbound-2.mimecast.com"]);
    expect(results.spf?.detail).toMatch(/does not include spf\.protection\.outlook\.com/);
  });

  test("an Exchange Online host named for another domain warns; an SPF redirect is named", async () => {
    const results = await check("wingtip.example");
    expect(results.mx?.status).toBe("warn");
    expect(results.mx?.detail).toContain("wingtip-example.mail.protection.outlook.com");
    expect(results.spf).toMatchObject({ status: "warn" });
    expect(results.spf?.detail).toContain("_spf.woodgrove.com");
  });

  test("a domain with no MX and no SPF fails both; no MX means no mx-single verdict", async () => {
    const results = await check("nomail.example");
    expect(statuses(results)).toEqual({ mx: "fail", "mx-single": undefined, spf: "fail", autodiscover: "warn" });
    expect(results.mx?.detail).toMatch(/no MX records/);
    expect(results.spf?.detail).toMatch(/no SPF record/);
  });

  test("a null MX fails", async () => {
    const results = await check("nullmx.example");
    expect(results.mx).toMatchObject({ status: "fail", records: ["0 ."] });
    expect(results.mx?.detail).toMatch(/null MX/);
  });

  test("a domain that doesn't exist fails MX and SPF with NXDOMAIN in plain words", async () => {
    const results = await check("no-such-domain.example");
    expect(statuses(results)).toEqual({ mx: "fail", "mx-single": undefined, spf: "fail", autodiscover: "warn" });
    expect(results.mx?.detail).toMatch(/does not exist in DNS/);
  });

  test.each([
    ["SERVFAIL", "servfail.example", /SERVFAIL/],
    ["REFUSED", "refused.example", /REFUSED/],
    ["garbage", "garbage.example", /not a valid DNS message/],
    ["HTTP 500", "http500.example", /HTTP error 500/],
  ])("%s makes every check an error that names the resolver", async (_what, domain, message) => {
    const results = await check(domain);
    expect(statuses(results)).toEqual({ mx: "error", "mx-single": undefined, spf: "error", autodiscover: "error" });
    for (const result of [results.mx, results.spf, results.autodiscover]) {
      expect(result?.detail).toMatch(message);
      expect(result?.detail).toContain(new URL(resolverUrl).host);
    }
  });

  test("a resolver slower than the time-out gives errors that say so", async () => {
    const results = await check("slow.example", 300);
    expect(statuses(results)).toEqual({ mx: "error", "mx-single": undefined, spf: "error", autodiscover: "error" });
    expect(results.mx?.detail).toMatch(/did not answer within 0\.3 seconds/);
  });

  test("on a fake clock, a resolver that never answers ends the whole check at the time-out, not before", async () => {
    jest.useFakeTimers();
    try {
      const never = () => new Promise<Response>(() => undefined);
      let report: DomainCheckReport | undefined;
      void runDomainChecks("contoso.com", { resolverUrl, fetch: never, timeoutMs: 300 }).then((r) => (report = r));
      await jest.advanceTimersByTimeAsync(299);
      expect(report).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect(report?.ok && report.results.map((r) => r.status)).toEqual(["error", "error", "error"]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("an unreachable resolver gives errors naming it", async () => {
    const url = await closedPortUrl();
    const report = await runDomainChecks("contoso.com", { resolverUrl: url, timeoutMs: 2000 });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.results.map((r) => r.status)).toEqual(["error", "error", "error"]);
    expect(report.results[0]?.detail).toMatch(new RegExp(`${new URL(url).host.replace(/\./g, "\\.")} could not be reached`));
  });

  test.each([
    ["an email address", "someone@contoso.com", /not an email address/],
    ["a label too long", `${"a".repeat(64)}.com`, /1–63 letters/],
    ["an underscore", "bad_name.com", /bad_name/],
    ["a single label", "localhost", /has no dot/],
    ["an IP address", "192.0.2.1", /IP address/],
    ["URL syntax", "contoso.com/path", /characters a domain name can't have/],
    ["nothing", "   ", /Enter a domain name/],
  ])("rejects %s with a clear message and sends nothing", async (_what, domain, message) => {
    server.requests.length = 0;
    const report: DomainCheckReport = await runDomainChecks(domain, { resolverUrl });
    expect(report).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(server.requests).toHaveLength(0);
  });

  test("refuses a plain-http resolver on another host before sending anything", async () => {
    const report = await runDomainChecks("contoso.com", { resolverUrl: "http://dns.example/dns-query" });
    expect(report).toEqual({ ok: false, message: expect.stringMatching(/must start with https:\/\//) });
  });

  test("sends only the domain's names to the resolver", async () => {
    server.requests.length = 0;
    await runDomainChecks("contoso.com", { resolverUrl });
    expect(server.requests.map((r) => `${r.question?.type} ${r.question?.name}`).sort()).toEqual([
      "CNAME autodiscover.contoso.com",
      "MX contoso.com",
      "TXT contoso.com",
    ]);
  });

  test("the three look-ups go out together: none waits for another's answer", async () => {
    // The fetch holds every answer until all three questions have been asked. A check that
    // serialised its look-ups would ask one, wait for it, and never finish.
    const asked: string[] = [];
    const answers: (() => void)[] = [];
    const held = (url: string, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        asked.push(String(init?.method));
        answers.push(() => fetch(url, init).then(resolve, reject));
        if (answers.length === 3) for (const answer of answers) answer();
      });
    // The time-out turns a serialised check into errors instead of a hang.
    const report = await runDomainChecks("contoso.com", { resolverUrl, fetch: held, timeoutMs: 5000 });
    expect(asked).toHaveLength(3);
    expect(report.ok && report.results.map((r) => r.status)).toEqual(["pass", "pass", "pass", "pass"]);
  });
});
