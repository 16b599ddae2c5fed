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
import type { MessageHop } from "../types";

const HEADING = "Message Hops";
/** The section is a few hundred bytes; a hostile report gets no more than this read. */
const MAX_SECTION_CHARS = 32 * 1024;
const MAX_HOPS = 64;
const MAX_CELL = 300;
/** Where to look for the heading: the report's own words, before any returned original. */
const MAX_SEARCH = 512 * 1024;

/** "1<sep>…": the hop number, then a cell separator, then a date or time (or the line's end). */
const ROW_START = /^[ \t]*(\d{1,3})(?:\t| {2,}|[ \t]*$)[ \t]*(?=$|\d{1,4}[./-]\d|\d{1,2}:\d\d)/;
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
    const start = ROW_START.exec(line);
    const nextRow = start !== null && Number(start[1]) === rows.length + 1;
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
  const flat = row.replace(/[ \t]*\n[ \t]*/g, "\t");
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
