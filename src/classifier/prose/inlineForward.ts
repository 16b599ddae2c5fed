/**
 * An NDR forwarded inline by a person: the body holds the header block the mail client quoted
 * (Outlook "From/Sent/To/Subject", Gmail "---------- Forwarded message ---------", Apple Mail
 * "Begin forwarded message:", in their localised forms, possibly "> "-quoted) followed by the
 * NDR's own words. Returns the quoted NDR (its From and Subject, and the text after the block) so
 * it can be read as the bounce. Both must hold: a daemon sender and a bounce subject — a person's
 * message that only talks about a bounce has neither.
 */
import { type ForwardField, isSeparator, readLabel } from "./forwardHeaders";
import { BOUNCE_SUBJECTS } from "./kindWords";

export interface InlineNdr {
  from: string;
  subject: string;
  /** The quoted block's lines (with the separator above it, when there is one), for evidence. */
  headerLines: string[];
  text: string;
}

/** Only the start of a forward is searched; an NDR quoted deeper than this is not worth the scan. */
const MAX_SCAN_CHARS = 512 * 1024;
/** A header block is at most this many lines (fields, wrapped addresses, one blank line). */
const MAX_BLOCK_LINES = 14;
/** The NDR text handed on is cut here: its facts sit at its top. */
const MAX_NDR_CHARS = 256 * 1024;

const DAEMON_FROM = ["postmaster", "mailer-daemon", "microsoftexchange", "mail delivery", "microsoft outlook", "mail administrator", "mail system"];

/**
 * Strips "> " quote prefixes, however deep ("> > >" or ">>>"), in one pass, keeping the
 * indentation after them (NDR prose continues diagnostics on indented lines).
 */
function stripQuote(line: string): string {
  const plain = line.endsWith("\r") ? line.slice(0, -1) : line;
  let i = 0;
  let end = -1;
  while (i < plain.length && (plain[i] === ">" || plain[i] === " " || plain[i] === "\t")) {
    if (plain[i] === ">") end = i;
    i++;
  }
  if (end < 0) return plain;
  return plain[end + 1] === " " ? plain.slice(end + 2) : plain.slice(end + 1);
}

function unquote(line: string): string {
  return stripQuote(line).trim();
}

/** A wrapped address line under "From:" ("<postmaster@…>", "[mailto:postmaster@…]"). */
function isAddressContinuation(line: string): boolean {
  return line.length < 320 && line.includes("@") && !line.includes(": ") && (line.startsWith("<") || line.startsWith("[") || !line.includes(" "));
}

interface Block {
  fields: Map<ForwardField, string>;
  /** Index of the first line after the block. */
  end: number;
}

/** Reads the header block starting at `start` (a labelled line); bounded by MAX_BLOCK_LINES. */
function readBlock(lines: string[], start: number): Block {
  const fields = new Map<ForwardField, string>();
  let last: ForwardField | undefined;
  let blanks = 0;
  let k = start;
  const stop = Math.min(lines.length, start + MAX_BLOCK_LINES);
  for (; k < stop; k++) {
    const line = unquote(lines[k]);
    if (!line) {
      // Some HTML-to-text conversions put an empty line between fields; allow one.
      const next = k + 1 < stop ? readLabel(unquote(lines[k + 1])) : undefined;
      if (blanks > 0 || !next || fields.has(next.field)) break;
      blanks++;
      continue;
    }
    const labelled = readLabel(line);
    if (labelled) {
      if (fields.has(labelled.field)) break;
      fields.set(labelled.field, labelled.value);
      last = labelled.field;
      continue;
    }
    if ((last === "from" || last === "to" || last === "cc") && isAddressContinuation(line)) {
      fields.set(last, `${fields.get(last) ?? ""} ${line}`.trim());
      continue;
    }
    break;
  }
  return { fields, end: k };
}

function isDaemon(from: string): boolean {
  const lower = from.toLowerCase();
  return DAEMON_FROM.some((d) => lower.includes(d));
}

function isBounceSubject(subject: string): boolean {
  const lower = subject.toLowerCase();
  return BOUNCE_SUBJECTS.some((s) => lower.includes(s));
}

/** The separator right above the block (blank lines between are skipped), if any. */
function separatorAbove(lines: string[], start: number): number | undefined {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const line = unquote(lines[k]);
    if (!line) continue;
    return isSeparator(line) ? k : undefined;
  }
  return undefined;
}

export function findInlineNdr(text: string): InlineNdr | undefined {
  const capped = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const lines = capped.split("\n");
  let i = 0;
  while (i < lines.length) {
    if (!readLabel(unquote(lines[i]))) {
      i++;
      continue;
    }
    const block = readBlock(lines, i);
    const from = block.fields.get("from");
    const subject = block.fields.get("subject");
    if (from !== undefined && subject !== undefined && isDaemon(from) && isBounceSubject(subject)) {
      const top = separatorAbove(lines, i) ?? i;
      const headerLines = lines.slice(top, block.end).map(unquote).filter(Boolean);
      const body: string[] = [];
      let size = 0;
      for (let k = block.end; k < lines.length && size < MAX_NDR_CHARS; k++) {
        const line = stripQuote(lines[k]);
        body.push(line);
        size += line.length + 1;
      }
      return { from, subject, headerLines, text: body.join("\n") };
    }
    // Every line is looked at a bounded number of times: the next search starts after this block.
    i = Math.max(i + 1, block.end);
  }
  return undefined;
}
