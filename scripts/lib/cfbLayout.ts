/**
 * Reads where things are in a well-formed compound file ([MS-CFB]) and edits them in place, for
 * building hostile .msg files from the real fixtures (scripts/make-hostile-fixtures.ts and the .msg
 * fuzz tests). Test tooling: it trusts its input (a file `cfb` wrote), unlike
 * src/classifier/compoundFile.ts, which trusts nothing.
 */

export const ENDOFCHAIN = 0xfffffffe;
export const FREESECT = 0xffffffff;
export const NOSTREAM = 0xffffffff;
export const ENTRY_BYTES = 128;
export const MINI_SECTOR_BYTES = 64;
export const MINI_STREAM_CUTOFF = 4096;

/** Offsets of the header's fields. */
export const HEADER = {
  majorVersion: 0x1a,
  byteOrder: 0x1c,
  sectorShift: 0x1e,
  miniSectorShift: 0x20,
  fatSectors: 0x2c,
  firstDirectorySector: 0x30,
  miniStreamCutoff: 0x38,
  firstMiniFatSector: 0x3c,
  miniFatSectors: 0x40,
  firstDifatSector: 0x44,
  difatSectors: 0x48,
  difat: 0x4c,
} as const;

/** Offsets inside a 128-byte directory entry. */
export const ENTRY = { nameLength: 0x40, type: 0x42, left: 0x44, right: 0x48, child: 0x4c, start: 0x74, size: 0x78 } as const;

export interface EntryInfo {
  index: number;
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
  /** Entry index of the storage it sits in (the root's parent is -1). */
  parent: number;
}

export interface Layout {
  sectorSize: number;
  fatSectors: number[];
  directorySectors: number[];
  miniFatSectors: number[];
  miniStreamSectors: number[];
  /** Entries reachable from the root, root first. */
  entries: EntryInfo[];
  entryCount: number;
  /** Next-sector table. */
  fat: Uint32Array;
  miniFat: Uint32Array;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

export function setU32(b: Uint8Array, at: number, value: number): void {
  b[at] = value & 0xff;
  b[at + 1] = (value >>> 8) & 0xff;
  b[at + 2] = (value >>> 16) & 0xff;
  b[at + 3] = (value >>> 24) & 0xff;
}

export function sectorOffset(layout: Pick<Layout, "sectorSize">, sector: number): number {
  return (sector + 1) * layout.sectorSize;
}

export function chainOf(fat: Uint32Array, start: number): number[] {
  const out: number[] = [];
  for (let s = start; s !== ENDOFCHAIN && s < fat.length && out.length <= fat.length; s = fat[s]) out.push(s);
  return out;
}

function table(bytes: Uint8Array, sectorSize: number, sectors: number[]): Uint32Array {
  const per = sectorSize / 4;
  const out = new Uint32Array(sectors.length * per);
  sectors.forEach((s, i) => {
    for (let j = 0; j < per; j++) out[i * per + j] = u32(bytes, (s + 1) * sectorSize + j * 4);
  });
  return out;
}

export function readLayout(bytes: Uint8Array): Layout {
  const sectorSize = 1 << u16(bytes, HEADER.sectorShift);
  const fatCount = u32(bytes, HEADER.fatSectors);
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(u32(bytes, HEADER.difat + i * 4));
  for (let d = u32(bytes, HEADER.firstDifatSector); fatSectors.length < fatCount;) {
    const base = (d + 1) * sectorSize;
    const per = sectorSize / 4 - 1;
    for (let j = 0; j < per && fatSectors.length < fatCount; j++) fatSectors.push(u32(bytes, base + j * 4));
    d = u32(bytes, base + per * 4);
  }
  const fat = table(bytes, sectorSize, fatSectors);
  const directorySectors = chainOf(fat, u32(bytes, HEADER.firstDirectorySector));
  const miniFatSectors = u32(bytes, HEADER.miniFatSectors) > 0 ? chainOf(fat, u32(bytes, HEADER.firstMiniFatSector)) : [];
  const miniFat = table(bytes, sectorSize, miniFatSectors);
  const perSector = sectorSize / ENTRY_BYTES;
  const entryCount = directorySectors.length * perSector;
  const entryAt = (i: number): number => (directorySectors[Math.floor(i / perSector)] + 1) * sectorSize + (i % perSector) * ENTRY_BYTES;
  const read = (index: number, parent: number): EntryInfo => {
    const at = entryAt(index);
    const nameBytes = u16(bytes, at + ENTRY.nameLength);
    let name = "";
    for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(u16(bytes, at + i));
    return {
      index,
      name,
      parent,
      type: bytes[at + ENTRY.type],
      left: u32(bytes, at + ENTRY.left),
      right: u32(bytes, at + ENTRY.right),
      child: u32(bytes, at + ENTRY.child),
      start: u32(bytes, at + ENTRY.start),
      size: u32(bytes, at + ENTRY.size),
    };
  };
  const root = read(0, -1);
  const entries: EntryInfo[] = [root];
  const pending: Array<[number, number]> = root.child !== NOSTREAM ? [[root.child, 0]] : [];
  while (pending.length > 0) {
    const [index, parent] = pending.pop() as [number, number];
    const e = read(index, parent);
    entries.push(e);
    if (e.left !== NOSTREAM) pending.push([e.left, parent]);
    if (e.right !== NOSTREAM) pending.push([e.right, parent]);
    if (e.type === 1 && e.child !== NOSTREAM) pending.push([e.child, index]);
  }
  const miniStreamSectors = root.size > 0 ? chainOf(fat, root.start) : [];
  return { sectorSize, fatSectors, directorySectors, miniFatSectors, miniStreamSectors, entries, entryCount, fat, miniFat };
}

/** Byte offset of entry `index`'s 128 bytes. */
export function entryOffset(layout: Layout, index: number): number {
  const per = layout.sectorSize / ENTRY_BYTES;
  return sectorOffset(layout, layout.directorySectors[Math.floor(index / per)]) + (index % per) * ENTRY_BYTES;
}

/** Byte offset of the FAT's next-pointer for `sector`. */
export function fatEntryOffset(layout: Layout, sector: number): number {
  const per = layout.sectorSize / 4;
  return sectorOffset(layout, layout.fatSectors[Math.floor(sector / per)]) + (sector % per) * 4;
}

/** Byte offset of the mini FAT's next-pointer for mini sector `mini`. */
export function miniFatEntryOffset(layout: Layout, mini: number): number {
  const per = layout.sectorSize / 4;
  return sectorOffset(layout, layout.miniFatSectors[Math.floor(mini / per)]) + (mini % per) * 4;
}

/** Streams in the mini stream (under 4 KB, not empty) and their mini chains. */
export function smallStreams(layout: Layout): Array<{ entry: EntryInfo; chain: number[] }> {
  return layout.entries
    .filter((e) => e.type === 2 && e.size > 0 && e.size < MINI_STREAM_CUTOFF)
    .map((entry) => ({ entry, chain: chainOf(layout.miniFat, entry.start) }));
}

/** The byte ranges that hold structure (header, FAT, mini FAT, directory), for targeted edits. */
export function structureRanges(layout: Layout): Array<[number, number]> {
  const ranges: Array<[number, number]> = [[0, 512]];
  for (const s of [...layout.fatSectors, ...layout.miniFatSectors, ...layout.directorySectors]) {
    ranges.push([sectorOffset(layout, s), sectorOffset(layout, s) + layout.sectorSize]);
  }
  return ranges;
}
