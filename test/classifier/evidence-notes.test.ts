/**
 * Every evidence note and reading warning the engine writes has a stable code whose English
 * template, filled with the evidence's parameters, is exactly the note (src/classifier/notes.ts).
 * Checked on every fixture and corpus message, on inputs built to hit the rarer warnings, and on
 * the engine's source: no English sentence is written outside the template table.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { filesUnder } from "../../scripts/lib/filesUnder";
import { classify } from "../../src/classifier";
import { NOTE_TEMPLATES, type NoteCode, evidenceOf, fillNote, noteText, warn } from "../../src/classifier/notes";
import { decideReason } from "../../src/classifier/reason";
import type { Diagnosis, Evidence } from "../../src/classifier/types";
import { FIXTURES } from "./fixtureLoader";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const CORPUS = join(ROOT, "..", "shared", "corpus");
const ENGINE = join(ROOT, "src", "classifier");

const isCode = (code: string | undefined): code is NoteCode => code !== undefined && Object.hasOwn(NOTE_TEMPLATES, code);

function allEvidence(d: Diagnosis): Evidence[] {
  return [...d.evidence, ...d.recipients.flatMap((r) => r.evidence)];
}

/** Problems with one diagnosis's notes and warnings, as readable lines (empty when all is well). */
function noteProblems(d: Diagnosis): string[] {
  const problems: string[] = [];
  for (const e of allEvidence(d)) {
    if (!isCode(e.code)) problems.push(`note without a known code: ${JSON.stringify(e.note)} (${String(e.code)})`);
    else if (noteText(e.code, e.params) !== e.note)
      problems.push(`${e.code} renders ${JSON.stringify(noteText(e.code, e.params))}, note is ${JSON.stringify(e.note)}`);
  }
  const codes = d.warningCodes ?? [];
  if (codes.length !== d.warnings.length) problems.push(`${d.warnings.length} warnings but ${codes.length} codes`);
  d.warnings.forEach((w, i) => {
    const ref = codes[i];
    if (!ref || !isCode(ref.code) || !ref.code.startsWith("warn.")) problems.push(`warning without a warning code: ${JSON.stringify(w)}`);
    else if (noteText(ref.code, ref.params) !== w)
      problems.push(`${ref.code} renders ${JSON.stringify(noteText(ref.code, ref.params))}, warning is ${JSON.stringify(w)}`);
  });
  return problems;
}

const seen = new Set<string>();
function record(d: Diagnosis): void {
  for (const e of allEvidence(d)) if (e.code) seen.add(e.code);
  for (const w of d.warningCodes ?? []) seen.add(w.code);
}

afterAll(() => {
  // EVIDENCE_CODES_REPORT=1 lists the codes no message here reaches (the reason rules above cover most).
  if (process.env.EVIDENCE_CODES_REPORT)
    console.log(
      `codes met by messages: ${seen.size} of ${Object.keys(NOTE_TEMPLATES).length}; never met: ${Object.keys(NOTE_TEMPLATES)
        .filter((c) => !seen.has(c))
        .join(", ")}`,
    );
});

