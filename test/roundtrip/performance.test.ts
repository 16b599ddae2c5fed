/** Time: a 30-recipient block, and hostile inputs up to the 2 MB scan cap (linear, never hanging). */
import { encodeBlock, findBlocks, MAX_SCAN_CHARS, type PayloadV1 } from "../../src/roundtrip";
import { quoteHtmlReply } from "./support/mailTransforms";
import { relayDeniedPayload } from "./support/realisticPayload";

jest.setTimeout(60_000);

function time(run: () => void, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return (performance.now() - start) / times;
}

test("encode + decode of a 30-recipient payload (full 2,000-char diagnostics) takes milliseconds", async () => {
  const base = await relayDeniedPayload();
  const one = base.diagnosis.recipients[0];
  const payload: PayloadV1 = {
    ...base,
    diagnosis: {
      ...base.diagnosis,
      recipients: Array.from({ length: 30 }, (_, i) => ({ ...one, address: `user${i}@fabrikam.com`, diagnostic: `${one.diagnostic} ${"x".repeat(1800)} ${i}` })),
    },
  };
  const html = encodeBlock(payload).html;
  const reply = quoteHtmlReply(html);
  time(() => findBlocks(reply), 5); // warm-up
  const encodeMs = time(() => encodeBlock(payload), 20);
  const decodeMs = time(() => findBlocks(reply), 20);
  const budgetedMs = time(() => encodeBlock(payload, { maxEncodedBytes: 24 * 1024 }), 20);
  console.log(
    `30 recipients: block ${html.length} bytes; encode ${encodeMs.toFixed(2)} ms, decode (quoted reply) ${decodeMs.toFixed(2)} ms, encode to 24 KB budget ${budgetedMs.toFixed(2)} ms`,
  );
  expect(findBlocks(reply)).toEqual([expect.objectContaining({ status: "ok", payload })]);
  expect(encodeMs + decodeMs).toBeLessThan(250);
});

const hostile: Array<[string, (n: number) => string]> = [
  ["unclosed '<' runs", (n) => "<a".repeat(n / 2)],
  ["dash runs", (n) => "-".repeat(n)],
  ["BEGIN markers without end", (n) => "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----\n".repeat(n / 44)],
  ["ASSISTANT without markers", (n) => "ASSISTANT ".repeat(n / 10)],
  ["soft breaks and quotes", (n) => "> > =\n".repeat(n / 6)],
  ["entities", (n) => "&#65;&bogus;&".repeat(n / 13)],
  ["comment opener then text", (n) => "<!--" + "a".repeat(n - 4)],
  ["one huge base64 block claimed too long", (n) => `-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----\n${"A".repeat(n - 200)}\n-----END NDR-ASSISTANT DIAGNOSIS v1 crc32=00000000 len=999999999-----`],
];

test.each(hostile)("hostile input (%s): fast at the 2 MB cap, and linear", (_name, make) => {
  const small = make(MAX_SCAN_CHARS / 4);
  const big = make(MAX_SCAN_CHARS);
  findBlocks(small);
  const smallMs = time(() => findBlocks(small), 2);
  const bigMs = time(() => findBlocks(big), 2);
  expect(bigMs).toBeLessThan(2000);
  // Four times the input may cost about four times the time, never sixteen (quadratic).
  expect(bigMs).toBeLessThan(Math.max(smallMs * 10, 50));
});

test("input past the cap is not read", () => {
  const block = "x".repeat(MAX_SCAN_CHARS) + "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----";
  expect(findBlocks(block)).toEqual([]);
  expect(findBlocks("y".repeat(MAX_SCAN_CHARS - 100) + "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----")).toEqual([
    { status: "damaged", reason: "missing end marker" },
  ]);
});
