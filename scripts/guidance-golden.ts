/**
 * Golden record of what the guidance matcher selects, to prove that a change to the matcher
 * (an index, a faster text search) changes nothing it chooses.
 *
 *   npx tsx scripts/guidance-golden.ts record [FILE] [CORPUS_DIR]   writes the facts and choices
 *   npx tsx scripts/guidance-golden.ts compare [FILE] [CORPUS_DIR]  replays them, lists differences
 *
 * FILE defaults to /tmp/guidance-golden-before.json. It derives from the corpus, so it stays out of
 * the repository. The facts themselves are stored, not just the inputs that produced them: the
 * engine that turns a message into facts changes independently, and the comparison must be about
 * the matcher only. `compare` also re-collects the cases and says how many are new (not comparable).
 *
 * Cases: (a) every selectGuidance call made by test/classifier/guidance*.test.ts, run under a tiny
 * stand-in for jest's globals; (b) every call the real engine makes for the corpus messages, plus
 * facts built from each Diagnosis recipient; (c) every row's documented texts and hint phrases with
 * and without its codes, in the reply and in the body, with and without a Microsoft host; (d) a
 * seeded mix of table phrases and codes, to exercise tie-breaks between rows.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { join, resolve } from "node:path";
import { filesUnder } from "./lib/filesUnder";

interface Facts {
  status?: unknown;
  reply?: unknown;
  diagnostic?: unknown;
  remoteMta?: unknown;
  reportingMta?: unknown;
  bodyText?: unknown;
}
interface Result {
  id: string;
  confidence: string;
  matched: string;
}
interface Case {
  source: string;
  facts: Facts;
  result: Result;
}
interface Match {
  entry: { id: string };
  confidence: string;
  matched: string;
}
type Select = (facts: Facts) => Match;

const ROOT = resolve(__dirname, "..");
const GUIDANCE_INDEX = join(ROOT, "src", "classifier", "guidance", "index.ts");

// Every call to selectGuidance, from the tests and from the engine, is recorded here. The hook
// wraps the module object that `require` hands out, so the callers need no change.
let currentSource = "";
const cases = new Map<string, Case>();

function keyOf(facts: Facts): string {
  return createHash("sha1")
    .update(JSON.stringify(facts ?? null))
    .digest("hex");
}

function record(source: string, facts: Facts, m: Match): void {
  const key = keyOf(facts);
  if (cases.has(key)) return;
  // Facts are copied as plain JSON: that is also what the replay will see.
  const plain = JSON.parse(JSON.stringify(facts ?? null)) as Facts;
  cases.set(key, { source, facts: plain, result: { id: m.entry.id, confidence: m.confidence, matched: m.matched } });
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader; _resolveFilename: (request: string, parent: unknown) => string };
const originalLoad = moduleInternals._load;
let wrapped: Record<string, unknown> | undefined;
moduleInternals._load = function (request: string, parent: unknown, isMain: boolean): unknown {
  const loaded = originalLoad.call(this, request, parent, isMain);
  let file = "";
  try {
    file = moduleInternals._resolveFilename(request, parent);
  } catch {
    return loaded;
  }
  if (file !== GUIDANCE_INDEX) return loaded;
  if (!wrapped) {
    const real = loaded as Record<string, unknown> & { selectGuidance: Select };
    const select: Select = (facts) => {
      const m = real.selectGuidance(facts);
      record(currentSource, facts, m);
      return m;
    };
    wrapped = { ...real, selectGuidance: select };
  }
  return wrapped;
};

// Loaded after the hook on purpose (require, not import: imports would be hoisted above it).
/* eslint-disable @typescript-eslint/no-require-imports */
const guidance = require(GUIDANCE_INDEX) as { selectGuidance: Select };
const { TABLE_ROWS } = require(join(ROOT, "src", "classifier", "guidance", "table.ts")) as typeof import("../src/classifier/guidance/table");
const { classify } = require(join(ROOT, "src", "classifier", "index.ts")) as typeof import("../src/classifier");
/* eslint-enable @typescript-eslint/no-require-imports */

function pick(source: string, facts: Facts): void {
  currentSource = source;
  guidance.selectGuidance(facts);
}

// ---- (a) the guidance tests, under a stand-in for jest's globals -------------------------------

