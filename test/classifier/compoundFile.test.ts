/**
 * The compound-file check run before msgreader (src/classifier/compoundFile.ts): the real .msg
 * fixtures pass; each hand-made hostile file in test/fixtures/hostile/ (scripts/make-hostile-fixtures.ts)
 * is refused with its defect named, by the check, by msgToParts and by classify, without a throw
 * from classify. The random and structure-aware fuzzing lives in test/security/msgFuzz.test.ts.
 */
import * as CFB from "cfb";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENTRY, HEADER, entryOffset, readLayout, sectorOffset, setU32, u32 } from "../../scripts/lib/cfbLayout";
import { HOSTILE_DIR, HOSTILE_MSGS, baseFixture } from "../../scripts/lib/hostileMsg";
import { classify } from "../../src/classifier";
import { checkCompoundFile, MAX_STORAGE_DEPTH, UnreadableMsgError } from "../../src/classifier/compoundFile";
import { msgToParts } from "../../src/classifier/msgInput";
import { fixtureBytes } from "./fixtureLoader";

const GOOD = ["msg/ndr-5.4.1-relay-access-denied.msg", "msg/forward-with-attached-ndr.msg", "msg/ndr-5.4.1-no-transport-headers.msg"];

function defectOf(bytes: Uint8Array): string {
  const c = checkCompoundFile(bytes);
  return c.ok ? "accepted" : c.problem.defect;
}

describe("well-formed files pass", () => {
  it.each(GOOD)("%s: accepted, its streams together no larger than the file", (name) => {
    const bytes = fixtureBytes(name);
    const c = checkCompoundFile(bytes);
    expect(c).toMatchObject({ ok: true, summary: { majorVersion: 3, sectorSize: 512 } });
    if (c.ok) {
      expect(c.summary.streams).toBeGreaterThan(20);
      expect(c.summary.streamBytes).toBeLessThanOrEqual(bytes.length);
    }
  });

  it("a 7 MB file whose FAT needs a DIFAT sector (written by cfb) passes, in one pass", () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "/big", Buffer.alloc(7_300_000, 7));
    CFB.utils.cfb_add(cfb, "/small", Buffer.from("hello"));
    const bytes = new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
    expect(u32(bytes, HEADER.fatSectors)).toBeGreaterThan(109);
    expect(u32(bytes, HEADER.difatSectors)).toBe(1);
    expect(checkCompoundFile(bytes)).toMatchObject({ ok: true, summary: { streams: 3 } });
    // The DIFAT sector's entries are FAT sectors: one pointing into the big stream is shared.
    const broken = bytes.slice();
    const difat = u32(bytes, HEADER.firstDifatSector);
    const bigStart = readLayout(bytes).entries.find((e) => e.name === "big")?.start ?? 0;
    setU32(broken, sectorOffset({ sectorSize: 512 }, difat), bigStart + 5);
    expect(defectOf(broken)).toBe("sector-shared");
  });

  it("a version 4 file (4096-byte sectors) with an empty root passes", () => {
    const bytes = new Uint8Array(3 * 4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const v = new DataView(bytes.buffer);
    v.setUint16(0x18, 0x3e, true);
    v.setUint16(0x1a, 4, true);
    v.setUint16(0x1c, 0xfffe, true);
    v.setUint16(0x1e, 12, true);
    v.setUint16(0x20, 6, true);
    v.setUint32(0x2c, 1, true); // one FAT sector: sector 0
    v.setUint32(0x30, 1, true); // directory: sector 1
    v.setUint32(0x38, 4096, true);
    v.setUint32(0x3c, 0xfffffffe, true);
    v.setUint32(0x44, 0xfffffffe, true);
    for (let i = 0; i < 109; i++) v.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
    const fat = 4096;
    for (let i = 0; i < 1024; i++) v.setUint32(fat + i * 4, 0xffffffff, true);
    v.setUint32(fat, 0xfffffffd, true);
    v.setUint32(fat + 4, 0xfffffffe, true);
    const root = 2 * 4096;
    "Root Entry".split("").forEach((ch, i) => v.setUint16(root + i * 2, ch.charCodeAt(0), true));
    v.setUint16(root + 0x40, 22, true);
    bytes[root + 0x42] = 5;
    for (const at of [0x44, 0x48, 0x4c]) v.setUint32(root + at, 0xffffffff, true);
    v.setUint32(root + 0x74, 0xfffffffe, true);
    for (let e = 1; e < 32; e++) for (const at of [0x44, 0x48, 0x4c]) v.setUint32(root + e * 128 + at, 0xffffffff, true);
    expect(checkCompoundFile(bytes)).toEqual({
      ok: true,
      summary: { majorVersion: 4, sectorSize: 4096, sectors: 2, directoryEntries: 32, streams: 0, streamBytes: 0 },
    });
    // In version 4 the size's high half counts: 4 GB can't be read.
    v.setUint32(root + 0x7c, 1, true);
    expect(defectOf(bytes)).toBe("stream-size");
  });
});

