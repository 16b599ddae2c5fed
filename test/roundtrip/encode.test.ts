/** The block's written form: markers, lines, checksum, caption, escaping, and the size budget. */
import type { PayloadV1 } from "../../src/roundtrip";
import { CAPTION, encodeBlock, findBlocks } from "../../src/roundtrip";
import { relayDeniedPayload } from "./support/realisticPayload";

function manyRecipients(base: PayloadV1, count: number): PayloadV1 {
  const one = base.diagnosis.recipients[0];
  const recipients = Array.from({ length: count }, (_, i) => ({
    ...one,
    address: `user${i}@fabrikam.com`,
    diagnostic: `550 5.4.1 Relay Access Denied ${"[detail ".repeat(150)}${i}`.slice(0, 2000),
  }));
  return { ...base, diagnosis: { ...base.diagnosis, recipients } };
}

test("text form: caption, BEGIN line, 76-column base64url lines, END line with crc32 and length", async () => {
  const { text } = encodeBlock(await relayDeniedPayload());
  const lines = text.trimEnd().split("\n");
  expect(lines[0]).toBe(CAPTION);
  expect(lines[1]).toBe("-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----");
  const end = lines.at(-1) ?? "";
  expect(end).toMatch(/^-----END NDR-ASSISTANT DIAGNOSIS v1 crc32=[0-9a-f]{8} len=\d+-----$/);
  const data = lines.slice(2, -1);
  for (const line of data.slice(0, -1)) expect(line).toMatch(/^[A-Za-z0-9_-]{76}$/);
  expect(data.at(-1)).toMatch(/^[A-Za-z0-9_-]{1,76}$/);
  const len = Number(/len=(\d+)/.exec(end)?.[1]);
  expect(Buffer.from(data.join(""), "base64url").length).toBe(len);
});

test("HTML form is visible (no hidden elements, no data attributes) and fully escaped", async () => {
  const payload = await relayDeniedPayload();
  const hostile: PayloadV1 = { ...payload, item: { subject: "<script>alert('x')</script> & \"quotes\"" } };
  const { html } = encodeBlock(hostile);
  expect(html).not.toMatch(/display\s*:\s*none|visibility\s*:\s*hidden|hidden|data-/i);
  expect(html).not.toContain("<script");
  expect(html).toContain("Machine-readable copy for NDR Assistant &#8212; please leave it in when you forward.");
  expect(html).toMatch(/^<p [^>]+>[^<]+<\/p><div style="font-family:Consolas[^"]*">-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----<br>/);
  // Only ASCII leaves the encoder: the block doesn't depend on the forward's charset.
  expect(html).toMatch(/^[\x20-\x7e]*$/);
  const [block] = findBlocks(html);
  expect(block).toEqual(expect.objectContaining({ status: "ok", payload: hostile }));
});

test("without a budget nothing is cut", async () => {
  const big = manyRecipients(await relayDeniedPayload(), 30);
  const block = encodeBlock(big);
  expect(block.fits).toBe(true);
  expect(block.payload).toBe(big);
  expect(block.payload.truncated).toBeUndefined();
});

test("over budget: diagnostics are shortened first, then recipients beyond 20 go, and it says so", async () => {
  const big = manyRecipients(await relayDeniedPayload(), 30);
  const full = encodeBlock(big);
  const budget = 24 * 1024;
  expect(full.bytes).toBeGreaterThan(budget);

  const fitted = encodeBlock(big, { maxEncodedBytes: budget });
  expect(fitted.fits).toBe(true);
  expect(fitted.bytes).toBeLessThanOrEqual(budget);
  expect(fitted.payload.truncated).toBe(true);
  expect(fitted.payload.diagnosis.recipients).toHaveLength(30);
  expect(fitted.payload.diagnosis.recipients[0].diagnostic.length).toBeLessThan(2000);

  const tight = encodeBlock(big, { maxEncodedBytes: 8 * 1024 });
  expect(tight.fits).toBe(true);
  expect(tight.bytes).toBeLessThanOrEqual(8 * 1024);
  expect(tight.payload.diagnosis.recipients.length).toBeLessThanOrEqual(20);
  expect(tight.payload.diagnosis.recipients.every((r) => r.diagnostic === "")).toBe(true);

  // What was encoded is what decodes: the truncated copy, flagged.
  const [decoded] = findBlocks(tight.html);
  expect(decoded).toEqual(expect.objectContaining({ status: "ok", payload: tight.payload }));
});

test("a budget nothing can meet is reported, not silently exceeded", async () => {
  const block = encodeBlock(await relayDeniedPayload(), { maxEncodedBytes: 100 });
  expect(block.fits).toBe(false);
  expect(block.bytes).toBeGreaterThan(100);
});
