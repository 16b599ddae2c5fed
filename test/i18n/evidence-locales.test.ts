/**
 * The evidence notes' and reading warnings' translations: complete, placeholder for placeholder,
 * actually translated, fetched on demand (never in the classifier bundle or the pane's first view),
 * and only ever shown for a note whose code and parameters rebuild its English.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import path from "node:path";
import { classify } from "../../src/classifier";
import { NOTE_TEMPLATES } from "../../src/classifier/notes";
import type { Evidence } from "../../src/classifier/types";
import { immediateEvidenceTexts, evidenceNote, loadEvidenceTexts, renderEvidence, warningLines } from "../../src/i18n/evidence";
import { DE_EVIDENCE } from "../../src/i18n/evidence/de";
import { EN_EVIDENCE } from "../../src/i18n/evidence/en";
import { ES_EVIDENCE } from "../../src/i18n/evidence/es";
import { FR_EVIDENCE } from "../../src/i18n/evidence/fr";
import { pseudoLocalize } from "../../src/i18n/locale";

const ROOT = path.resolve(__dirname, "../..");
const TABLES = { fr: FR_EVIDENCE, de: DE_EVIDENCE, es: ES_EVIDENCE } as const;
const CODES = Object.keys(NOTE_TEMPLATES).sort();

/**
 * Codes whose translation may equal the English: none today. A code goes here only when its
 * sentence is nothing but technical names that stay as written in every language.
 */
const SAME_AS_ENGLISH: Record<keyof typeof TABLES, readonly string[]> = { fr: [], de: [], es: [] };

const placeholders = (text: string): string[] => (text.match(/\{[A-Za-z0-9_]+\}/g) ?? []).sort();

describe.each(Object.entries(TABLES))("the %s table", (lang, table) => {
  const allowed = SAME_AS_ENGLISH[lang as keyof typeof TABLES];

  it("has a sentence for every code and no other", () => {
    expect(Object.keys(table).sort()).toEqual(CODES);
  });

  it("keeps each sentence's placeholders, none empty, none left in English", () => {
    const problems: string[] = [];
    for (const code of CODES) {
      const english = NOTE_TEMPLATES[code as keyof typeof NOTE_TEMPLATES];
      const text = (table as Record<string, string>)[code];
      if (!text || !text.trim()) problems.push(`${code}: empty`);
      else if (text !== text.trim()) problems.push(`${code}: leading or trailing space`);
      if (JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(english)))
        problems.push(`${code}: placeholders ${placeholders(text).join(" ")} vs ${placeholders(english).join(" ")}`);
      if (text === english && !allowed.includes(code)) problems.push(`${code}: same as English`);
    }
    expect(problems).toEqual([]);
  });

  it("allow-lists only sentences that really are the same as English", () => {
    for (const code of allowed) expect((table as Record<string, string>)[code]).toBe(NOTE_TEMPLATES[code as keyof typeof NOTE_TEMPLATES]);
  });

  it("keeps the reason name and the quoted server wording as written", () => {
    for (const code of CODES.filter((c) => c.startsWith("reason."))) expect((table as Record<string, string>)[code]).toMatch(/^\S+ \{reason\}\s?:/);
    expect((table as Record<string, string>)["reason.exo-relay-access-denied"]).toContain("5.4.1 Relay Access Denied");
    expect((table as Record<string, string>)["reason.exo-recipient-not-found"]).toContain("RESOLVER.ADR.RecipientNotFound");
  });
});

describe("English and the pseudo-locale", () => {
  it("English is the classifier's own table", () => {
    expect(EN_EVIDENCE).toBe(NOTE_TEMPLATES);
  });

  it("the pseudo-locale is the English transformed, placeholders untouched", async () => {
    const qps = await loadEvidenceTexts("qps");
    expect(Object.keys(qps).sort()).toEqual(CODES);
    for (const code of CODES) expect(qps[code]).toBe(pseudoLocalize(NOTE_TEMPLATES[code as keyof typeof NOTE_TEMPLATES]));
    expect(renderEvidence("layout.marker", { layout: "exo-new" }, qps)).toBe(pseudoLocalize("{layout} layout marker").replace("{layout}", "exo-new"));
  });
});

describe("fetching a language", () => {
  it("fetches each language once and then has it at hand", async () => {
    expect(await loadEvidenceTexts("fr")).toBe(FR_EVIDENCE);
    expect(immediateEvidenceTexts("fr")).toBe(FR_EVIDENCE);
    expect(await loadEvidenceTexts("de")).toBe(DE_EVIDENCE);
    expect(await loadEvidenceTexts("es")).toBe(ES_EVIDENCE);
    expect(await loadEvidenceTexts("en")).toBe(NOTE_TEMPLATES);
  });
});

