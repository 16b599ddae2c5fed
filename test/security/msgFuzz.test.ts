/**
 * Structure-aware fuzzing of the .msg path (compound-file check, then msgreader) over the real
 * fixtures in test/fixtures/msg/: sector chains made to loop, directory links pointed back into
 * the tree or out of it, truncations, stream sizes and header fields set to hostile values, and
 * random byte edits in the header, FAT, mini FAT and directory. Every case must end with the
 * message read or a typed UnreadableMsgError, within a CPU budget relative to parsing the intact
 * fixture, in a child process whose heap is capped (see support/msgParserProcess.ts).
 */
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ENTRY,
  HEADER,
  type Layout,
  entryOffset,
  fatEntryOffset,
  miniFatEntryOffset,
  readLayout,
  setU32,
  smallStreams,
  structureRanges,
} from "../../scripts/lib/cfbLayout";
import { HOSTILE_DIR } from "../../scripts/lib/hostileMsg";
import type { ParseReply } from "./support/msgParseChild";
import { MsgParserProcess } from "./support/msgParserProcess";

jest.setTimeout(120_000);

const NAMES = ["ndr-5.4.1-relay-access-denied.msg", "forward-with-attached-ndr.msg", "ndr-5.4.1-no-transport-headers.msg"];
const FIXTURES = NAMES.map((name) => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "msg", name)));
  return { name, bytes, layout: readLayout(bytes) };
});

/** A case may cost this many times the slowest intact parse... */
const BUDGET_FACTOR = 20;
/** ...but never less than this (a GC pause or a cold code path costs a few ms on its own). */
const BUDGET_FLOOR_MS = 40;

interface Case {
  label: string;
  bytes: Uint8Array;
  /** The edit breaks the structure for certain: the file must be refused, not read. */
  mustReject: boolean;
}

let parser: MsgParserProcess;
let budgetMs = 0;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

beforeAll(async () => {
  parser = await MsgParserProcess.start();
  let slowest = 0;
  for (const f of FIXTURES) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await parser.parse(f.bytes);
      expect(r.kind).toBe("parsed");
      times.push(r.cpuMs);
    }
    // The first parses pay for loading msgreader and JIT compilation.
    slowest = Math.max(slowest, median(times.slice(2)));
  }
  budgetMs = Math.max(BUDGET_FLOOR_MS, BUDGET_FACTOR * slowest);
});

afterAll(() => parser?.stop());

/** Parses; a case over budget is run once more and judged on the cheaper run (CPU noise). */
async function parseWithinBudget(c: Case): Promise<ParseReply> {
  let reply = await parser.parse(c.bytes);
  if (reply.cpuMs > budgetMs) {
    const again = await parser.parse(c.bytes);
    if (again.cpuMs < reply.cpuMs) reply = again;
  }
  return reply;
}

async function check(c: Case): Promise<void> {
  const reply = await parseWithinBudget(c);
  const where = `${c.label} → ${JSON.stringify(reply)}`;
  if (reply.kind === "threw") throw new Error(`untyped failure: ${where}`);
  if (c.mustReject && reply.kind !== "unreadable") throw new Error(`read although broken: ${where}`);
  if (reply.cpuMs > budgetMs) throw new Error(`over the CPU budget of ${budgetMs.toFixed(1)} ms: ${where}`);
}

/** Counterexamples are reported by their label, not as 14,000 numbers. */
function named(c: Case): Case {
  return Object.assign(c, { [fc.toStringMethod]: () => c.label });
}

function edited(bytes: Uint8Array, change: (b: Uint8Array) => void): Uint8Array {
  const copy = bytes.slice();
  change(copy);
  return copy;
}

const fixture = fc.nat({ max: FIXTURES.length - 1 }).map((i) => FIXTURES[i]);

/** Chains a reader follows: FAT chains (directory, mini stream, mini FAT) and mini-FAT chains. */
function chainsOf(layout: Layout): Array<{ what: string; chain: number[]; mini: boolean }> {
  return [
    { what: "directory", chain: layout.directorySectors, mini: false },
    { what: "mini stream", chain: layout.miniStreamSectors, mini: false },
    { what: "mini FAT", chain: layout.miniFatSectors, mini: false },
    ...smallStreams(layout).map((s) => ({ what: `stream ${s.entry.name}`, chain: s.chain, mini: true })),
  ].filter((c) => c.chain.length > 0);
}

