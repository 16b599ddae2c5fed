import { queryDoh } from "../../src/dns/doh";
import type { DohResult } from "../../src/dns/types";
import { closedPortUrl, startDohTestServer, type DohTestServer } from "./support/dohTestServer";
import { buildTestZone } from "./support/testZone";

let server: DohTestServer;
let resolverUrl: string;
const TIMEOUT_MS = 400;

beforeAll(async () => {
  server = await startDohTestServer(buildTestZone());
  resolverUrl = server.url;
});
afterAll(() => server.close());

const failureOf = (result: DohResult) => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result;
};

describe("queryDoh against a local RFC 8484 resolver", () => {
  test("decodes MX answers into plain values", async () => {
    const result = await queryDoh("Contoso.COM.", "MX", { resolverUrl });
    expect(result).toEqual({
      ok: true,
      rcode: "NOERROR",
      answers: [{ type: "MX", name: "contoso.com", ttl: 300, preference: 0, exchange: "contoso-com.mail.protection.outlook.com" }],
    });
  });

  test("joins the strings of one TXT record and keeps records apart", async () => {
    const result = await queryDoh("contoso.co.uk", "TXT", { resolverUrl });
    expect(result.ok && result.answers).toEqual([{ type: "TXT", name: "contoso.co.uk", ttl: 300, text: "v=spf1 include:spf.protection.outlook.com ~all" }]);
  });

  test("sends RFC 8484 POST with the DNS media type, no cookies and a fresh id per query", async () => {
    server.requests.length = 0;
    await queryDoh("contoso.com", "MX", { resolverUrl });
    await queryDoh("contoso.com", "MX", { resolverUrl });
    await queryDoh("contoso.com", "MX", { resolverUrl });
    const [first] = server.requests;
    expect(first?.method).toBe("POST");
    expect(first?.path).toBe("/dns-query");
    expect(first?.headers["content-type"]).toBe("application/dns-message");
    expect(first?.headers.accept).toBe("application/dns-message");
    expect(first?.headers.cookie).toBeUndefined();
    expect(first?.question).toMatchObject({ name: "contoso.com", type: "MX" });
    // Three random 16-bit ids all equal would be a fixed id (1 in 2^32 by chance).
    expect(new Set(server.requests.map((r) => r.question?.id)).size).toBeGreaterThan(1);
  });

  test("GET form carries the question base64url-encoded in ?dns=", async () => {
    server.requests.length = 0;
    const result = await queryDoh("autodiscover.contoso.com", "CNAME", { resolverUrl, method: "GET" });
    expect(server.requests[0]?.method).toBe("GET");
    expect(result.ok && result.answers).toEqual([{ type: "CNAME", name: "autodiscover.contoso.com", ttl: 300, target: "autodiscover.outlook.com" }]);
  });

  test("an existing name without records of the type is NOERROR with no answers", async () => {
    expect(await queryDoh("nomail.example", "MX", { resolverUrl })).toEqual({ ok: true, rcode: "NOERROR", answers: [] });
  });

  test.each([
    ["nxdomain", "unknown-domain.example", /unknown-domain\.example does not exist/],
    ["servfail", "servfail.example", /SERVFAIL/],
    ["refused", "refused.example", /REFUSED/],
  ])("rcode %s is reported as its own kind", async (kind, name, message) => {
    const failure = failureOf(await queryDoh(name, "MX", { resolverUrl }));
    expect(failure.kind).toBe(kind);
    expect(failure.message).toMatch(message);
    expect(failure.message).toContain("127.0.0.1");
  });

  test("a slow resolver is reported as a time-out", async () => {
    const failure = failureOf(await queryDoh("slow.example", "MX", { resolverUrl, timeoutMs: TIMEOUT_MS }));
    expect(failure.kind).toBe("timeout");
    expect(failure.message).toMatch(/did not answer within 0\.4 seconds/);
  });

  describe("on a clock the test moves (fake timers)", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    test("the time-out fires at the time-out, not before, and not when the answer finally comes", async () => {
      let signal: AbortSignal | undefined;
      // An answer that would come long after the time-out: the caller must never wait for it.
      const late = (_url: string, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(new Uint8Array(0))), 60_000));
      };
      let settled: DohResult | undefined;
      void queryDoh("contoso.com", "MX", { resolverUrl, fetch: late, timeoutMs: TIMEOUT_MS }).then((r) => (settled = r));
      await jest.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
      expect(settled).toBeUndefined();
      expect(signal?.aborted).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(settled && failureOf(settled).kind).toBe("timeout");
      expect(signal?.aborted).toBe(true);
      // Nothing is left pending: the late answer's own timer is the only one.
      expect(jest.getTimerCount()).toBe(1);
    });
  });

  test("a fetch that ignores its abort signal still cannot hold the caller past the time-out", async () => {
    const never = () => new Promise<Response>(() => undefined);
    const failure = failureOf(await queryDoh("contoso.com", "MX", { resolverUrl, fetch: never, timeoutMs: 50 }));
    expect(failure.kind).toBe("timeout");
  });

  test("a closed port is unreachable, and the message names the resolver", async () => {
    const url = await closedPortUrl();
    const failure = failureOf(await queryDoh("contoso.com", "MX", { resolverUrl: url, timeoutMs: 2000 }));
    expect(failure.kind).toBe("unreachable");
    expect(failure.message).toContain(new URL(url).host);
  });

  test("HTTP 500 is an http-error with the status", async () => {
    const failure = failureOf(await queryDoh("http500.example", "MX", { resolverUrl }));
    expect(failure).toMatchObject({ kind: "http-error", status: 500 });
    expect(failure.message).toMatch(/HTTP error 500/);
  });

  test.each([
    ["garbage bytes", "garbage.example", /not a valid DNS message/],
    ["a body cut in half", "cutbody.example", /not a valid DNS message/],
    ["an answer with another id", "wrongid.example", /different question/],
    ["an answer to another name", "wrongquestion.example", /different question/],
    ["the truncation flag", "tcflag.example", /truncated/],
    ["a body larger than any DNS message", "oversized.example", /larger than a DNS message/],
    ["a web page instead of DNS", "html.example", /sent text\/html/],
    ["an rcode the checks don't expect", "formerr.example", /FORMERR/],
  ])("%s is a bad-response", async (_what, name, message) => {
    const failure = failureOf(await queryDoh(name, "TXT", { resolverUrl }));
    expect(failure.kind).toBe("bad-response");
    expect(failure.message).toMatch(message);
  });

  test("the caller's signal cancels a pending query", async () => {
    const controller = new AbortController();
    const pending = queryDoh("slow.example", "MX", { resolverUrl, timeoutMs: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect(failureOf(await pending).kind).toBe("aborted");
    const already = AbortSignal.abort();
    expect(failureOf(await queryDoh("contoso.com", "MX", { resolverUrl, signal: already })).kind).toBe("aborted");
  });

  test.each([
    ["plain http to another host", "http://dns.example/dns-query"],
    ["not a URL", "cloudflare dns"],
    ["credentials in the URL", "https://user:secret@dns.example/dns-query"],
  ])("refuses %s without sending anything", async (_what, url) => {
    const fetch = jest.fn<Promise<Response>, [string, RequestInit]>();
    const failure = failureOf(await queryDoh("contoso.com", "MX", { resolverUrl: url, fetch }));
    expect(failure.kind).toBe("invalid-request");
    expect(fetch).not.toHaveBeenCalled();
  });

  test("refuses names that can't be encoded", async () => {
    const long = `${"a".repeat(64)}.example`;
    for (const name of [long, "", "two..dots.example", "space here.example"]) {
      expect(failureOf(await queryDoh(name, "MX", { resolverUrl })).kind).toBe("invalid-request");
    }
  });
});
