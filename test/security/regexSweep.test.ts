/**
 * No regular expression in src/ may be super-linear. Every literal and every `new RegExp(…)` in
 * src/ (found with the TypeScript parser, support/regexInventory.ts) is run over adversarial
 * inputs built from the pattern itself and from generic runs (support/regexAttack.ts): doubling
 * the input may cost at most MAX_RATIO times the CPU time (support/regexCost.ts; CPU time of this
 * process, minimum of repeated runs, never wall-clock).
 *
 * ALLOWED lists what the sweep can't run meaningfully, each with its reason. KNOWN_OFFENDERS
 * lists super-linear patterns in areas other people are rewriting now: they stay listed until
 * their fix lands, and the test fails if a listed one is gone or has become linear, so the list
 * only ever shrinks.
 */
import { join } from "node:path";
import { attackFamilies } from "./support/regexAttack";
import { growth, MAX_RATIO, runner, type Growth } from "./support/regexCost";
import { type FoundRegex, findRegexes } from "./support/regexInventory";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");

interface Allowed {
  file: string;
  /** The expression as written (FoundRegex.text). */
  text: string;
  reason: string;
}

const ALLOWED: Allowed[] = [
  {
    file: "src/taskpane/common/bidiText.ts",
    text: String.raw`/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u`,
    reason: "one character class, no quantifier or alternation: one test per position, nothing to pump",
  },
];

interface KnownOffender {
  file: string;
  /** The pattern's source, as in the file. */
  pattern: string;
  /** Ratio measured when it was listed (doubling the input multiplied the CPU time by this). */
  ratio: number;
  note: string;
}

// Empty since issue 10 fixed the last two (classify.ts's 'Original Message' line, isSeparator's trim).
const KNOWN_OFFENDERS: KnownOffender[] = [];

interface Verdict {
  key: string;
  sites: FoundRegex[];
  family?: string;
  growth?: Growth;
  error?: string;
  familiesRun: number;
}

const keyOf = (source: string, flags: string): string => `/${source}/${flags.replace(/[gy]/g, "")}`;
const site = (r: FoundRegex): string => `${r.file}:${r.line} ${r.text}`;
const isAllowed = (r: FoundRegex): Allowed | undefined => ALLOWED.find((a) => a.file === r.file && a.text === r.text);
const knownFor = (r: FoundRegex): KnownOffender | undefined => KNOWN_OFFENDERS.find((k) => k.file === r.file && k.pattern === r.source);

let found: FoundRegex[] = [];
let verdicts: Verdict[] = [];

function sweep(source: string, flags: string): Omit<Verdict, "key" | "sites"> {
  let run: (input: string) => void;
  try {
    run = runner(source, flags);
  } catch (error) {
    return { error: `does not compile: ${String(error)}`, familiesRun: 0 };
  }
  const attack = attackFamilies(source, flags);
  let worst: { family: string; growth: Growth } | undefined;
  let familiesRun = 0;
  for (const family of attack.families) {
    familiesRun++;
    const g = growth(run, family.make, attack.nested);
    if (g.ratio !== undefined && (!worst || g.ratio > (worst.growth.ratio ?? 0))) worst = { family: family.name, growth: g };
    // One input family that blows up is enough to call the pattern super-linear.
    if (g.ratio !== undefined && g.ratio > MAX_RATIO) break;
  }
  return { family: worst?.family, growth: worst?.growth, familiesRun, ...(attack.parsed ? {} : { error: "the sweep could not parse this pattern" }) };
}

beforeAll(() => {
  found = findRegexes(ROOT);
  const groups = new Map<string, FoundRegex[]>();
  for (const r of found) {
    if (r.source === undefined || isAllowed(r)) continue;
    const key = keyOf(r.source, r.flags);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  verdicts = [...groups].map(([key, sites]) => ({ key, sites, ...sweep(sites[0].source as string, sites[0].flags) }));
});

const superLinear = (v: Verdict): boolean => (v.growth?.ratio ?? 0) > MAX_RATIO;

function describeVerdict(v: Verdict, r: FoundRegex): string {
  const g = v.growth;
  return `${site(r)} — ${v.family}: ${g?.smallMs.toFixed(2)} ms at ${g?.chars} chars, ×${g?.ratio?.toFixed(2)} at twice that`;
}

test("every regular expression in src/ is found, and each is swept or allowed with a reason", () => {
  expect(found.length).toBeGreaterThan(150);
  const unresolved = found.filter((r) => r.source === undefined && !isAllowed(r)).map(site);
  expect(unresolved).toEqual([]);
  for (const a of ALLOWED) {
    expect({ allowed: a.text, stillThere: found.some((r) => r.file === a.file && r.text === a.text) }).toEqual({ allowed: a.text, stillThere: true });
    expect(a.reason.length).toBeGreaterThan(10);
  }
  const unparsed = verdicts.filter((v) => v.error).map((v) => `${v.key}: ${v.error}`);
  expect(unparsed).toEqual([]);
  // The inputs are real work, not a formality: every pattern met at least one family.
  expect(verdicts.filter((v) => v.familiesRun === 0).map((v) => v.key)).toEqual([]);
});

test("no super-linear pattern outside the known-offender list", () => {
  const offenders = verdicts.filter(superLinear).flatMap((v) => v.sites.filter((r) => !knownFor(r)).map((r) => describeVerdict(v, r)));
  expect(offenders).toEqual([]);
});

test("every known offender is still in src/ and still super-linear (remove it from the list when its fix lands)", () => {
  const stale = KNOWN_OFFENDERS.filter((k) => {
    const sites = found.filter((r) => r.file === k.file && r.source === k.pattern);
    if (sites.length === 0) return true;
    return !sites.some((r) => verdicts.some((v) => v.sites.includes(r) && superLinear(v)));
  }).map((k) => `${k.file}: /${k.pattern}/`);
  expect(stale).toEqual([]);
  // Only areas being rewritten by others may have entries: the rest is fixed, not listed.
  expect(KNOWN_OFFENDERS.filter((k) => !/^src\/(classifier|cli|taskpane)\//.test(k.file))).toEqual([]);
});

describe("the sweep finds what it must (planted patterns)", () => {
  // Rows have three entries: a missing one would make jest pass its done() callback as `flags`.
  const verdictOf = (source: string, flags: string): boolean => superLinear({ key: "", sites: [], ...sweep(source, flags) });

  it.each([
    ["trailing whitespace", String.raw`\s+$`, ""],
    ["nested repetition", "(a+)+b", ""],
    ["overlapping alternatives", "^(a|aa)+$", ""],
    ["the issue's 'Original Message' line", String.raw`^[ \t]*(?:-{2,}[ \t]*)?Original Message:?[ \t]*(?:-{2,})?[ \t]*$`, "im"],
  ])("%s is super-linear", (_name, source, flags) => {
    expect(verdictOf(source, flags)).toBe(true);
  });

  it.each([
    ["leading whitespace", String.raw`^\s+`, ""],
    ["a run of separators anywhere", String.raw`[-\s:]+`, "g"],
    ["the same trailing run, bounded", "={1,2}$", ""],
  ])("%s is linear", (_name, source, flags) => {
    expect(verdictOf(source, flags)).toBe(false);
  });
});
