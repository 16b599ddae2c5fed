/** Query building, Retry-After parsing and the stand-in's own OData reading, without a server. */
import { bounceClause, bounceListUrl, bodyAndHeadersUrl, graphDate, isBounceCandidate, isOwnLink, mimeUrl, recentSince } from "../../src/graph/query";
import { parseRetryAfter } from "../../src/graph/retryAfter";
import { evaluate, FilterSyntaxError, firstProperty, parseFilter } from "../support/odataFilter";

const NOW = new Date("2026-12-06T03:04:05.678Z");

describe("the list query", () => {
  test("30 days back, bounce clauses after the date, newest first, 25 a page", () => {
    const url = new URL(bounceListUrl({ since: recentSince(NOW), mode: "server" }));
    expect(url.origin + url.pathname).toBe("https://graph.microsoft.com/v1.0/me/messages");
    expect(url.searchParams.get("$filter")).toBe(
      "receivedDateTime ge 2026-11-06T03:04:05Z and (singleValueExtendedProperties/any(ep: ep/id eq 'String 0x001A' and startswith(ep/value,'REPORT.IPM.Note.NDR')) or startswith(from/emailAddress/address,'postmaster@') or startswith(from/emailAddress/address,'mailer-daemon@'))",
    );
    expect(url.searchParams.get("$orderby")).toBe("receivedDateTime desc");
    expect(url.searchParams.get("$top")).toBe("25");
    expect(url.searchParams.get("$select")).toBe("id,subject,receivedDateTime,from,internetMessageId");
    expect(url.searchParams.get("$expand")).toBe("singleValueExtendedProperties($filter=id eq 'String 0x001A')");
    // Spaces are %20, never "+" (which OData reads as a plus sign).
    expect(bounceListUrl({ since: NOW, mode: "server" })).not.toContain("+");
  });

  test("the date-only fallback and the headers for the sent-message match", () => {
    const url = new URL(bounceListUrl({ since: NOW, mode: "client", withHeaders: true, base: "http://127.0.0.1:9/v1.0" }));
    expect(url.searchParams.get("$filter")).toBe("receivedDateTime ge 2026-12-06T03:04:05Z");
    expect(url.searchParams.get("$top")).toBe("100");
    expect(url.searchParams.get("$select")).toContain("internetMessageHeaders");
    expect(url.origin).toBe("http://127.0.0.1:9");
  });

  test("message URLs encode the id", () => {
    expect(mimeUrl("AAMk/a+b=")).toBe("https://graph.microsoft.com/v1.0/me/messages/AAMk%2Fa%2Bb%3D/$value");
    expect(bodyAndHeadersUrl("x")).toBe("https://graph.microsoft.com/v1.0/me/messages/x?$select=subject,body,internetMessageHeaders");
    expect(graphDate(NOW)).toBe("2026-12-06T03:04:05Z");
  });

  test("the client-side filter keeps what the server-side one keeps", () => {
    expect(isBounceCandidate({ messageClass: "REPORT.IPM.Note.NDR" })).toBe(true);
    expect(isBounceCandidate({ messageClass: "report.ipm.note.ndr" })).toBe(true);
    expect(isBounceCandidate({ messageClass: "REPORT.IPM.Note.DR" })).toBe(false);
    expect(isBounceCandidate({ messageClass: "REPORT.IPM.Note.IPNRN" })).toBe(false);
    expect(isBounceCandidate({ messageClass: "IPM.Note", from: { address: "MAILER-DAEMON@example.org" } })).toBe(true);
    expect(isBounceCandidate({ messageClass: "IPM.Note", from: { address: "postmaster@contoso.com" } })).toBe(true);
    expect(isBounceCandidate({ messageClass: "IPM.Note", from: { address: "alex@contoso.com" } })).toBe(false);
    expect(isBounceCandidate({})).toBe(false);
  });

  test("links are followed only on the configured Graph", () => {
    expect(isOwnLink("https://graph.microsoft.com/v1.0/me/messages?$skip=25")).toBe(true);
    expect(isOwnLink("https://graph.microsoft.com.evil.example/v1.0/me/messages")).toBe(false);
    expect(isOwnLink("http://graph.microsoft.com/v1.0/me/messages")).toBe(false);
    expect(isOwnLink("https://graph.microsoft.com/beta/me/messages")).toBe(false);
    expect(isOwnLink("not a url")).toBe(false);
  });
});

describe("Retry-After", () => {
  test("seconds, an HTTP date, or nothing usable", () => {
    expect(parseRetryAfter("7", NOW)).toBe(7);
    expect(parseRetryAfter(" 0 ", NOW)).toBe(0);
    // An HTTP date has whole seconds: 03:04:16 is 10.3 s after NOW, rounded up so we never retry early.
    expect(parseRetryAfter(new Date(NOW.getTime() + 10_500).toUTCString(), NOW)).toBe(11);
    expect(parseRetryAfter(new Date(NOW.getTime() - 60_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
    expect(parseRetryAfter("-5", NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter("99999999", NOW)).toBe(86400);
  });
});

describe("the stand-in reads the filter the client writes", () => {
  test("every clause evaluates", () => {
    const filter = parseFilter(new URL(bounceListUrl({ since: new Date("2026-12-01T00:00:00Z"), mode: "server" })).searchParams.get("$filter")!);
    expect(firstProperty(filter)).toBe("receivedDateTime");
    const record = (received: string, cls: string, from: string) => (path: string) =>
      ({ receivedDateTime: received, singleValueExtendedProperties: [{ id: "String 0x001A", value: cls }], "from/emailAddress/address": from })[path];
    expect(evaluate(filter, record("2026-12-02T00:00:00Z", "Report.IPM.Note.NDR", "x@y.example"))).toBe(true);
    expect(evaluate(filter, record("2026-12-02T00:00:00Z", "IPM.Note", "Postmaster@y.example"))).toBe(true);
    expect(evaluate(filter, record("2026-12-02T00:00:00Z", "IPM.Note", "x@y.example"))).toBe(false);
    expect(evaluate(filter, record("2026-11-30T00:00:00Z", "REPORT.IPM.Note.NDR", "x@y.example"))).toBe(false);
    expect(bounceClause()).toContain(" or ");
  });

  test("syntax beyond the subset is refused", () => {
    expect(() => parseFilter("receivedDateTime ge")).toThrow(FilterSyntaxError);
    expect(() => parseFilter("endswith(subject,'x')")).toThrow(FilterSyntaxError);
    expect(() => parseFilter("subject eq 'unterminated")).toThrow(FilterSyntaxError);
  });
});