describe("wording a note", () => {
  const relayDenied = (): Evidence => ({
    source: "text-body",
    text: "550 5.4.1 Relay Access Denied",
    note: "reason norelaying: Exchange Online '5.4.1 Relay Access Denied'",
    code: "reason.exo-relay-access-denied",
    params: { reason: "norelaying" },
  });

  beforeAll(() => loadEvidenceTexts("fr"));

  it("words a coded note in the language, its parameters filled", () => {
    expect(evidenceNote(relayDenied(), FR_EVIDENCE)).toBe("raison norelaying : « 5.4.1 Relay Access Denied » d'Exchange Online");
    const phrase: Evidence = {
      source: "text-body",
      text: "x",
      note: 'reason userunknown: phrase "no such user"',
      code: "reason.phrase",
      params: { reason: "userunknown", phrase: "no such user" },
    };
    expect(evidenceNote(phrase, DE_EVIDENCE)).toBe("Grund userunknown: Formulierung „no such user“");
  });

  it("falls back to the English note: while loading, for an unknown code, without a code, or when the parameters don't rebuild the note", () => {
    expect(evidenceNote(relayDenied(), undefined)).toBe(relayDenied().note);
    expect(evidenceNote({ ...relayDenied(), code: "reason.from-a-newer-classifier" }, FR_EVIDENCE)).toBe(relayDenied().note);
    expect(evidenceNote({ ...relayDenied(), code: "constructor" }, FR_EVIDENCE)).toBe(relayDenied().note);
    expect(evidenceNote({ ...relayDenied(), code: undefined }, FR_EVIDENCE)).toBe(relayDenied().note);
    expect(evidenceNote({ ...relayDenied(), params: { reason: "blocked" } }, FR_EVIDENCE)).toBe(relayDenied().note);
    expect(evidenceNote({ ...relayDenied(), note: "something else" }, FR_EVIDENCE)).toBe("something else");
  });

  it("inserts message text as it is, never re-reading it for placeholders", () => {
    const hostile: Evidence = {
      source: "text-body",
      text: "x",
      note: 'reason onhold: phrase "{reason} <img src=x onerror=alert(1)>"',
      code: "reason.phrase",
      params: { reason: "onhold", phrase: "{reason} <img src=x onerror=alert(1)>" },
    };
    expect(evidenceNote(hostile, ES_EVIDENCE)).toBe("motivo onhold: frase «{reason} <img src=x onerror=alert(1)>»");
    expect(renderEvidence("__proto__", undefined, FR_EVIDENCE)).toBeUndefined();
  });

  it("words warnings index for index, and leaves them English when the codes don't line up", () => {
    const d = {
      warnings: ['Unterminated MIME boundary "b1".', "A long text part was cut before reading."],
      warningCodes: [{ code: "warn.unterminated-boundary", params: { boundary: "b1" } }, { code: "warn.text-cut" }],
    };
    expect(warningLines(d, FR_EVIDENCE)).toEqual(["Délimiteur MIME « b1 » jamais refermé.", "Une longue partie de texte a été coupée avant la lecture."]);
    expect(warningLines({ ...d, warningCodes: d.warningCodes.slice(1) }, FR_EVIDENCE)).toEqual(d.warnings);
    expect(warningLines({ warnings: d.warnings }, FR_EVIDENCE)).toEqual(d.warnings);
    expect(warningLines(d, undefined)).toEqual(d.warnings);
  });

  it("words every note of a real bounce (none falls back)", async () => {
    const d = await classify(new Uint8Array(readFileSync(path.join(ROOT, "test", "fixtures", "exo-new-5.4.1-relay-access-denied.eml"))));
    const notes = [...d.evidence, ...d.recipients.flatMap((r) => r.evidence)];
    expect(notes.length).toBeGreaterThan(3);
    for (const e of notes) {
      const worded = evidenceNote(e, FR_EVIDENCE);
      expect(worded).toBe(renderEvidence(e.code ?? "", e.params, FR_EVIDENCE));
      expect(worded).not.toBe(e.note);
    }
  });
});

async function bundle(entryPoint: string, splitting: boolean) {
  return build({
    entryPoints: [path.join(ROOT, entryPoint)],
    bundle: true,
    splitting,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    write: false,
    metafile: true,
    outdir: path.join(ROOT, "dist-test-unused"),
    charset: "utf8",
    logLevel: "silent",
  });
}

/** A long, distinctive sentence per language, as it appears in a bundle. */
const SENTENCES = Object.values(TABLES).map((t) => t["container.inline-forward"]);

describe("the translations are fetched on demand", () => {
  it("has a sentence to look for in each language", () => {
    for (const s of SENTENCES) expect(s.length).toBeGreaterThan(60);
  });

  it("are not in the classifier bundle", async () => {
    const result = await bundle("src/classifier/index.ts", false);
    const text = result.outputFiles.map((f) => f.text).join("\n");
    expect(text).toContain(NOTE_TEMPLATES["container.inline-forward"]); // the English is
    for (const s of SENTENCES) expect(text).not.toContain(s);
  }, 30_000);

  it("are each in a chunk of their own, outside the pane's first view", async () => {
    const result = await bundle("src/taskpane/index.tsx", true);
    const outputs = result.metafile.outputs;
    const byPath = new Map(result.outputFiles.map((f) => [path.relative(ROOT, f.path), f.text]));
    const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint?.endsWith("src/taskpane/index.tsx"));
    expect(entry).toBeDefined();
    // The first view: the entry and every chunk it imports statically, transitively.
    const firstView = new Set<string>();
    const visit = (file: string): void => {
      if (firstView.has(file)) return;
      firstView.add(file);
      for (const i of outputs[file]?.imports ?? []) if (i.kind === "import-statement") visit(i.path);
    };
    visit(entry as string);
    expect(firstView.size).toBeGreaterThan(1);
    // The metafile's names and the output files' name the same files (else the check below proves nothing).
    for (const file of firstView) expect(byPath.has(file)).toBe(true);
    for (const s of SENTENCES) {
      const holders = [...byPath.entries()].filter(([, text]) => text.includes(s)).map(([p]) => p);
      expect(holders).toHaveLength(1);
      expect(firstView.has(holders[0])).toBe(false);
    }
  }, 60_000);
});
