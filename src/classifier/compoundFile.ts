/**
 * Structural check of an OLE compound file ([MS-CFB]) before a .msg reader walks it.
 *
 * Readers such as @kenjiuno/msgreader follow sector chains, the DIFAT and the directory's sibling
 * and child links exactly as the file states them: a chain that loops back on itself, a count of
 * two billion mini-FAT sectors or a directory entry that is its own sibling makes them allocate
 * until the process dies (an out-of-memory abort no try/catch can stop). This check walks every
 * structure once, with a visited mark per sector and per directory entry, so it ends after at
 * most a few passes over the file whatever the file says, and it names the first defect it finds.
 *
 * What it guarantees for a file it accepts, read the way msgreader reads it:
 *  - every FAT, DIFAT, mini-FAT, directory, mini-stream and stream chain ends (no loop), stays
 *    inside the file, and no sector (or mini sector) belongs to two chains, so all the streams
 *    together are never larger than the file;
 *  - the directory tree reached from the root is a tree (no entry reached twice), every link is
 *    in range, storages nest at most MAX_STORAGE_DEPTH deep, and names are at most 64 bytes;
 *  - every stream's stated size fits in its chain (no read past a chain's end);
 *  - the named-property tables ([MS-OXMSG] §2.2.3) point inside their string stream and name at
 *    most as many bytes as the file holds (msgreader reads every name they point at).
 * Pure: bytes in, a result out; no Node, DOM or Office API.
 */

/** What was wrong, as a code a caller can branch on; `detail` says where, in English. */
export type CompoundFileDefect =
  | "too-short"
  | "not-compound-file"
  | "unsupported-header"
  | "fat-sector-list"
  | "count-mismatch"
  | "chain-loop"
  | "chain-out-of-range"
  | "chain-broken"
  | "sector-shared"
  | "chain-too-short"
  | "directory-link"
  | "directory-cycle"
  | "directory-entry"
  | "too-deep"
  | "stream-size"
  | "named-property-table";

export interface CompoundFileProblem {
  defect: CompoundFileDefect;
  /** E.g. "the mini-FAT chain loops back to sector 3". */
  detail: string;
}

export interface CompoundFileSummary {
  majorVersion: 3 | 4;
  sectorSize: number;
  /** Whole sectors after the header. */
  sectors: number;
  directoryEntries: number;
  /** Streams reachable from the root. */
  streams: number;
  /** Their stated sizes added up: never more than the file's length. */
  streamBytes: number;
}

export type CompoundFileCheck = { ok: true; summary: CompoundFileSummary } | { ok: false; problem: CompoundFileProblem };

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_BYTES = 512;
const HEADER_DIFAT_ENTRIES = 109;
const MAXREGSECT = 0xfffffffa;
const DIFSECT = 0xfffffffc;
const FATSECT = 0xfffffffd;
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const MINI_SECTOR_BYTES = 64;
const MINI_STREAM_CUTOFF = 4096;
const ENTRY_BYTES = 128;
const MAX_NAME_BYTES = 64;
/** Storages inside storages: an embedded message costs two levels; Outlook never comes near this. */
export const MAX_STORAGE_DEPTH = 64;

const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

const NAMEID_STORAGE = "__nameid_version1.0";
const NAMEID_ENTRY_STREAM = "__substg1.0_00030102";
const NAMEID_STRING_STREAM = "__substg1.0_00040102";

/** Thrown inside this module only; checkCompoundFile turns it into `{ ok: false }`. */
class Defect {
  constructor(readonly problem: CompoundFileProblem) {}
}

function fail(defect: CompoundFileDefect, detail: string): never {
  throw new Defect({ defect, detail });
}

function specialName(value: number): string {
  switch (value) {
    case FREESECT:
      return "a free-sector mark";
    case ENDOFCHAIN:
      return "an end-of-chain mark";
    case FATSECT:
      return "a FAT-sector mark";
    case DIFSECT:
      return "a DIFAT-sector mark";
    default:
      return `the reserved value 0x${value.toString(16)}`;
  }
}