const chainLoops: fc.Arbitrary<Case> = fc.tuple(fixture, fc.nat(), fc.nat(), fc.nat()).map(([f, pick, i, j]) => {
  const chains = chainsOf(f.layout);
  const { what, chain, mini } = chains[pick % chains.length];
  const from = i % chain.length;
  const to = j % (from + 1);
  const offset = mini ? miniFatEntryOffset(f.layout, chain[from]) : fatEntryOffset(f.layout, chain[from]);
  return {
    label: `${f.name}: ${what} chain, link ${from} → ${to}`,
    bytes: edited(f.bytes, (b) => setU32(b, offset, chain[to])),
    mustReject: true,
  };
});

/** The storages above an entry, nearest first, up to the root (0). */
function ancestors(layout: Layout, index: number): number[] {
  const out: number[] = [];
  for (let e = layout.entries.find((x) => x.index === index); e && e.parent >= 0; e = layout.entries.find((x) => x.index === e?.parent)) out.push(e.parent);
  return out;
}

const directoryLinks: fc.Arbitrary<Case> = fc
  .tuple(
    fixture,
    fc.nat(),
    fc.constantFrom("left", "right", "child") as fc.Arbitrary<"left" | "right" | "child">,
    fc.nat(),
    fc.oneof(fc.constant(-1), fc.nat()),
  )
  .map(([f, pick, field, choice, raw]) => {
    const entries = f.layout.entries.slice(1);
    const entry = entries[pick % entries.length];
    const up = ancestors(f.layout, entry.index);
    const special = [entry.index, ...up, f.layout.entryCount, f.layout.entryCount + 7, 0x7fffffff, 0xfffffffe];
    const target = raw === -1 ? special[choice % special.length] : raw % (f.layout.entryCount + 4);
    // A stream's child link is not followed; every other link to itself or an ancestor closes a loop.
    const followed = field !== "child" || entry.type === 1;
    const loops = target === entry.index || up.includes(target);
    return {
      label: `${f.name}: entry ${entry.index} (${entry.name}) ${field} → ${target}`,
      bytes: edited(f.bytes, (b) => setU32(b, entryOffset(f.layout, entry.index) + ENTRY[field], target)),
      mustReject: followed && loops,
    };
  });

const truncations: fc.Arbitrary<Case> = fc.tuple(fixture, fc.nat(), fc.boolean(), fc.integer({ min: -3, max: 3 })).map(([f, at, onBoundary, nudge]) => {
  const sectors = Math.floor(f.bytes.length / f.layout.sectorSize);
  const cut = onBoundary ? Math.max(0, (at % sectors) * f.layout.sectorSize + nudge) : at % f.bytes.length;
  return { label: `${f.name}: cut at ${cut} of ${f.bytes.length}`, bytes: f.bytes.slice(0, cut), mustReject: cut < 1024 };
});

const byteValue = fc.oneof(fc.constantFrom(0x00, 0xff, 0xfe, 0x01, 0x80, 0x7f), fc.nat({ max: 255 }));

const structureEdits: fc.Arbitrary<Case> = fc
  .tuple(fixture, fc.array(fc.tuple(fc.nat(), fc.nat(), byteValue), { minLength: 1, maxLength: 8 }))
  .map(([f, edits]) => {
    const ranges = structureRanges(f.layout);
    const places = edits.map(([r, o, v]) => {
      const [start, end] = ranges[r % ranges.length];
      return [start + (o % (end - start)), v] as const;
    });
    return {
      label: `${f.name}: structure bytes ${places.map(([at, v]) => `${at}=0x${v.toString(16)}`).join(", ")}`,
      bytes: edited(f.bytes, (b) => places.forEach(([at, v]) => (b[at] = v))),
      mustReject: false,
    };
  });

