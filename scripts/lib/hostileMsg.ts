/**
 * Hostile .msg files, each made from the real fixture test/fixtures/msg/ndr-5.4.1-relay-access-denied.msg
 * (13.5 KB, written by `cfb` per [MS-OXMSG]) with one structural defect. Without the compound-file
 * check, @kenjiuno/msgreader loops on each of them until Node aborts out of memory or spins for
 * minutes. scripts/make-hostile-fixtures.ts writes them to test/fixtures/hostile/; the tests check the
 * committed files are what these builders make.
 */
import * as CFB from "cfb";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CompoundFileDefect } from "../../src/classifier/compoundFile";
import { ENTRY, HEADER, type Layout, entryOffset, fatEntryOffset, miniFatEntryOffset, readLayout, sectorOffset, setU32, smallStreams } from "./cfbLayout";

export const BASE_FIXTURE = join(__dirname, "..", "..", "test", "fixtures", "msg", "ndr-5.4.1-relay-access-denied.msg");
export const HOSTILE_DIR = join(__dirname, "..", "..", "test", "fixtures", "hostile");

export interface HostileMsg {
  /** File name under test/fixtures/hostile/, named by what it shows. */
  name: string;
  /** What is wrong with it, and what msgreader does with it unchecked. */
  shows: string;
  /** The defect the check must report. */
  defect: CompoundFileDefect;
  build(base: Uint8Array): Uint8Array;
}

function edit(base: Uint8Array, change: (bytes: Uint8Array, layout: Layout) => void): Uint8Array {
  const bytes = base.slice();
  change(bytes, readLayout(base));
  return bytes;
}

/** The body stream (__substg1.0_1000001F): the longest mini chain. */
function bodyStream(layout: Layout): { index: number; chain: number[] } {
  const body = smallStreams(layout).find((s) => s.entry.name === "__substg1.0_1000001F");
  if (!body) throw new Error("the base fixture has no body stream");
  return { index: body.entry.index, chain: body.chain };
}

function streamEntries(layout: Layout): number[] {
  return layout.entries.filter((e) => e.type === 2).map((e) => e.index);
}

