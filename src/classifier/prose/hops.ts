/**
 * The "Message Hops" table of Exchange Online's newer NDR layout (ndr-knowledge.md §4, item 10):
 * HOP, TIME (UTC), FROM, TO, WITH, RELAY TIME, one row per server the message passed.
 *
 * The table reaches us in three shapes, all handled by one reader: the text part with tab
 * separated cells, where Exchange wraps the time cell onto the next line ("1\t5/14/2024\n9:12:01
 * AM\t…"); the same with tabs turned into runs of spaces (copied or re-encoded mail); and the HTML
 * part after htmlText.ts, which writes a tab after each cell and a line break per row or <br>.
 * Everything is bounded: the section, the number of rows and each cell.
 */
import { isSpaceOrTab, trimEndBy, trimStartBy } from "../trimRuns";
import type { MessageHop } from "../types";

const HEADING = "Message Hops";
/** The section is a few hundred bytes; a hostile report gets no more than this read. */
const MAX_SECTION_CHARS = 32 * 1024;
const MAX_HOPS = 64;
const MAX_CELL = 300;
/** Where to look for the heading: the report's own words, before any returned original. */
const MAX_SEARCH = 512 * 1024;

/** What may follow a row's hop number and separator: a date or a time. */
const DATE_OR_TIME_START = /^(?:\d{1,4}[./-]\d|\d{1,2}:\d\d)/;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)?$/;
const TIME_ONLY = /^\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?$/;
const HAS_TIME = /\d:\d\d/;
/** "*" (no relay time: the first hop), "2 sec", and localised units ("2 Sek."). */
const RELAY_TIME = /^(?:\*|\d{1,6}(?:[.,]\d+)?\s?\p{L}{1,10}\.?)$/u;
/** A server name or address literal, as opposed to a WITH value ("mapi", "Microsoft SMTP Server (…)"). */
const HOST = /^(?:\[?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+\]?|\[?[0-9A-Fa-f:]{2,45}\]?|localhost)$/;

function findHeading(text: string): number {
  let from = 0;
  for (let tries = 0; tries < 8; tries++) {
    const at = text.indexOf(HEADING, from);
    if (at < 0) return -1;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    let lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = text.length;
    // The heading stands on a line of its own (the prose around it may mention hops too).
    if (text.slice(lineStart, lineEnd).trim().replace(/:$/, "") === HEADING) return lineEnd;
    from = at + HEADING.length;
  }
  return -1;
}

/**
 * The hop number of a row's first line ("1<sep>…": the number, then a tab or two spaces, then a
 * date or time, or the line's end); undefined for any other line. Index scans: the regex this
 * replaces backtracked through every split of a long space run (2.5 s on one 30,000-space row).
 */
function rowNumber(line: string): number | undefined {
  const n = line.length;
  let i = 0;
  while (i < n && isSpaceOrTab(line.charCodeAt(i))) i++;
  const digitsStart = i;
  while (i < n && i - digitsStart < 4 && isDigit(line.charCodeAt(i))) i++;
  const digits = i - digitsStart;
  if (digits === 0 || digits > 3) return undefined;
  const gapStart = i;
  while (i < n && isSpaceOrTab(line.charCodeAt(i))) i++;
  const atEnd = i === n;
  const separated = atEnd || line[gapStart] === "\t" || line.startsWith("  ", gapStart);
  if (!separated || (!atEnd && !DATE_OR_TIME_START.test(line.slice(i, i + 8)))) return undefined;
  return Number(line.slice(digitsStart, gapStart));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The section's rows, each the text of its lines (the first starting with its hop number). */
function rowTexts(section: string): string[] {
  const rows: string[] = [];
  let afterBlank = false;
  for (const raw of section.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) {
      // HTML turned to text puts a blank line between rows; two in a row end the table.
      if (rows.length && afterBlank) break;
      afterBlank = rows.length > 0;
      continue;
    }
    const nextRow = rowNumber(line) === rows.length + 1;
    if (afterBlank && !nextRow) break; // what follows the table (the original's headers)
    afterBlank = false;
    if (nextRow) {
      if (rows.length >= MAX_HOPS) break;
      rows.push(line);
    } else if (rows.length) {
      rows[rows.length - 1] += "\n" + line;
    } else if (!/^\s*HOP\b/i.test(line)) {
      break; // no table here (e.g. a redacted report): not a header row, not a hop
    }
  }
  return rows;
}

function cell(value: string | undefined): string | undefined {
  const v = (value ?? "").trim();
  return v ? v.slice(0, MAX_CELL) : undefined;
}

function parseRow(row: string, hop: number): MessageHop {
  // A line break inside a row is Exchange wrapping a cell: a cell boundary, as a tab is.
  // Joined by hand, not with /[ \t]*\n[ \t]*/g, which rescans a long run of spaces from each of them.
  const lines = row.split("\n");
  const flat = lines
    .map((l, i) => (i > 0 ? trimStartBy(l, isSpaceOrTab) : l))
    .map((l, i) => (i < lines.length - 1 ? trimEndBy(l, isSpaceOrTab) : l))
    .join("\t");
  const cells = flat.split(/\t| {2,}/).map((c) => c.trim());
  const rest = cells.slice(1);
  const out: MessageHop = { hop };
  if (rest.length && DATE.test(rest[0])) {
    let time = rest.shift() as string;
    if (!HAS_TIME.test(time) && rest.length && TIME_ONLY.test(rest[0])) time += " " + (rest.shift() as string);
    out.time = cell(time);
  } else if (rest.length && TIME_ONLY.test(rest[0])) {
    out.time = cell(rest.shift());
  }
  while (rest.length && !rest[rest.length - 1]) rest.pop();
  if (rest.length === 4) {
    // Every column present (empty ones too): read by position.
    [out.from, out.to, out.with, out.relayTime] = rest.map(cell);
  } else {
    // Spaces instead of tabs lose the empty cells: read each cell by what it looks like.
    const filled = rest.filter(Boolean);
    if (filled.length && RELAY_TIME.test(filled[filled.length - 1])) out.relayTime = cell(filled.pop());
    const hosts = filled.filter((c) => HOST.test(c));
    const others = filled.filter((c) => !HOST.test(c));
    // A single server is where the message arrived (the first hop of a submission has no FROM).
    if (hosts.length >= 2) [out.from, out.to] = [cell(hosts[0]), cell(hosts[1])];
    else if (hosts.length === 1) out.to = cell(hosts[0]);
    if (others.length) out.with = cell(others.join(" "));
  }
  for (const k of Object.keys(out) as Array<keyof MessageHop>) if (out[k] === undefined) delete out[k];
  return out;
}

/** The hops listed in a report's text (or its HTML turned to text); [] when there is no table. */
export function extractHops(text: string): MessageHop[] {
  const head = text.length > MAX_SEARCH ? text.slice(0, MAX_SEARCH) : text;
  const after = findHeading(head);
  if (after < 0) return [];
  const rows = rowTexts(head.slice(after + 1, after + 1 + MAX_SECTION_CHARS));
  return rows.map((r, i) => parseRow(r, i + 1));
}