/** Accepts any matcher chain (`expect(x).not.toBe(y)`) and checks nothing: only the calls matter. */
function anyMatcher(): unknown {
  const fn = (): unknown => proxy;
  const proxy: unknown = new Proxy(fn, { get: () => proxy, apply: () => proxy });
  return proxy;
}

async function runTests(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const pending: Promise<unknown>[] = [];
  const runBody = (fn: unknown, args: unknown[]): void => {
    if (typeof fn !== "function") return;
    try {
      const r: unknown = fn(...args);
      if (r instanceof Promise) pending.push(r.catch(() => undefined));
    } catch {
      // A stand-in `expect` can't fail, but a test body may still throw on its own checks.
    }
  };
  const each =
    (table: unknown[]) =>
    (_name: string, fn: unknown): void => {
      for (const row of table) runBody(fn, Array.isArray(row) ? row : [row]);
    };
  const it = Object.assign((_name: string, fn: unknown) => runBody(fn, []), {
    each,
    skip: () => undefined,
    only: (_n: string, fn: unknown) => runBody(fn, []),
  });
  const describe = Object.assign((_name: string, fn: () => void) => fn(), {
    each: (t: unknown[]) => (_n: string, fn: (...a: unknown[]) => void) => t.forEach((r) => fn(...(Array.isArray(r) ? r : [r]))),
  });
  Object.assign(g, {
    describe,
    it,
    test: it,
    expect: anyMatcher(),
    beforeAll: (f: () => void) => f(),
    beforeEach: () => undefined,
    afterAll: () => undefined,
    afterEach: () => undefined,
  });
  const dir = join(ROOT, "test", "classifier");
  for (const name of readdirSync(dir).sort()) {
    if (!/^guidance.*\.test\.ts$/.test(name)) continue;
    currentSource = `test:${name}`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(join(dir, name));
  }
  await Promise.all(pending);
}

// ---- (b) the engine over the corpus ---------------------------------------------------------------

async function runCorpus(corpus: string): Promise<number> {
  const files = [
    ...filesUnder(join(corpus, "set-of-emails", "maildir"), (n) => n.endsWith(".eml")).map((f) => ({
      f,
      input: new Uint8Array(readFileSync(f)) as Uint8Array | string,
    })),
    ...filesUnder(join(corpus, "crisp", "fixtures"), (n) => n.endsWith(".txt")).map((f) => ({ f, input: readFileSync(f, "utf8") as Uint8Array | string })),
  ];
  for (const { f, input } of files) {
    const source = `corpus:${f.slice(corpus.length + 1)}`;
    currentSource = source;
    const d = await classify(input);
    for (const r of d.recipients) {
      pick(`${source}#diagnosis`, { status: r.status, reply: r.reply, diagnostic: r.diagnostic, remoteMta: r.remoteMta, reportingMta: d.reportingMta });
    }
  }
  return files.length;
}

// ---- (c) every row's texts, (d) a seeded mix ------------------------------------------------------

/** Concrete codes a pattern stands for: exact, both ends and the middle of a range, a wildcard's instance. */
function instances(pattern: string): string[] {
  const parts = pattern.split(".").map((p) => {
    if (p === "x" || p === "*") return ["0", "99"];
    const [lo, hi] = p.split("-");
    if (hi === undefined) return [lo];
    return [lo, hi, String(Math.floor((Number(lo) + Number(hi)) / 2))];
  });
  const out: string[] = [];
  for (const a of parts[0] ?? []) for (const b of parts[1] ?? []) for (const c of parts[2] ?? []) out.push(`${a}.${b}.${c}`);
  return out;
}

const MS_HOST = "dns;contoso-com.mail.protection.outlook.com";
const OTHER_HOST = "dns;mx.example.org";

function rowTexts(row: (typeof TABLE_ROWS)[number]): string[] {
  const m = row.match ?? {};
  return [...(row.ndrTexts ?? []), ...(m.phrases ?? []), ...(m.weakPhrases ?? []), ...(m.unless ?? [])];
}

