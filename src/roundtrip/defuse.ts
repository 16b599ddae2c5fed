/**
 * Makes message-derived text unable to pass for a diagnosis block.
 *
 * The scanner (scanMarkers) reads a marker only where "ASSISTANT", optional separators and
 * "DIAGNOSIS" follow each other, but it reads them in normalized text: quoted-printable soft
 * breaks joined, tags removed (HTML), entities decoded. So "ASSIS=\nTANT", "ASSIST&#65;NT",
 * "ASSISTANT<b></b>DIAGNOSIS" and "ASSISTANTDIAGNOSIS" are all markers to it. The defuser
 * computes those same views of the text, each character traced back to where it came from,
 * and inserts a visible "(quoted) " in the original text before every "DIAGNOSIS" that follows
 * "ASSISTANT" in any view, until no view has one. Only insertions: the text stays readable.
 *
 * Covers the string on its own, as plain text or inside HTML (escaped or not), quoted by a
 * reply, or decoded once more by a client's HTML-to-text conversion. Strings rendered side by
 * side should have a label or punctuation between them: a marker split across two strings
 * ("…NDR-ASSIS" + "TANT DIAGNOSIS…") is neither's to defuse.
 */
import { walkTagsForScan } from "../classifier/mail/htmlToText";

/** A text and, for each of its characters, the index in the original string it came from. */
interface Mapped {
  text: string;
  from: number[];
}

class Builder {
  private readonly parts: string[] = [];
  readonly from: number[] = [];

  /** Characters start..end of `src`, each keeping its origin. */
  copy(src: Mapped, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(src.text.slice(start, end));
    for (let i = start; i < end; i++) this.from.push(src.from[i]);
  }

  /** New text standing for what started at original index `origin` (a decoded entity, a line break for a tag). */
  emit(text: string, origin: number): void {
    this.parts.push(text);
    for (let k = 0; k < text.length; k++) this.from.push(origin);
  }

  done(): Mapped {
    return { text: this.parts.join(""), from: this.from };
  }
}

function identity(text: string): Mapped {
  return { text, from: Array.from({ length: text.length }, (_, i) => i) };
}

/** How many quote marks (">" or "|") a prefix holds: as normalize.ts's quoteDepth. */
function quoteDepth(prefix: string): number {
  let depth = 0;
  for (const ch of prefix) if (ch === ">" || ch === "|") depth++;
  return depth;
}

/** normalize.ts's undoQuotedPrintable, traced. */
function joinSoftBreaks(src: Mapped): Mapped {
  const text = src.text;
  const joined = new Builder();
  const soft = /=[ \t]*\r?\n([ \t>|]*)/g;
  let last = 0;
  for (let m = soft.exec(text); m; m = soft.exec(text)) {
    const offset = m.index;
    const next = m[1];
    joined.copy(src, last, offset);
    const lineStart = text.lastIndexOf("\n", offset) + 1;
    const depth = quoteDepth(/^[ \t>|]*/.exec(text.slice(lineStart, offset))?.[0] ?? "");
    let cut = 0;
    for (let seen = 0; cut < next.length && seen < depth; cut++) if (next[cut] === ">" || next[cut] === "|") seen++;
    while (cut < next.length && (next[cut] === " " || next[cut] === "\t")) cut++;
    const nextStart = offset + m[0].length - next.length;
    joined.copy(src, depth === 0 ? nextStart : nextStart + cut, offset + m[0].length);
    last = offset + m[0].length;
  }
  joined.copy(src, last, text.length);
  const j = joined.done();
  // "crc32=3D" / "len=3D" lose their "3D".
  const out = new Builder();
  const qp = /(crc32|len)=3D/g;
  last = 0;
  for (let m = qp.exec(j.text); m; m = qp.exec(j.text)) {
    out.copy(j, last, m.index + m[1].length + 1);
    last = m.index + m[0].length;
  }
  out.copy(j, last, j.text.length);
  return out.done();
}

