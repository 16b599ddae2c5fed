/**
 * One CSV row per group (RFC 4180: CRLF line ends, every field quoted when it holds a comma,
 * quote, CR or LF). Cells that a spreadsheet would run as a formula are defused with a leading
 * single quote, since domains, codes and file names can come from hostile messages, and control,
 * bidi and invisible characters are written as escapes (text/visible.ts), as on the terminal.
 */
import { visible } from "../text/visible";
import type { Summary } from "./report";

const HEADER = ["count", "reason", "code", "recipient_domain", "reporting_server", "fix_id", "fix_title", "admin_step", "file_count", "files"];

export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(s: Summary): string {
  const rows = [HEADER.map(csvCell).join(",")];
  for (const g of s.groups) {
    // Files are one per line inside the cell: unambiguous whatever characters the names hold.
    const cells = [g.reason, g.code, g.domain, g.server, g.topFix.id, g.topFix.title, g.topFix.adminStep].map(visible);
    rows.push([g.count, ...cells, g.files.length, g.files.map(visible).join("\n")].map(csvCell).join(","));
  }
  return rows.join("\r\n") + "\r\n";
}