function runTable(): void {
  const allCodes = new Set<string>(["", "5.0.0", "4.0.0", "2.0.0", "5.9.9"]);
  for (const row of TABLE_ROWS) for (const p of row.codes) for (const c of instances(p)) allCodes.add(c);
  for (const row of TABLE_ROWS) {
    const codes = ["", ...row.codes.flatMap(instances)];
    for (const status of codes) {
      pick(`table:${row.id}:code-only`, { status, reply: "", diagnostic: "" });
      for (const text of rowTexts(row)) {
        const reply = status ? `${status[0]}50` : "";
        for (const remoteMta of [undefined, MS_HOST, OTHER_HOST]) {
          pick(`table:${row.id}`, { status, reply, diagnostic: text, remoteMta });
          pick(`table:${row.id}`, { status, reply, diagnostic: `${reply} ${status} ${text}`.trim(), remoteMta });
          pick(`table:${row.id}:body`, { status, reply, diagnostic: "", bodyText: `Your message couldn't be delivered.\n${text.toUpperCase()}\n`, remoteMta });
        }
      }
    }
  }
  // (d) Deterministic pseudo-random mixes: two phrases from different rows, a code from a third.
  const texts = TABLE_ROWS.flatMap(rowTexts);
  const codes = [...allCodes];
  let seed = 20240514;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let i = 0; i < 20_000; i++) {
    const status = codes[next(codes.length)];
    const a = texts[next(texts.length)];
    const b = texts[next(texts.length)];
    const host = [undefined, MS_HOST, OTHER_HOST][next(3)];
    const where = next(4);
    const diagnostic = where === 0 ? "" : where === 1 ? `550 ${status} ${a}` : `${a}; ${b}`;
    const bodyText = where === 0 || where === 3 ? `Delivery has failed. ${b}\r\n${a.toLowerCase()}` : undefined;
    pick("mix", {
      status: next(3) === 0 ? "" : status,
      reply: next(2) === 0 ? "" : "550",
      diagnostic,
      bodyText,
      remoteMta: host,
      reportingMta: next(4) === 0 ? "dns;AM7PR02MB5846.eurprd02.prod.outlook.com" : undefined,
    });
  }
}

// ---- record / compare -----------------------------------------------------------------------------

async function collect(corpus: string): Promise<number> {
  await runTests();
  const messages = await runCorpus(corpus);
  runTable();
  return messages;
}

function same(a: Result, b: Result): boolean {
  return a.id === b.id && a.confidence === b.confidence && a.matched === b.matched;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const file = process.argv[3] ?? "/tmp/guidance-golden-before.json";
  const corpus = resolve(process.argv[4] ?? join(ROOT, "..", "shared", "corpus"));
  if (mode !== "record" && mode !== "compare") {
    console.error("usage: tsx scripts/guidance-golden.ts record|compare [FILE] [CORPUS_DIR]");
    process.exitCode = 2;
    return;
  }
  if (mode === "record") {
    const messages = await collect(corpus);
    const list = [...cases.values()];
    writeFileSync(file, JSON.stringify(list));
    const bySource = new Map<string, number>();
    for (const c of list) bySource.set(c.source.split(":")[0], (bySource.get(c.source.split(":")[0]) ?? 0) + 1);
    console.log(`recorded ${list.length} distinct cases (${messages} corpus messages) → ${file}`);
    console.log([...bySource].map(([s, n]) => `  ${s}: ${n}`).join("\n"));
    return;
  }

  const golden = JSON.parse(readFileSync(file, "utf8")) as Case[];
  const diffs: string[] = [];
  for (const c of golden) {
    const m = guidance.selectGuidance(c.facts);
    const now = { id: m.entry.id, confidence: m.confidence, matched: m.matched };
    if (!same(now, c.result))
      diffs.push(`${c.source}: ${JSON.stringify(c.facts).slice(0, 300)}\n    before ${JSON.stringify(c.result)}\n    after  ${JSON.stringify(now)}`);
  }
  // The replay above used the stored facts; the collection below shows whether the current tests
  // and engine ask things the golden file never saw (those can't be compared).
  cases.clear();
  await collect(corpus);
  const known = new Set(golden.map((c) => keyOf(c.facts)));
  const fresh = [...cases].filter(([k]) => !known.has(k));
  const freshBy = new Map<string, number>();
  for (const [, c] of fresh) {
    const where = c.source.split("#")[0];
    freshBy.set(where, (freshBy.get(where) ?? 0) + 1);
  }
  console.log(`replayed ${golden.length} cases: ${diffs.length} differences`);
  console.log(`re-collected ${cases.size} cases, ${fresh.length} not in the golden file (random property inputs, changed engine facts or new tests):`);
  for (const [s, n] of freshBy) console.log(`  ${s}: ${n}`);
  for (const d of diffs.slice(0, 50)) console.log(d);
  if (diffs.length > 0) process.exitCode = 1;
}

void main();