const firstBytesEdits: fc.Arbitrary<Case> = fc
  .tuple(fixture, fc.array(fc.tuple(fc.nat({ max: 3071 }), byteValue), { minLength: 1, maxLength: 6 }))
  .map(([f, edits]) => ({
    label: `${f.name}: bytes ${edits.map(([at, v]) => `${at}=0x${v.toString(16)}`).join(", ")}`,
    bytes: edited(f.bytes, (b) => edits.forEach(([at, v]) => (b[at] = v))),
    mustReject: false,
  }));

const u32Value = (length: number): fc.Arbitrary<number> =>
  fc.oneof(fc.constantFrom(0, 1, 63, 64, 4095, 4096, 0x7fffffff, 0x80000000, 0xfffffffa, 0xfffffffe, 0xffffffff, length, length + 1), fc.nat());

const sizeEdits: fc.Arbitrary<Case> = fixture.chain((f) =>
  fc.tuple(fc.nat(), u32Value(f.bytes.length)).map(([pick, size]) => {
    const entries = f.layout.entries.filter((e) => e.type === 2 || e.type === 5);
    const entry = entries[pick % entries.length];
    return {
      label: `${f.name}: entry ${entry.index} (${entry.name}) size ${size}`,
      bytes: edited(f.bytes, (b) => setU32(b, entryOffset(f.layout, entry.index) + ENTRY.size, size)),
      mustReject: size > f.bytes.length,
    };
  }),
);

const HEADER_FIELDS = ["fatSectors", "firstDirectorySector", "firstMiniFatSector", "miniFatSectors", "firstDifatSector", "difatSectors", "difat"] as const;

const headerEdits: fc.Arbitrary<Case> = fixture.chain((f) =>
  fc.tuple(fc.constantFrom(...HEADER_FIELDS), u32Value(f.layout.entryCount)).map(([field, value]) => ({
    label: `${f.name}: header ${field} = ${value}`,
    bytes: edited(f.bytes, (b) => setU32(b, HEADER[field], value)),
    mustReject: false,
  })),
);

const property = (arb: fc.Arbitrary<Case>) => fc.asyncProperty(arb.map(named), check);
// endOnFailure: a case that hangs or kills the parser is reported as it is, not shrunk.
const options = (numRuns: number): fc.Parameters<[Case]> => ({ numRuns, endOnFailure: true });

test("the CPU budget is set from a real parse of each intact fixture", () => {
  expect(budgetMs).toBeGreaterThanOrEqual(BUDGET_FLOOR_MS);
  expect(budgetMs).toBeLessThan(2000);
});

test("sector and mini-sector chains made to loop are refused, in budget", async () => {
  await fc.assert(property(chainLoops), options(60));
});

test("directory links pointed at themselves, their ancestors, the root or out of range: refused or read, in budget", async () => {
  await fc.assert(property(directoryLinks), options(80));
});

test("files truncated anywhere, on and off sector boundaries: refused or read, in budget", async () => {
  await fc.assert(property(truncations), options(40));
});

test("hostile stream sizes and header counts: refused or read, in budget", async () => {
  await fc.assert(property(sizeEdits), options(40));
  await fc.assert(property(headerEdits), options(40));
});

test("random byte edits in the header, FAT, mini FAT and directory: refused or read, in budget", async () => {
  await fc.assert(property(structureEdits), options(120));
});

test("random byte edits in the first 3 KB: refused or read, in budget", async () => {
  await fc.assert(property(firstBytesEdits), options(100));
});

test("without the check, msgreader really does run away on msg-minifat-loop.msg (the fixture stays hostile)", () => {
  // Raw msgreader in a process with a 32 MB heap: it collects the looping chain until V8 gives up.
  const code = `const R = require(${JSON.stringify(require.resolve("@kenjiuno/msgreader"))}).default;
const b = require("node:fs").readFileSync(${JSON.stringify(join(HOSTILE_DIR, "msg-minifat-loop.msg"))});
new R(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)).getFileData();
process.stdout.write("returned");`;
  const run = spawnSync(process.execPath, ["--max-old-space-size=32", "-e", code], { encoding: "utf8", timeout: 60_000 });
  expect(run.stdout).not.toContain("returned");
  expect(run.stderr).toMatch(/heap out of memory|Allocation failed/i);
});
