/**
 * The classifier's evidence notes and reading warnings in the pane's language. The classifier
 * writes English plus a code and parameters (src/classifier/notes.ts); this words the code in
 * another language. Every table is fetched on demand, French, German and Spanish each as a chunk
 * of its own: neither the classifier bundle nor the pane's first view carries them. English needs
 * no table at all: the classifier's `note` is already English.
 *
 * Nothing here imports the classifier at run time (only its types), so the pane can render this
 * before the classifier chunk has arrived.
 */
import type { Diagnosis, Evidence } from "../../classifier/types";
import { type Locale, pseudoLocalize } from "../locale";
import { format } from "../translate";
import type { EvidenceTexts } from "./types";

export type { EvidenceTable, EvidenceTexts } from "./types";

/**
 * The English templates, once any other language has been fetched: a note is only reworded when
 * its code and parameters rebuild its English exactly (see `localized`).
 */
let english: EvidenceTexts | undefined;
/** Languages fetched once stay at hand, so every section mounted later words its notes at once. */
const fetched = new Map<Locale, EvidenceTexts>();

async function importEnglish(): Promise<EvidenceTexts> {
  english ??= (await import(/* webpackChunkName: "evidence-en" */ "./en")).EN_EVIDENCE;
  return english;
}

async function importTexts(locale: Exclude<Locale, "en">): Promise<EvidenceTexts> {
  switch (locale) {
    case "fr":
      return (await import(/* webpackChunkName: "evidence-fr" */ "./fr")).FR_EVIDENCE;
    case "de":
      return (await import(/* webpackChunkName: "evidence-de" */ "./de")).DE_EVIDENCE;
    case "es":
      return (await import(/* webpackChunkName: "evidence-es" */ "./es")).ES_EVIDENCE;
    case "qps": {
      const en = await importEnglish();
      return Object.fromEntries(Object.entries(en).map(([code, text]) => [code, pseudoLocalize(text)]));
    }
  }
}

/**
 * The texts available without waiting: English's once fetched, another language's once fetched.
 * Undefined means "call loadEvidenceTexts and show the classifier's English meanwhile".
 */
export function immediateEvidenceTexts(locale: Locale): EvidenceTexts | undefined {
  return locale === "en" ? english : fetched.get(locale);
}

/**
 * The table for `locale`. Resolves to English when a chunk can't be fetched (offline, a stale
 * deployment): the notes are still worth showing, just not translated. Never rejects.
 */
export async function loadEvidenceTexts(locale: Locale): Promise<EvidenceTexts> {
  const ready = immediateEvidenceTexts(locale);
  if (ready) return ready;
  try {
    const en = await importEnglish();
    if (locale === "en") return en;
    const texts = await importTexts(locale);
    fetched.set(locale, texts);
    return texts;
  } catch {
    // Not remembered: the next section to mount tries again.
    return english ?? {};
  }
}

type Params = Readonly<Record<string, string>> | undefined;

/** The code's sentence in `texts`, {placeholders} filled; undefined for a code `texts` lacks. */
export function renderEvidence(code: string, params: Params, texts: EvidenceTexts): string | undefined {
  // Codes may come from a decoded payload: only a table's own keys count ("constructor" is not one).
  if (!Object.hasOwn(texts, code)) return undefined;
  const template = texts[code];
  return typeof template === "string" ? format(template, params) : undefined;
}

/**
 * A coded sentence in `texts`, or `note` as the classifier wrote it. The code is trusted only when
 * its English template, filled with the same parameters, is exactly `note`: a code from another
 * classifier version, or parameters that don't fit, never put words in the pane the classifier
 * didn't mean.
 */
function localized(note: string, code: string | undefined, params: Params, texts: EvidenceTexts | undefined): string {
  if (!code || !texts || !english || texts === english) return note;
  if (renderEvidence(code, params, english) !== note) return note;
  return renderEvidence(code, params, texts) || note;
}

/** An evidence note in the pane's language (`texts` undefined while they load: the English note). */
export function evidenceNote(evidence: Evidence, texts: EvidenceTexts | undefined): string {
  return localized(evidence.note, evidence.code, evidence.params, texts);
}

/** The reading warnings in the pane's language, each one English when its code is missing or unknown. */
export function warningLines(diagnosis: Pick<Diagnosis, "warnings" | "warningCodes">, texts: EvidenceTexts | undefined): string[] {
  const codes = diagnosis.warningCodes;
  // Codes only count index for index; a list of another length can't be matched up.
  const aligned = codes && codes.length === diagnosis.warnings.length ? codes : undefined;
  return diagnosis.warnings.map((w, i) => localized(w, aligned?.[i]?.code, aligned?.[i]?.params, texts));
}
