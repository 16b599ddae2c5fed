/**
 * The hand-made hostile inputs the browser suite opens in the pane (test/fixtures/hostile/
 * paneHostileInputs.ts) are what they claim to be. Checked structurally: running them through
 * today's classifier in-process is exactly what must not happen (it loops or takes ~20 s); the
 * browser suite runs them in the pane's parse worker, under its watchdog.
 */
import * as CFB from "cfb";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BACKTRACKING_BOUNCE_BYTES,
  chain,
  miniFatLoopMsg,
  miniFatOf,
  originalMessageNbspBounce,
  originalMessageSpacesBounce,
} from "../fixtures/hostile/paneHostileInputs";

const ORIGINAL = new Uint8Array(readFileSync(join(__dirname, "../fixtures/msg/ndr-5.4.1-relay-access-denied.msg")));
const END_OF_CHAIN = 0xfffffffe;

describe("a .msg whose mini-FAT chain loops", () => {
  const loop = miniFatLoopMsg();

  it("differs from our fixture in the one mini-FAT entry, which now points back to the start of its stream's chain", () => {
    expect(loop.bytes.length).toBe(ORIGINAL.length);
    const changed = [...loop.bytes.keys()].filter((i) => loop.bytes[i] !== ORIGINAL[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((i) => i >= loop.patchedAt && i < loop.patchedAt + 4)).toBe(true);
    const before = miniFatOf(ORIGINAL);
    const after = miniFatOf(loop.bytes);
    expect(before[loop.loopFrom]).toBe(END_OF_CHAIN);
    expect(after[loop.loopFrom]).toBe(loop.loopTo);
  });

  it("never reaches the end of the chain: following it comes back to where it started", () => {
    const fat = miniFatOf(loop.bytes);
    const walked = chain(fat, loop.loopTo);
    expect(walked[walked.length - 1]).toBe(loop.loopFrom);
    expect(fat[walked[walked.length - 1]]).toBe(walked[0]);
    // The same stream in the original file ends properly.
    const original = chain(miniFatOf(ORIGINAL), loop.loopTo);
    expect(miniFatOf(ORIGINAL)[original[original.length - 1]]).toBe(END_OF_CHAIN);
  });

  it("is still a compound file whose directory names the looping stream (so a reader gets that far)", () => {
    const parsed = CFB.read(Buffer.from(ORIGINAL), { type: "buffer" });
    expect(parsed.FullPaths.some((p) => p.endsWith(loop.stream))).toBe(true);
    expect([...loop.bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  });
});

describe("the 99 KB backtracking bounces", () => {
  it("spaces: 99 KB, a bounce, with 'Original Message' and 90,000 spaces ending inside the first 100,000 characters of the body", () => {
    const text = originalMessageSpacesBounce();
    expect(text.length).toBe(BACKTRACKING_BOUNCE_BYTES);
    expect(text).toMatch(/^From: Mail Delivery System/);
    expect(text).toContain("550 5.1.1");
    const body = text.slice(text.indexOf("\r\n\r\n") + 4);
    const line = /Original Message( +)x/.exec(body);
    expect(line?.[1].length).toBe(90_000);
    expect((line?.index ?? Infinity) + (line?.[0].length ?? 0)).toBeLessThan(100_000);
  });

  it("&nbsp;: 99 KB of HTML, 'Original Message' followed by &nbsp; entities", () => {
    const html = originalMessageNbspBounce();
    expect(html.length).toBeLessThanOrEqual(BACKTRACKING_BOUNCE_BYTES);
    expect(html.length).toBeGreaterThan(BACKTRACKING_BOUNCE_BYTES - 16);
    expect(html).toContain("Content-Type: text/html");
    expect((/Original Message((?:&nbsp;)+)x/.exec(html)?.[1].length ?? 0) / 6).toBeGreaterThan(15_000);
  });
});