describe("every note the engine writes comes from its code's template", () => {
  const fixtures = filesUnder(FIXTURES, (n) => /\.(eml|msg)$/i.test(n));
  const corpusEml = filesUnder(join(CORPUS, "set-of-emails", "maildir"), (n) => n.endsWith(".eml"));
  const corpusText = filesUnder(join(CORPUS, "crisp", "fixtures"), (n) => n.endsWith(".txt"));

  it("on every fixture and corpus message", async () => {
    const problems: string[] = [];
    for (const file of [...fixtures, ...corpusEml]) {
      const d = await classify(new Uint8Array(readFileSync(file)));
      record(d);
      problems.push(...noteProblems(d).map((p) => `${relative(ROOT, file)}: ${p}`));
    }
    // The crisp fixtures are pasted text bodies: the pasted-text path.
    for (const file of corpusText) {
      const d = await classify(readFileSync(file, "utf8"));
      record(d);
      problems.push(...noteProblems(d).map((p) => `${relative(ROOT, file)}: ${p}`));
    }
    expect(problems).toEqual([]);
    // The scan is real: fixtures are always there; without the corpus, say so.
    expect(fixtures.length).toBeGreaterThan(20);
    if (!corpusEml.length) console.warn(`evidence notes: ${CORPUS} not found; only the fixtures were read.`);
    else expect(seen.size).toBeGreaterThan(45);
  });

  it("on inputs built to meet the rarer warnings", async () => {
    const deep = (n: number): string => {
      let body = "inner\n";
      for (let i = n; i > 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
      return `Subject: deep\n${body}`;
    };
    const manyParts = `Subject: many\nContent-Type: multipart/mixed; boundary="x"\n\n${"--x\nContent-Type: text/plain\n\nhi\n".repeat(450)}--x--\n`;
    const inputs: Array<[string, Parameters<typeof classify>[0], NoteCode]> = [
      ["nothing", undefined as unknown as string, "warn.nothing-to-read"],
      ["deep nesting", deep(20), "warn.too-deep"],
      ["too many parts", manyParts, "warn.too-many-parts"],
      ["no boundary", "Subject: x\nContent-Type: multipart/mixed\n\nbody\n", "warn.no-boundary"],
      ["boundary never written", 'Subject: x\nContent-Type: multipart/mixed; boundary="zz"\n\nbody\n', "warn.boundary-not-found"],
      ["a .msg that isn't one", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), "warn.msg-unreadable"],
    ];
    for (const [name, input, code] of inputs) {
      const d = await classify(input);
      record(d);
      expect({ name, problems: noteProblems(d) }).toEqual({ name, problems: [] });
      expect({ name, codes: (d.warningCodes ?? []).map((w) => w.code) }).toEqual({ name, codes: expect.arrayContaining([code]) });
    }
  });

  it("keeps the warnings of a forward aligned with those of the bounce attached to it", async () => {
    const inner = readFileSync(join(FIXTURES, "exo-new-5.4.1-relay-access-denied.eml"), "latin1");
    const outer = `From: ann@example.com\nSubject: Fw: look\nContent-Type: multipart/mixed; boundary="outer"\n\n--outer\nContent-Type: text/plain\n\nsee attached\n--outer\nContent-Type: message/rfc822\n\n${inner}\n--outer\nContent-Type: multipart/mixed\n\nno boundary here\n`;
    const d = await classify(outer);
    expect(d.container).toBe("attachment");
    expect(d.warnings.length).toBeGreaterThan(0);
    expect(noteProblems(d)).toEqual([]);
  });
});