interface Entry {
  index: number;
  type: number;
  name: string;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

interface Chain {
  /** Sector numbers in chain order. */
  sectors: number[];
}

class CompoundFile {
  private readonly view: DataView;
  readonly length: number;
  readonly majorVersion: 3 | 4;
  readonly sectorSize: number;
  /** Whole sectors after the header; sector n starts at (n + 1) × sectorSize. */
  readonly sectorCount: number;
  /** Which chain owns each sector (0: none yet). Chains are numbered from 1. */
  private readonly owner: Int32Array;
  private readonly ownerNames: string[] = [""];
  private fat = new Uint32Array(0);
  private miniFat = new Uint32Array(0);
  /** Which small stream owns each mini sector (0: none yet). */
  private miniOwner = new Int32Array(0);
  private miniStream: Chain = { sectors: [] };
  /** Mini sectors that lie inside the mini stream's stated size. */
  private miniSectorLimit = 0;
  private directory: Chain = { sectors: [] };
  entryCount = 0;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.byteLength;
    if (this.length < HEADER_BYTES) fail("too-short", `the file has ${this.length} bytes, less than the 512-byte compound-file header`);
    for (let i = 0; i < SIGNATURE.length; i++) {
      if (bytes[i] !== SIGNATURE[i]) fail("not-compound-file", "the file does not start with the compound-file signature");
    }
    if (this.u16(0x1c) !== 0xfffe) fail("unsupported-header", `byte order mark 0x${this.u16(0x1c).toString(16)} (expected 0xfffe)`);
    const major = this.u16(0x1a);
    const shift = this.u16(0x1e);
    if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) {
      fail("unsupported-header", `version ${major} with sector shift ${shift} (expected 3 with 9, or 4 with 12)`);
    }
    if (this.u16(0x20) !== 6) fail("unsupported-header", `mini sector shift ${this.u16(0x20)} (expected 6)`);
    if (this.u32(0x38) !== MINI_STREAM_CUTOFF) fail("unsupported-header", `mini stream cutoff ${this.u32(0x38)} (expected 4096)`);
    this.majorVersion = major === 3 ? 3 : 4;
    this.sectorSize = 1 << shift;
    this.sectorCount = Math.floor(this.length / this.sectorSize) - 1;
    if (this.sectorCount < 1) fail("too-short", `the file has ${this.length} bytes: no room for a single ${this.sectorSize}-byte sector after the header`);
    this.owner = new Int32Array(this.sectorCount);
  }

  u16(offset: number): number {
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    return this.view.getUint32(offset, true);
  }

  sectorOffset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  private newOwner(name: string): number {
    this.ownerNames.push(name);
    return this.ownerNames.length - 1;
  }

  /** A sector that holds a table (FAT or DIFAT): in range and nobody else's. */
  private claimTableSector(sector: number, what: string, id: number): void {
    if (sector > MAXREGSECT) fail("fat-sector-list", `${what} is ${specialName(sector)}`);
    if (sector >= this.sectorCount) fail("chain-out-of-range", `${what} is sector ${sector}, past the end of the file (${this.sectorCount} sectors)`);
    if (this.owner[sector] === id) fail("chain-loop", `${what} is sector ${sector}, which is already in that list`);
    if (this.owner[sector] !== 0) fail("sector-shared", `${what} is sector ${sector}, which also belongs to ${this.ownerNames[this.owner[sector]]}`);
    this.owner[sector] = id;
  }

  /** The FAT, gathered from the header's DIFAT and the DIFAT sector chain. */
  readFat(): void {
    const fatSectors = this.u32(0x2c);
    const firstDifat = this.u32(0x44);
    const difatSectors = this.u32(0x48);
    if (fatSectors === 0) fail("fat-sector-list", "the header lists no FAT sector");
    if (fatSectors > this.sectorCount) fail("count-mismatch", `the header claims ${fatSectors} FAT sectors; the file holds ${this.sectorCount} sectors`);
    const perDifat = this.sectorSize / 4 - 1;
    const needed = fatSectors > HEADER_DIFAT_ENTRIES ? Math.ceil((fatSectors - HEADER_DIFAT_ENTRIES) / perDifat) : 0;
    // A reader loops over the DIFAT chain as many times as the header says, even when the header
    // already lists every FAT sector: the count must be exactly what the FAT needs.
    if (difatSectors !== needed) fail("count-mismatch", `the header claims ${difatSectors} DIFAT sectors where its ${fatSectors} FAT sector(s) need ${needed}`);
    const fatId = this.newOwner("the FAT");
    const difatId = this.newOwner("the DIFAT");
    const list: number[] = [];
    for (let i = 0; i < Math.min(fatSectors, HEADER_DIFAT_ENTRIES); i++) list.push(this.u32(0x4c + i * 4));
    let difat = firstDifat;
    for (let d = 0; d < needed; d++) {
      this.claimTableSector(difat, `DIFAT sector ${d + 1}`, difatId);
      const base = this.sectorOffset(difat);
      for (let j = 0; j < perDifat && list.length < fatSectors; j++) list.push(this.u32(base + j * 4));
      difat = this.u32(base + perDifat * 4);
    }
    const perSector = this.sectorSize / 4;
    this.fat = new Uint32Array(fatSectors * perSector);
    list.forEach((sector, i) => {
      this.claimTableSector(sector, `FAT sector ${i + 1}`, fatId);
      const base = this.sectorOffset(sector);
      for (let j = 0; j < perSector; j++) this.fat[i * perSector + j] = this.u32(base + j * 4);
    });
  }

  /**
   * Follows a FAT chain from `start` to its end-of-chain mark. With `claim`, its sectors become
   * the chain's own (a sector already owned is reported); without, it is only checked to end.
   * Either way each sector is visited once, so the walk is bounded by the file's sector count.
   */
  walk(start: number, what: string, claim: boolean): Chain {
    const id = this.newOwner(what);
    const seen = claim ? this.owner : new Int32Array(this.sectorCount);
    const sectors: number[] = [];
    for (let sector = start; sector !== ENDOFCHAIN; sector = this.fat[sector]) {
      if (sector > MAXREGSECT) fail("chain-broken", `${what}: the chain holds ${specialName(sector)} after ${sectors.length} sectors`);
      if (sector >= this.sectorCount) fail("chain-out-of-range", `${what}: sector ${sector} lies past the end of the file (${this.sectorCount} sectors)`);
      if (sector >= this.fat.length) fail("chain-out-of-range", `${what}: sector ${sector} has no FAT entry`);
      if (seen[sector] === id) fail("chain-loop", `${what}: the chain loops back to sector ${sector}`);
      if (seen[sector] !== 0) fail("sector-shared", `${what}: sector ${sector} also belongs to ${this.ownerNames[seen[sector]]}`);
      seen[sector] = id;
      sectors.push(sector);
    }
    return { sectors };
  }

  readDirectory(): void {
    this.directory = this.walk(this.u32(0x30), "the directory", true);
    this.entryCount = this.directory.sectors.length * (this.sectorSize / ENTRY_BYTES);
  }

  entryOffset(index: number): number {
    const perSector = this.sectorSize / ENTRY_BYTES;
    return this.sectorOffset(this.directory.sectors[Math.floor(index / perSector)]) + (index % perSector) * ENTRY_BYTES;
  }

  entry(index: number): Entry {
    const at = this.entryOffset(index);
    const nameBytes = this.u16(at + 0x40);
    const type = this.view.getUint8(at + 0x42);
    let name = "";
    const used = type === TYPE_STORAGE || type === TYPE_STREAM || type === TYPE_ROOT;
    if (used) {
      // Readers read as many characters as this field says, from here on: past 64 bytes it is
      // no name but a hostile length (a 64 KB read per entry).
      if (nameBytes > MAX_NAME_BYTES || nameBytes % 2 !== 0)
        fail("directory-entry", `entry ${index} has a name length of ${nameBytes} bytes (at most 64, even)`);
      for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(this.u16(at + i));
    }
    const low = this.u32(at + 0x78);
    const high = this.u32(at + 0x7c);
    // Version 3 files may carry junk in the high half, which readers ignore ([MS-CFB] 2.6.3);
    // msgreader reads only the low half, so a version 4 stream of 4 GB or more can't be read.
    if (used && this.majorVersion === 4 && high !== 0) fail("stream-size", `entry ${index} claims a size of 4 GB or more`);
    return { index, type, name, left: this.u32(at + 0x44), right: this.u32(at + 0x48), child: this.u32(at + 0x4c), start: this.u32(at + 0x74), size: low };
  }

  /** Every entry's name length is checked, reached or not: a reader decodes them all. */
  checkAllNames(): void {
    for (let i = 0; i < this.entryCount; i++) this.entry(i);
  }

  /**
   * The tree under the root: every link in range, no entry reached twice (that covers loops and
   * shared branches alike), only storages and streams below the root, bounded nesting.
   */
  readTree(): { root: Entry; streams: Array<{ entry: Entry; parent: Entry }>; storages: Entry[] } {
    const root = this.entry(0);
    if (root.type !== TYPE_ROOT) fail("directory-entry", `entry 0 has type ${root.type}, not the root storage (5)`);
    const reached = new Uint8Array(this.entryCount);
    reached[0] = 1;
    const streams: Array<{ entry: Entry; parent: Entry }> = [];
    const storages: Entry[] = [root];
    const pending: Array<{ index: number; from: number; parent: Entry; depth: number }> = [];
    if (root.child !== NOSTREAM) pending.push({ index: root.child, from: 0, parent: root, depth: 1 });
    while (pending.length > 0) {
      const { index, from, parent, depth } = pending.pop() as (typeof pending)[number];
      if (index >= this.entryCount) fail("directory-link", `entry ${from} links to entry ${index}; the directory has ${this.entryCount} entries`);
      if (reached[index]) fail("directory-cycle", `entry ${index} is reached twice from the root (entry ${from} links back into the tree)`);
      reached[index] = 1;
      const entry = this.entry(index);
      if (entry.type !== TYPE_STORAGE && entry.type !== TYPE_STREAM) {
        const kind = entry.type === 0 ? "an unused entry" : entry.type === TYPE_ROOT ? "a second root" : `of unknown type ${entry.type}`;
        fail("directory-entry", `entry ${from} links to entry ${index}, which is ${kind}`);
      }
      for (const sibling of [entry.left, entry.right]) {
        if (sibling !== NOSTREAM) pending.push({ index: sibling, from: index, parent, depth });
      }
      if (entry.type === TYPE_STORAGE) {
        if (depth >= MAX_STORAGE_DEPTH) fail("too-deep", `storages nest more than ${MAX_STORAGE_DEPTH} deep (at entry ${index})`);
        storages.push(entry);
        if (entry.child !== NOSTREAM) pending.push({ index: entry.child, from: index, parent: entry, depth: depth + 1 });
      } else {
        // A stream's child link is not followed by readers; [MS-CFB] wants NOSTREAM there.
        streams.push({ entry, parent });
      }
    }
    return { root, streams, storages };
  }

  /** The mini stream (held by the root) and the mini FAT that chains its 64-byte sectors. */
  readMiniStream(root: Entry): void {
    if (root.size > this.length) fail("stream-size", `the mini stream claims ${root.size} bytes; the file has ${this.length}`);
    if (root.size > 0) {
      this.miniStream = this.walk(root.start, "the mini stream", true);
      if (this.miniStream.sectors.length * this.sectorSize < root.size) {
        fail("chain-too-short", `the mini stream claims ${root.size} bytes; its chain holds ${this.miniStream.sectors.length} sectors`);
      }
    } else if (root.start <= MAXREGSECT) {
      // msgreader walks the root's chain whatever its size: it must end even when unused.
      this.walk(root.start, "the (empty) mini stream", false);
    }
    this.miniSectorLimit = Math.ceil(root.size / MINI_SECTOR_BYTES);
    const miniFatSectors = this.u32(0x40);
    if (miniFatSectors === 0) return;
    // Walked first, so a loop is named as one; msgreader follows it as often as the header says.
    const chain = this.walk(this.u32(0x3c), "the mini FAT", true);
    if (chain.sectors.length !== miniFatSectors) {
      fail("count-mismatch", `the header claims ${miniFatSectors} mini-FAT sectors; the mini-FAT chain holds ${chain.sectors.length}`);
    }
    const perSector = this.sectorSize / 4;
    this.miniFat = new Uint32Array(chain.sectors.length * perSector);
    chain.sectors.forEach((sector, i) => {
      const base = this.sectorOffset(sector);
      for (let j = 0; j < perSector; j++) this.miniFat[i * perSector + j] = this.u32(base + j * 4);
    });
    this.miniOwner = new Int32Array(Math.min(this.miniFat.length, this.miniSectorLimit));
  }

  /** A small stream's chain of mini sectors: in the mini stream, ending, and nobody else's. */
  walkMini(entry: Entry, what: string, ownerId: number): number[] {
    const sectors: number[] = [];
    for (let mini = entry.start; mini !== ENDOFCHAIN; mini = this.miniFat[mini]) {
      if (mini > MAXREGSECT) fail("chain-broken", `${what}: the mini chain holds ${specialName(mini)} after ${sectors.length} mini sectors`);
      if (mini >= this.miniSectorLimit)
        fail("chain-out-of-range", `${what}: mini sector ${mini} lies past the end of the mini stream (${this.miniSectorLimit} mini sectors)`);
      if (mini >= this.miniFat.length) fail("chain-out-of-range", `${what}: mini sector ${mini} has no mini-FAT entry`);
      if (this.miniOwner[mini] === ownerId) fail("chain-loop", `${what}: the mini-FAT chain loops back to mini sector ${mini}`);
      if (this.miniOwner[mini] !== 0) fail("sector-shared", `${what}: mini sector ${mini} also belongs to ${this.ownerNames[this.miniOwner[mini]]}`);
      this.miniOwner[mini] = ownerId;
      sectors.push(mini);
    }
    return sectors;
  }

  /** Checks the stream's chain against its size; returns where its bytes are, for reading. */
  checkStream(entry: Entry, what: string): (from: number, count: number) => Uint8Array {
    if (entry.size > this.length) fail("stream-size", `${what} claims ${entry.size} bytes; the file has ${this.length}`);
    if (entry.size === 0) return () => new Uint8Array(0);
    if (entry.size < MINI_STREAM_CUTOFF) {
      const id = this.newOwner(what);
      const minis = this.walkMini(entry, what, id);
      if (minis.length * MINI_SECTOR_BYTES < entry.size)
        fail("chain-too-short", `${what} claims ${entry.size} bytes; its mini chain holds ${minis.length} mini sectors`);
      return (from, count) => this.gather(minis, MINI_SECTOR_BYTES, from, count, (mini) => this.miniSectorOffset(mini));
    }
    const chain = this.walk(entry.start, what, true);
    if (chain.sectors.length * this.sectorSize < entry.size)
      fail("chain-too-short", `${what} claims ${entry.size} bytes; its chain holds ${chain.sectors.length} sectors`);
    return (from, count) => this.gather(chain.sectors, this.sectorSize, from, count, (s) => this.sectorOffset(s));
  }

  private miniSectorOffset(mini: number): number {
    const byte = mini * MINI_SECTOR_BYTES;
    const sector = this.miniStream.sectors[Math.floor(byte / this.sectorSize)];
    return this.sectorOffset(sector) + (byte % this.sectorSize);
  }

  private gather(units: number[], unitSize: number, from: number, count: number, offsetOf: (unit: number) => number): Uint8Array {
    const out = new Uint8Array(count);
    for (let done = 0; done < count;) {
      const at = from + done;
      const unit = units[Math.floor(at / unitSize)];
      const within = at % unitSize;
      const n = Math.min(unitSize - within, count - done);
      const start = offsetOf(unit) + within;
      for (let i = 0; i < n; i++) out[done + i] = this.view.getUint8(start + i);
      done += n;
    }
    return out;
  }
}

