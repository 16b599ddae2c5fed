import type { HostDiagnostics, OfficeFailure, ReadPath } from "../../outlook/types";

/** How each read path is named to an admin reading the diagnostics. */
const PATH_LABEL: Record<ReadPath, string> = {
  mime: "whole message (getAsFileAsync, Mailbox 1.14)",
  "html+headers": "HTML body and internet headers (Mailbox 1.8)",
  body: "body only (body.getAsync, Mailbox 1.3)",
  "item-attachment": "attached message (getAttachmentContentAsync, Eml)",
  "file-attachment": "attached file (getAttachmentContentAsync, Base64)",
  drop: "dropped file",
  paste: "pasted text",
  file: "opened file",
  sample: "sample",
};

export function failureLine(f: OfficeFailure): string {
  return `${f.step}${f.code !== undefined ? ` (${String(f.code)})` : ""}: ${f.message}`;
}

/**
 * The rows Message Header Analyzer-style diagnostics show: facts about the host only. Failures
 * come from the host already stripped of attachment names; nothing here reads the message.
 */
export function diagnosticsRows(d: HostDiagnostics): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ["Mode", d.mode === "outlook" ? "Outlook add-in" : "Browser preview"],
    ["Host", d.host ?? "not reported"],
    ["Platform", d.platform ?? "not reported"],
    ["Office version", d.version ?? "not reported"],
    ["Mailbox requirement sets", d.mailboxSets.length > 0 ? d.mailboxSets.join(", ") : "none"],
    ["Read path that worked", d.lastReadPath ? PATH_LABEL[d.lastReadPath] ?? d.lastReadPath : "none yet"],
    ["New-message form", d.canOpenForm ? "available" : "not available"],
  ];
  if (d.dragAndDrop !== undefined) rows.push(["Drag and drop through Outlook", d.dragAndDrop ? "available" : "not available"]);
  if (d.displayLanguage) rows.push(["Display language", d.displayLanguage]);
  return rows;
}

/** Plain text for the Copy button and the forward. */
export function diagnosticsText(d: HostDiagnostics): string {
  const lines = ["NDR Assistant diagnostics", ...diagnosticsRows(d).map(([k, v]) => `${k}: ${v}`)];
  lines.push(d.failures.length > 0 ? "Failures:" : "Failures: none");
  for (const f of d.failures) lines.push(`- ${failureLine(f)}`);
  return lines.join("\n");
}
