/**
 * Whatever a resolver sends, the engine answers with a typed result: no throw, no hang.
 */
import { encode, type Answer } from "dns-packet";
import fc from "fast-check";
import { queryDoh } from "../../src/dns/doh";
import { parseDomain } from "../../src/dns/domainName";
import type { DohResult } from "../../src/dns/types";
import { decodeResponse, type Question } from "../../src/dns/wireFormat";
import { startDohTestServer, type DohTestServer } from "./support/dohTestServer";
import { buildTestZone } from "./support/testZone";

const QUESTION: Question = { id: 0x1234, name: "contoso.com", type: "MX" };
const KINDS = new Set(["timeout", "nxdomain", "servfail", "refused", "unreachable", "http-error", "bad-response", "aborted", "invalid-request"]);

function isTypedResult(result: DohResult): boolean {
  if (result.ok) return result.rcode === "NOERROR" && Array.isArray(result.answers);
  return KINDS.has(result.kind) && typeof result.message === "string" && result.message.length > 0;
}

/** A well-formed answer to QUESTION, so mutations start from bytes that get past the header checks. */
function validResponse(): Uint8Array {
  const answers: Answer[] = [
    { type: "MX", name: "contoso.com", ttl: 60, class: "IN", data: { preference: 0, exchange: "contoso-com.mail.protection.outlook.com" } },
    { type: "TXT", name: "contoso.com", ttl: 60, class: "IN", data: ["v=spf1 include:spf.protection.outlook.com -all"] },
    { type: "CNAME", name: "contoso.com", ttl: 60, class: "IN", data: "other.example" },
  ];
  return Uint8Array.from(encode({ type: "response", id: QUESTION.id, flags: 0x8180, questions: [{ type: "MX", name: "contoso.com", class: "IN" }], answers }));
}

describe("malformed responses never throw", () => {
  test("arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(isTypedResult(decodeResponse(bytes, QUESTION, "dns.example"))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("a valid answer with bytes overwritten, cut or extended", () => {
    const valid = validResponse();
    expect(decodeResponse(valid, QUESTION, "dns.example")).toMatchObject({ ok: true, answers: [{ type: "MX" }, { type: "TXT" }, { type: "CNAME" }] });
    const edit = fc.record({
      writes: fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      cutTo: fc.option(fc.nat({ max: valid.length }), { nil: undefined }),
      tail: fc.uint8Array({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(edit, ({ writes, cutTo, tail }) => {
        const bytes = Uint8Array.from(valid);
        for (const [at, value] of writes) bytes[at] = value;
        const mutated = Uint8Array.from([...bytes.subarray(0, cutTo ?? bytes.length), ...tail]);
        const result = decodeResponse(mutated, QUESTION, "dns.example");
        expect(isTypedResult(result)).toBe(true);
        // Whatever survives decoding is plain data the view can print.
        if (result.ok) for (const answer of result.answers) expect(typeof answer.name).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });

  test("parseDomain on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        const parsed = parseDomain(input);
        if (parsed.ok) expect(parsed.domain).toMatch(/^[a-z0-9.-]{1,253}$/);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("malformed bodies over HTTP", () => {
  let server: DohTestServer;
  const zone = buildTestZone();
  beforeAll(async () => {
    server = await startDohTestServer(zone);
  });
  afterAll(() => server.close());

  test("random bodies from a real server give a typed failure, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        zone.misbehave = { ...zone.misbehave, "fuzz.example": { kind: "garbage", bytes: Buffer.from(bytes) } };
        const result = await queryDoh("fuzz.example", "TXT", { resolverUrl: server.url, timeoutMs: 2000 });
        expect(isTypedResult(result)).toBe(true);
        // Random bytes can't carry this query's random id and question.
        expect(result.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