export const HOSTILE_MSGS: HostileMsg[] = [
  {
    name: "msg-minifat-loop.msg",
    shows: "the body stream's mini-FAT chain loops back to its first mini sector: msgreader collects the chain forever (out-of-memory abort)",
    defect: "chain-loop",
    build: (base) =>
      edit(base, (b, l) => {
        const { chain } = bodyStream(l);
        setU32(b, miniFatEntryOffset(l, chain[chain.length - 1]), chain[0]);
      }),
  },
  {
    name: "msg-minifat-sector-chain-loop.msg",
    shows:
      "the header claims 2^31-1 mini-FAT sectors and the mini-FAT's own sector chain points to itself: msgreader pushes sector numbers until memory runs out",
    defect: "chain-loop",
    build: (base) =>
      edit(base, (b, l) => {
        setU32(b, HEADER.miniFatSectors, 0x7fffffff);
        setU32(b, fatEntryOffset(l, l.miniFatSectors[0]), l.miniFatSectors[0]);
      }),
  },
  {
    name: "msg-directory-chain-loop.msg",
    shows: "the directory's sector chain loops back to its first sector: msgreader reads directory entries forever",
    defect: "chain-loop",
    build: (base) =>
      edit(base, (b, l) => {
        setU32(b, fatEntryOffset(l, l.directorySectors[l.directorySectors.length - 1]), l.directorySectors[0]);
      }),
  },
  {
    name: "msg-ministream-chain-loop.msg",
    shows: "the mini stream's sector chain (held by the root entry) loops: msgreader builds its sector table forever",
    defect: "chain-loop",
    build: (base) =>
      edit(base, (b, l) => {
        setU32(b, fatEntryOffset(l, l.miniStreamSectors[l.miniStreamSectors.length - 1]), l.miniStreamSectors[0]);
      }),
  },
  {
    name: "msg-difat-count-huge.msg",
    shows: "one FAT sector, but the header claims 2^31-1 DIFAT sectors in a chain that points to itself: msgreader walks it two billion times",
    defect: "count-mismatch",
    build: (base) =>
      edit(base, (b, l) => {
        // A data sector of the mini stream becomes the "DIFAT sector": its last entry names itself.
        const sector = l.miniStreamSectors[0];
        setU32(b, HEADER.difatSectors, 0x7fffffff);
        setU32(b, HEADER.firstDifatSector, sector);
        setU32(b, sectorOffset(l, sector) + l.sectorSize - 4, sector);
      }),
  },
  {
    name: "msg-directory-sibling-loop.msg",
    shows: "a stream's left-sibling link points to the stream itself: msgreader walks the sibling tree forever",
    defect: "directory-cycle",
    build: (base) =>
      edit(base, (b, l) => {
        const { index } = bodyStream(l);
        setU32(b, entryOffset(l, index) + ENTRY.left, index);
      }),
  },
  {
    name: "msg-directory-child-loop.msg",
    shows: "the recipient storage's child link points back to the root's children, which contain that storage: endless recursion",
    defect: "directory-cycle",
    build: (base) =>
      edit(base, (b, l) => {
        const recip = l.entries.find((e) => e.name.startsWith("__recip_version1.0_"));
        if (!recip) throw new Error("the base fixture has no recipient storage");
        setU32(b, entryOffset(l, recip.index) + ENTRY.child, l.entries[0].child);
      }),
  },
  {
    name: "msg-directory-shared-branches.msg",
    shows: "every stream's left and right links both point to the next stream: a 26-level binary tree of shared branches, 2^26 visits",
    defect: "directory-cycle",
    build: (base) =>
      edit(base, (b, l) => {
        const streams = streamEntries(l);
        setU32(b, entryOffset(l, 0) + ENTRY.child, streams[0]);
        streams.forEach((index, i) => {
          const next = i + 1 < streams.length ? streams[i + 1] : 0xffffffff;
          setU32(b, entryOffset(l, index) + ENTRY.left, next);
          setU32(b, entryOffset(l, index) + ENTRY.right, next);
        });
      }),
  },
  {
    name: "msg-stream-size-2gb.msg",
    shows: "the body stream claims 0x7ffffff0 bytes in a 13.5 KB file: msgreader allocates 2 GB and reads past the chain's end",
    defect: "stream-size",
    build: (base) =>
      edit(base, (b, l) => {
        setU32(b, entryOffset(l, bodyStream(l).index) + ENTRY.size, 0x7ffffff0);
      }),
  },
  {
    name: "msg-truncated-in-directory.msg",
    shows: "the file ends in the middle of its directory sectors",
    defect: "chain-out-of-range",
    build: (base) => {
      const l = readLayout(base);
      return base.slice(0, sectorOffset(l, l.directorySectors[3]) + 200);
    },
  },
  {
    name: "msg-entry-name-length-64k.msg",
    shows: "every directory entry claims a 65,534-byte name (64 at most): msgreader decodes 32,767 characters per entry",
    defect: "directory-entry",
    build: (base) =>
      edit(base, (b, l) => {
        for (let i = 0; i < l.entryCount; i++) {
          const at = entryOffset(l, i) + ENTRY.nameLength;
          b[at] = 0xfe;
          b[at + 1] = 0xff;
        }
      }),
  },
  {
    name: "msg-nameid-names-exceed-file.msg",
    shows: "600 named properties all point at one 3,000-byte name: msgreader decodes 1.8 MB of names from a 20 KB file",
    defect: "named-property-table",
    build: (base) => {
      const cfb = CFB.read(Buffer.from(base), { type: "buffer" });
      const strings = new Uint8Array(3004);
      setU32(strings, 0, 3000);
      for (let i = 4; i < strings.length; i += 2) strings[i] = 0x41;
      const entries = new Uint8Array(600 * 8);
      for (let i = 0; i < 600; i++) {
        // key: offset 0 in the string stream; flags: string property (bit 0); property index i.
        setU32(entries, i * 8, 0);
        setU32(entries, i * 8 + 4, 1 | (i << 16));
      }
      CFB.utils.cfb_del(cfb, "/__nameid_version1.0/__substg1.0_00030102");
      CFB.utils.cfb_del(cfb, "/__nameid_version1.0/__substg1.0_00040102");
      CFB.utils.cfb_add(cfb, "/__nameid_version1.0/__substg1.0_00030102", Buffer.from(entries));
      CFB.utils.cfb_add(cfb, "/__nameid_version1.0/__substg1.0_00040102", Buffer.from(strings));
      return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
    },
  },
];

export function baseFixture(): Uint8Array {
  return new Uint8Array(readFileSync(BASE_FIXTURE));
}
