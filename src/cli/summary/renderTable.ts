/**
 * The terminal form of a summary, at most 100 columns wide: a group table, then per group the
 * top fix and the first few files, then sub-totals, not-bounces and unreadable files.
 */
import type { Group, Summary, SubTotal } from "./report";
import { clipEnd, clipStart, fmt, printable, wrap } from "./textLayout";

export const WIDTH = 100;
const FILES_PER_GROUP = 3;
const SUBTOTAL_ROWS = 10;
const NOT_BOUNCE_ROWS = 10;
/** Groups past this many get a table row but no detail block; --json and --csv have them all. */
const DETAILED_GROUPS = 25;

function plural(n: number, one: string, many: string): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

function headline(s: Summary): string {
  const t = s.totals;
  return (
    `NDR summary: ${plural(t.files, "file", "files")}; ${plural(t.bounces, "bounce", "bounces")} ` +
    `(${plural(t.recipients, "failed recipient", "failed recipients")}) in ${plural(t.groups, "group", "groups")}; ` +
    `${plural(t.notBounces, "file", "files")} not a bounce; ${fmt(t.unreadable)} unreadable`
  );
}

// # and COUNT right-aligned; the two host columns share what is left of the width.
const COLS = { n: 4, count: 7, reason: 15, code: 9 };
const HOST_COL = Math.floor((WIDTH - COLS.n - COLS.count - COLS.reason - COLS.code - 5 * 2) / 2);

function groupRow(n: string, count: string, reason: string, code: string, domain: string, server: string): string {
  return [
    n.padStart(COLS.n),
    count.padStart(COLS.count),
    clipEnd(reason, COLS.reason).padEnd(COLS.reason),
    clipEnd(code, COLS.code).padEnd(COLS.code),
    clipStart(domain, HOST_COL).padEnd(HOST_COL),
    clipStart(server, HOST_COL),
  ]
    .join("  ")
    .trimEnd();
}

function groupTable(groups: Group[]): string[] {
  const lines = [groupRow("#", "COUNT", "REASON", "CODE", "RECIPIENT DOMAIN", "REPORTING SERVER")];
  groups.forEach((g, i) => lines.push(groupRow(String(i + 1), fmt(g.count), g.reason, printable(g.code), printable(g.domain), printable(g.server))));
  return lines;
}

function groupDetail(g: Group, i: number): string[] {
  const lines = [
    clipEnd(`Group ${i + 1}: ${fmt(g.count)} × ${g.reason} ${printable(g.code)}, to ${printable(g.domain)}, reported by ${printable(g.server)}`, WIDTH),
  ];
  if (g.topFix.title) lines.push(...wrap(printable(g.topFix.title), WIDTH, "  Fix:   ", "         "));
  if (g.topFix.adminStep) lines.push(...wrap(printable(g.topFix.adminStep), WIDTH, "  Admin: ", "         "));
  if (g.topFix.command) lines.push(...wrap(printable(g.topFix.command), WIDTH, "  Check: ", "         "));
  const label = g.files.length === 1 ? "  File:  " : "  Files: ";
  g.files.slice(0, FILES_PER_GROUP).forEach((f, k) => lines.push((k === 0 ? label : "         ") + clipStart(printable(f), WIDTH - 9)));
  if (g.files.length > FILES_PER_GROUP) lines.push(`         … and ${fmt(g.files.length - FILES_PER_GROUP)} more`);
  return lines;
}

function subTotalTable(title: string, rows: SubTotal[]): string[] {
  if (!rows.length) return [];
  const lines = [`${title}:`, `${"COUNT".padStart(9)}  ${"FILES".padStart(9)}  VALUE`];
  for (const r of rows.slice(0, SUBTOTAL_ROWS))
    lines.push(`${fmt(r.count).padStart(9)}  ${fmt(r.fileCount).padStart(9)}  ${clipStart(printable(r.key), WIDTH - 22)}`);
  if (rows.length > SUBTOTAL_ROWS) lines.push(`${" ".repeat(22)}… and ${fmt(rows.length - SUBTOTAL_ROWS)} more`);
  return lines;
}

export function renderTable(s: Summary): string {
  const blocks: string[][] = [wrap(headline(s), WIDTH, "", "  ")];
  if (s.groups.length) {
    blocks.push(groupTable(s.groups));
    s.groups.slice(0, DETAILED_GROUPS).forEach((g, i) => blocks.push(groupDetail(g, i)));
    if (s.groups.length > DETAILED_GROUPS) blocks.push([`Groups ${DETAILED_GROUPS + 1} to ${fmt(s.groups.length)}: fix and files with --json or --csv.`]);
    blocks.push(subTotalTable("By reason", s.byReason));
    blocks.push(subTotalTable("By status code", s.byCode));
    blocks.push(subTotalTable("By recipient domain", s.byDomain));
    blocks.push(subTotalTable("By reporting server", s.byServer));
  }
  if (s.notBounces.length) {
    const lines = [`Not bounces (${fmt(s.notBounces.length)}):`];
    for (const nb of s.notBounces.slice(0, NOT_BOUNCE_ROWS)) lines.push(`  ${nb.kind.padEnd(16)}  ${clipStart(printable(nb.file), WIDTH - 20)}`);
    if (s.notBounces.length > NOT_BOUNCE_ROWS) lines.push(`  … and ${fmt(s.notBounces.length - NOT_BOUNCE_ROWS)} more (--json lists them all)`);
    blocks.push(lines);
  }
  if (s.partlyRead.length) {
    // Said where it shows: these files were classified on their first part only.
    const lines = [`Read in part (${fmt(s.partlyRead.length)}): only the first part of each was classified:`];
    for (const p of s.partlyRead) lines.push(`  ${clipStart(printable(p.file), WIDTH - 2)}`);
    blocks.push(lines);
  }
  if (s.unreadable.length) {
    // Every unreadable file is listed: each one is something to go and look at.
    const lines = [`Unreadable (${fmt(s.unreadable.length)}):`];
    for (const u of s.unreadable) {
      const error = clipEnd(printable(u.error), 44);
      lines.push(`  ${error.padEnd(12)}  ${clipStart(printable(u.file), WIDTH - 16 - Math.max(0, error.length - 12))}`);
    }
    blocks.push(lines);
  }
  return blocks
    .filter((b) => b.length)
    .map((b) => b.join("\n"))
    .join("\n\n");
}