/** stripTagsForScan (src/classifier/mail/htmlToText.ts), traced: the same walk, each kept character mapped back. */
function stripTagsTraced(src: Mapped): Mapped {
  const out = new Builder();
  walkTagsForScan(
    src.text,
    (from, to) => out.copy(src, from, to),
    (at) => out.emit("\n", src.from[at]),
  );
  return out.done();
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** decodeEntitiesForScan (src/classifier/mail/htmlToText.ts), traced: a decoded character comes from its entity's "&". */
function decodeEntitiesTraced(src: Mapped): Mapped {
  const text = src.text;
  const out = new Builder();
  const entity = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g;
  let last = 0;
  for (let m = entity.exec(text); m; m = entity.exec(text)) {
    out.copy(src, last, m.index);
    const [, dec, hex, name] = m;
    let decoded: string;
    if (name !== undefined) decoded = NAMED[name.toLowerCase()] ?? " ";
    else {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
      decoded = !(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff) ? " " : String.fromCodePoint(code);
    }
    out.emit(decoded, src.from[m.index]);
    last = m.index + m[0].length;
  }
  out.copy(src, last, text.length);
  return out.done();
}

/**
 * Every way the scanner (or a client before it) may read `text`: as it is once soft breaks
 * are joined; with entities decoded (plain text, or HTML after a client's conversion); with
 * tags removed, with and without entities decoded (HTML).
 */
export function scannerViews(text: string): Mapped[] {
  const joined = joinSoftBreaks(identity(text));
  const stripped = stripTagsTraced(joined);
  return [joined, decodeEntitiesTraced(joined), stripped, decodeEntitiesTraced(stripped)];
}

/** "ASSISTANT", then only what the scanner skips between marker words, then "DIAGNOSIS"; any case. */
const MARKER_WORDS = /ASSISTANT[\s>|]*DIAGNOSIS/gi;
const DIAGNOSIS_LENGTH = "DIAGNOSIS".length;
const BREAK = "(quoted) ";
/** Each round defuses every pair it sees; a second round is needed only when an insertion
 * split an entity name whose text then shows. More rounds than this means the input is built
 * to keep going: its markup is then broken up outright (see breakMarkup). */
const MAX_ROUNDS = 8;

/** Original indexes before which BREAK goes, one per marker-word pair in any view. */
function insertionPoints(text: string): number[] {
  const points = new Set<number>();
  for (const view of scannerViews(text)) {
    MARKER_WORDS.lastIndex = 0;
    for (let m = MARKER_WORDS.exec(view.text); m; m = MARKER_WORDS.exec(view.text)) {
      points.add(view.from[m.index + m[0].length - DIAGNOSIS_LENGTH]);
    }
  }
  return [...points].sort((a, b) => a - b);
}

function insertAt(text: string, points: number[], insert: string): string {
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p), insert);
    last = p;
  }
  out.push(text.slice(last));
  return out.join("");
}

/**
 * Last resort, never needed by anything but input built to defeat the rounds: a space after
 * every "&" and "<" and before every soft line break's newline, so no entity, tag or soft break
 * is left to hide a marker; then the plain rounds finish the job.
 */
function breakMarkup(text: string): string {
  return text
    .replace(/&/g, "& ")
    .replace(/</g, "< ")
    .replace(/=(?=[ \t]*\r?\n)/g, "= .");
}

/**
 * Breaks up marker words in text that is about to be shown in the readable part of a forward,
 * so a hostile bounce that quotes a forged block can't pass it off as ours. Use it on every
 * message-derived string the forward renders (subjects, addresses, server replies, names).
 * Idempotent; only inserts text.
 */
export function defuseMarkers(text: string): string {
  if (typeof text !== "string" || text === "") return text;
  let out = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const points = insertionPoints(out);
    if (points.length === 0) return out;
    out = insertAt(out, points, BREAK);
  }
  out = breakMarkup(out);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const points = insertionPoints(out);
    if (points.length === 0) break;
    out = insertAt(out, points, BREAK);
  }
  return out;
}