function u32le(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/**
 * msgreader reads, for every string-named property in the entry stream, a length at the offset
 * the entry gives and then that many bytes: each must lie inside the string stream, and all of
 * them together within the file (else a small file makes it build gigabytes of names).
 */
function checkNamedProperties(file: CompoundFile, entryBytes: Uint8Array, strings: { size: number; read: (from: number, count: number) => Uint8Array }): void {
  const stringBytes = strings.read(0, strings.size);
  let total = 0;
  for (let at = 0; at + 8 <= entryBytes.length; at += 8) {
    const key = u32le(entryBytes, at);
    const isString = (entryBytes[at + 4] & 1) !== 0;
    if (!isString) continue;
    if (key + 4 > stringBytes.length)
      fail("named-property-table", `named property ${at / 8} points at offset ${key}, past its ${stringBytes.length}-byte string stream`);
    const length = u32le(stringBytes, key);
    if (key + 4 + length > stringBytes.length)
      fail("named-property-table", `named property ${at / 8} has a ${length}-byte name that runs past its string stream`);
    total += length;
    if (total > file.length) fail("named-property-table", "the named-property names add up to more than the file holds");
  }
}

/** Never throws; a file it accepts can be handed to msgreader without loops or runaway reads. */
export function checkCompoundFile(bytes: Uint8Array): CompoundFileCheck {
  try {
    const file = new CompoundFile(bytes);
    file.readFat();
    file.readDirectory();
    file.checkAllNames();
    const { root, streams, storages } = file.readTree();
    file.readMiniStream(root);
    let streamBytes = 0;
    const readers = new Map<number, { size: number; read: (from: number, count: number) => Uint8Array }>();
    for (const { entry } of streams) {
      readers.set(entry.index, { size: entry.size, read: file.checkStream(entry, `stream ${entry.index} ("${entry.name.slice(0, 40)}")`) });
      streamBytes += entry.size;
    }
    for (const storage of storages) {
      if (storage.name !== NAMEID_STORAGE) continue;
      const children = streams.filter((s) => s.parent === storage);
      const entries = children.find((s) => s.entry.name === NAMEID_ENTRY_STREAM);
      const strings = children.find((s) => s.entry.name === NAMEID_STRING_STREAM);
      const entryReader = entries && readers.get(entries.entry.index);
      const stringReader = strings && readers.get(strings.entry.index);
      if (entryReader && stringReader) checkNamedProperties(file, entryReader.read(0, entryReader.size), stringReader);
    }
    return {
      ok: true,
      summary: {
        majorVersion: file.majorVersion,
        sectorSize: file.sectorSize,
        sectors: file.sectorCount,
        directoryEntries: file.entryCount,
        streams: streams.length,
        streamBytes,
      },
    };
  } catch (error) {
    if (error instanceof Defect) return { ok: false, problem: error.problem };
    // Defensive only: every read above is bounds-checked by the steps before it.
    return { ok: false, problem: { defect: "chain-out-of-range", detail: `a structure points outside the file (${String(error).slice(0, 100)})` } };
  }
}

/**
 * A .msg that can't be read: the compound file failed the check above, or the reader failed on
 * it. `String(error)` is the plain detail, for the "could not read" warning.
 */
export class UnreadableMsgError extends Error {
  override readonly name = "UnreadableMsgError";
  constructor(
    readonly reason: CompoundFileDefect | "reader-failed",
    detail: string,
  ) {
    super(detail);
  }

  override toString(): string {
    return this.message;
  }
}