describe("the hand-made hostile files (test/fixtures/hostile/)", () => {
  const base = baseFixture();

  it.each(HOSTILE_MSGS.map((h) => [h.name, h] as const))("%s is the file its builder makes", (name, h) => {
    expect(new Uint8Array(readFileSync(join(HOSTILE_DIR, name)))).toEqual(h.build(base));
  });

  it.each(HOSTILE_MSGS.map((h) => [h.name, h.defect, h.shows] as const))("%s: refused as %s (%s)", async (name, defect) => {
    const bytes = new Uint8Array(readFileSync(join(HOSTILE_DIR, name)));
    const c = checkCompoundFile(bytes);
    expect(c).toMatchObject({ ok: false, problem: { defect } });
    await expect(msgToParts(bytes)).rejects.toBeInstanceOf(UnreadableMsgError);
    await expect(msgToParts(bytes)).rejects.toMatchObject({ reason: defect });
    const d = await classify(bytes);
    expect(d.isBounce).toBe(false);
    const warning = d.warningCodes?.find((w) => w.code === "warn.msg-unreadable");
    expect(warning).toBeDefined();
    expect(d.warnings.join("\n")).toContain(`Could not read the Outlook .msg file: not a readable compound file: ${c.ok ? "" : c.problem.detail}`);
  });
});

describe("each defect, named", () => {
  const base = fixtureBytes(GOOD[0]);
  const layout = readLayout(base);
  const edit = (change: (b: Uint8Array) => void): Uint8Array => {
    const b = base.slice();
    change(b);
    return b;
  };
  const streamIndex = layout.entries.find((e) => e.name === "__substg1.0_0037001F")?.index ?? -1;

  it("header: too short, wrong signature, byte order, version, sector shifts, cutoff", () => {
    expect(defectOf(base.subarray(0, 511))).toBe("too-short");
    expect(defectOf(base.subarray(0, 1000))).toBe("too-short");
    expect(defectOf(edit((b) => (b[3] = 0)))).toBe("not-compound-file");
    expect(defectOf(edit((b) => (b[HEADER.byteOrder] = 0xff)))).toBe("unsupported-header");
    expect(defectOf(edit((b) => (b[HEADER.majorVersion] = 4)))).toBe("unsupported-header");
    expect(defectOf(edit((b) => (b[HEADER.sectorShift] = 12)))).toBe("unsupported-header");
    expect(defectOf(edit((b) => (b[HEADER.miniSectorShift] = 7)))).toBe("unsupported-header");
    expect(defectOf(edit((b) => setU32(b, HEADER.miniStreamCutoff, 512)))).toBe("unsupported-header");
  });

  it("the FAT list: none, more than the file holds, special values, a DIFAT count it doesn't need", () => {
    expect(defectOf(edit((b) => setU32(b, HEADER.fatSectors, 0)))).toBe("fat-sector-list");
    expect(defectOf(edit((b) => setU32(b, HEADER.fatSectors, 1000)))).toBe("count-mismatch");
    expect(defectOf(edit((b) => setU32(b, HEADER.difat, 0xfffffffe)))).toBe("fat-sector-list");
    expect(defectOf(edit((b) => setU32(b, HEADER.difat, 9999)))).toBe("chain-out-of-range");
    expect(defectOf(edit((b) => setU32(b, HEADER.difatSectors, 1)))).toBe("count-mismatch");
  });

  it("chains: a special value inside, a sector past the end, a sector two chains share, a size its chain can't hold", () => {
    const dir = layout.directorySectors;
    const fatAt = (s: number): number => sectorOffset(layout, layout.fatSectors[0]) + s * 4;
    expect(defectOf(edit((b) => setU32(b, fatAt(dir[0]), 0xffffffff)))).toBe("chain-broken");
    expect(defectOf(edit((b) => setU32(b, fatAt(dir[0]), 5000)))).toBe("chain-out-of-range");
    const lastMini = layout.miniStreamSectors[layout.miniStreamSectors.length - 1];
    expect(defectOf(edit((b) => setU32(b, fatAt(lastMini), dir[0])))).toBe("sector-shared");
    expect(defectOf(edit((b) => setU32(b, entryOffset(layout, streamIndex) + ENTRY.size, 3000)))).toBe("chain-too-short");
    expect(defectOf(edit((b) => setU32(b, HEADER.miniFatSectors, 2)))).toBe("count-mismatch");
  });

  it("directory: a link past the last entry, to an unused entry, back to the root; a root that isn't one", () => {
    const at = entryOffset(layout, streamIndex);
    expect(defectOf(edit((b) => setU32(b, at + ENTRY.left, layout.entryCount)))).toBe("directory-link");
    expect(defectOf(edit((b) => setU32(b, at + ENTRY.left, layout.entryCount - 1)))).toBe("directory-entry");
    expect(defectOf(edit((b) => setU32(b, at + ENTRY.left, 0)))).toBe("directory-cycle");
    expect(defectOf(edit((b) => (b[entryOffset(layout, 0) + ENTRY.type] = 1)))).toBe("directory-entry");
    // A stream's child link is not followed by readers: whatever it says, the file reads.
    expect(defectOf(edit((b) => setU32(b, at + ENTRY.child, 0)))).toBe("accepted");
  });

  it(`storages nested more than ${MAX_STORAGE_DEPTH} deep`, () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, `/${"d/".repeat(MAX_STORAGE_DEPTH)}leaf`, Buffer.from("x"));
    expect(defectOf(new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer))).toBe("too-deep");
    const shallower = CFB.utils.cfb_new();
    CFB.utils.cfb_add(shallower, `/${"d/".repeat(MAX_STORAGE_DEPTH - 2)}leaf`, Buffer.from("x"));
    expect(defectOf(new Uint8Array(CFB.write(shallower, { type: "buffer" }) as Buffer))).toBe("accepted");
  });

  it("never throws, whatever the bytes", () => {
    for (let n = 0; n < 2000; n += 37) {
      const junk = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 0xff);
      junk.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].slice(0, n));
      expect(() => checkCompoundFile(junk)).not.toThrow();
    }
  });
});