describe("the reason rules' notes", () => {
  const note = (facts: Partial<Parameters<typeof decideReason>[0]>): string => {
    const r = decideReason({ status: "", reply: "", diagnostic: "", action: "failed", hosts: [], ...facts });
    return noteText(r.rule, { reason: r.reason, ...r.params });
  };

  it("say what they said before codes existed", () => {
    // The English as the engine spelled it in place before the template table (for the CLI and the forward).
    const cases: Array<[Partial<Parameters<typeof decideReason>[0]>, string]> = [
      [{ diagnostic: "something odd happened" }, "reason onhold: diagnostic text not recognised"],
      [{ command: "CONN" }, "reason blocked: refused at connection"],
      [{ command: "EHLO" }, "reason blocked: refused at EHLO"],
      [{ diagnostic: "#550 5.7.1 not authorized (000c05a6)" }, "reason userunknown: Exchange 2003 MSEXCH code 000c05a6"],
      [{ status: "5.2.1", diagnostic: "user unknown" }, 'reason filtered: status 5.2.1 (mailbox exists, refused) outranks "user unknown"'],
      [{ reply: "503", diagnostic: "zzz" }, "reason syntaxerror: SMTP reply 503 (command syntax/sequence)"],
      [{ status: "5.7.950" }, "reason policyviolation: Exchange transport rule rejection (5.7.9xx)"],
      [{ status: "5.7.720" }, "reason speeding: Exchange Online tenant sending ban (5.7.7xx)"],
      [{ status: "5.7.505" }, "reason suspend: Exchange Online banned recipient"],
      [{ status: "5.7.502" }, "reason rejected: Exchange Online banned sender (5.7.501-503)"],
      [{ status: "5.7.99", diagnostic: "zzz" }, "reason securityerror: status class X.7 (5.7.99)"],
      [{ status: "4.6.99", diagnostic: "zzz" }, "reason contenterror: status 4.6.99 (message content)"],
      // Issue 10: a 5.4.1 text other than "Relay Access Denied" keeps its own meaning.
      [{ status: "5.4.1", diagnostic: "no answer from host" }, "reason networkerror: 5.4.1 'No answer from host' (the recipient's server did not answer)"],
      [
        { diagnostic: "550 5.7.54 tenantattribution; relay access denied attr36" },
        "reason norelaying: Exchange Online TenantAttribution / ATTR36 relay denial",
      ],
      [{ diagnostic: "smtpsend.dns.mxloopback" }, "reason networkerror: Exchange SMTPSEND.DNS.MxLoopback"],
      [{ status: "5.2.2", diagnostic: "submission quota exceeded" }, "reason speeding: Exchange 'Submission quota exceeded'"],
      [{ action: "delivered" }, "reason delivered: delivered"],
      [{}, "reason undefined: no code or text to decide"],
    ];
    for (const [facts, english] of cases) expect({ facts, note: note(facts) }).toEqual({ facts, note: english });
  });
});

describe("the template table", () => {
  it("is the only place the engine writes a note or a warning in English", () => {
    const offenders: string[] = [];
    for (const file of filesUnder(ENGINE, (n) => n.endsWith(".ts"))) {
      const rel = relative(ENGINE, file);
      if (rel === "notes.ts" || rel.startsWith("guidance")) continue;
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        // A note or warning spelled out in place: `note: "…"`, `note: \`…\``, `warnings.push("…")`.
        if (/\bnote\s*:\s*["'`]/.test(line) || /warnings\.(?:push|unshift)\(\s*["'`]/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it("has no template the engine never names", () => {
    const source = filesUnder(ENGINE, (n) => n.endsWith(".ts"))
      .filter((f) => !f.endsWith(`${join("classifier", "notes.ts")}`))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(NOTE_TEMPLATES).filter((code) => !source.includes(`"${code}"`));
    expect(unused).toEqual([]);
  });

  it("names each placeholder like a parameter, and codes by area", () => {
    for (const [code, template] of Object.entries(NOTE_TEMPLATES)) {
      expect(code).toMatch(/^[a-z0-9]+\.[a-z0-9-]+$/);
      expect(template.trim()).toBe(template);
      expect(template.length).toBeGreaterThan(0);
      if (code.startsWith("reason.")) expect(template.startsWith("reason {reason}: ")).toBe(true);
    }
  });

  it("fills parameters once: message text holding {braces} stays literal", () => {
    const e = evidenceOf("text-body", "x", "reason.phrase", { reason: "{phrase}", phrase: "{reason} <b>" });
    expect(e.note).toBe('reason {phrase}: phrase "{reason} <b>"');
    expect(e.params).toEqual({ reason: "{phrase}", phrase: "{reason} <b>" });
    expect(fillNote("{missing} stays", {})).toBe("{missing} stays");
  });

  it("writes a warning's text and code side by side (or only the text for a plain list)", () => {
    const log = { texts: [] as string[], codes: [] as { code: string; params?: Record<string, string> }[] };
    warn(log, "warn.no-boundary", { type: "multipart/mixed" });
    expect(log).toEqual({
      texts: ["A multipart/mixed part has no boundary; read as text."],
      codes: [{ code: "warn.no-boundary", params: { type: "multipart/mixed" } }],
    });
    const plain: string[] = [];
    warn(plain, "warn.too-deep");
    expect(plain).toEqual(["MIME nesting too deep; inner parts were ignored."]);
  });
});
