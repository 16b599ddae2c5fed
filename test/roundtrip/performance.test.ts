/**
 * Cost: encode/decode grows with the payload, and hostile inputs up to the 2 MB scan cap stay
 * linear (never hanging). Ratios of CPU-time medians, not wall-clock limits (see
 * ../properties/support/cpuScaling.ts); the absolute figures are printed by scripts/bench.ts.
 */
import { encodeBlock, findBlocks, MAX_SCAN_CHARS, readForwardBlocks, type PayloadV1 } from "../../src/roundtrip";
import { linearBound, measureScaling } from "../properties/support/cpuScaling";
import { quoteHtmlReply } from "./support/mailTransforms";
import { relayDeniedPayload } from "./support/realisticPayload";

jest.setTimeout(120_000);

async function payloadOf(recipients: number): Promise<PayloadV1> {
  const base = await relayDeniedPayload();
  const one = base.diagnosis.recipients[0];
  return {
    ...base,
    diagnosis: {
      ...base.diagnosis,
      recipients: Array.from({ length: recipients }, (_, i) => ({
        ...one,
        address: `user${i}@fabrikam.com`,
        diagnostic: `${one.diagnostic} ${"x".repeat(1800)} ${i}`,
      })),
    },
  };
}

test("a 30-recipient payload (full 2,000-char diagnostics) survives a quoted reply, at a cost linear in recipients", async () => {
  const [few, many] = [await payloadOf(1), await payloadOf(30)];
  const reply = quoteHtmlReply(encodeBlock(many).html);
  expect(findBlocks(reply)).toEqual([expect.objectContaining({ status: "ok", payload: many })]);
  const roundTrip = (p: PayloadV1): unknown => findBlocks(quoteHtmlReply(encodeBlock(p).html));
  const s = measureScaling(roundTrip, few, many, { smallRepeats: 10 });
  expect(s.bigMs).toBeLessThan(linearBound(s, 30));
});

const hostile: Array<[string, (n: number) => string]> = [
  ["unclosed '<' runs", (n) => "<a".repeat(n / 2)],
  ["dash runs", (n) => "-".repeat(n)],
  ["BEGIN markers without end", (n) => "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----\n".repeat(n / 44)],
  ["ASSISTANT without markers", (n) => "ASSISTANT ".repeat(n / 10)],
  ["soft breaks and quotes", (n) => "> > =\n".repeat(n / 6)],
  ["entities", (n) => "&#65;&bogus;&".repeat(n / 13)],
  ["comment opener then text", (n) => "<!--" + "a".repeat(n - 4)],
  [
    "one huge base64 block claimed too long",
    (n) => `-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----\n${"A".repeat(n - 200)}\n-----END NDR-ASSISTANT DIAGNOSIS v1 crc32=00000000 len=999999999-----`,
  ],
];

test.each(hostile)("hostile input (%s): linear up to the 2 MB cap", (_name, make) => {
  const s = measureScaling(findBlocks, make(MAX_SCAN_CHARS / 32), make(MAX_SCAN_CHARS), { smallRepeats: 4 });
  expect(s.bigMs).toBeLessThan(linearBound(s, 32));
});

test("input past the cap is not read", () => {
  const block = "x".repeat(MAX_SCAN_CHARS) + "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----";
  expect(findBlocks(block)).toEqual([]);
  expect(findBlocks("y".repeat(MAX_SCAN_CHARS - 100) + "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----")).toEqual([
    { status: "damaged", reason: "missing end marker" },
  ]);
});

const ALEX = "Alex Wilber <alex.wilber@contoso.com>";
const forwardHostile: Array<[string, (n: number) => string]> = [
  ["self-forward headers over and over", (n) => "From: Alex Wilber <alex.wilber@contoso.com>\nSent: Tuesday\nTo: x@y.example\n\n".repeat(n / 72)],
  ["'From:' lines with no other field", (n) => "From: a@b.example\n".repeat(n / 18)],
  ["quote containers", (n) => "<blockquote><div id=divRplyFwdMsg>".repeat(n / 34)],
  ["attribution lines naming the sender", (n) => "On 14 May, <alex.wilber@contoso.com> wrote:\n".repeat(n / 44)],
  ["'@' everywhere in one line", (n) => "From: " + "a@".repeat(n / 2)],
  ["'>' quoted marker lines", (n) => "> -----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----\n".repeat(n / 46)],
];

test.each(forwardHostile)("readForwardBlocks on hostile bodies (%s): linear", (_name, make) => {
  const read = (body: string): unknown => readForwardBlocks({ bodies: [body], sender: ALEX, hasBounce: false });
  const s = measureScaling(read, make(MAX_SCAN_CHARS / 256), make(MAX_SCAN_CHARS / 8), { smallRepeats: 4 });
  expect(s.bigMs).toBeLessThan(linearBound(s, 32));
});
