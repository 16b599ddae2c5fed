/** How the CLI prints a diagnosis: one JSON object per file, or a short readable summary. */
import type { Diagnosis } from "../classifier/types";
import { printable } from "./summary/textLayout";

export interface FileResult {
  file: string;
  diagnosis?: Diagnosis;
  /** Set when the file could not be read at all. */
  error?: string;
}

export function toJson(result: FileResult): Record<string, unknown> {
  const d = result.diagnosis;
  if (!d) return { file: result.file, error: result.error ?? "unreadable", bounce: false, kind: "not-bounce", recipients: [] };
  return {
    file: result.file,
    bounce: d.isBounce,
    kind: d.kind,
    layout: d.layout,
    container: d.container ?? "",
    recipients: d.recipients.map((r) => ({
      address: r.address,
      status: r.status,
      reply: r.reply,
      reason: r.reason,
      diagnostic: r.diagnostic,
      action: r.action,
      remoteMta: r.remoteMta ?? "",
      command: r.command ?? "",
      confidence: r.confidence,
      guidance: r.guidance?.id ?? "",
    })),
    reportingMta: d.reportingMta ?? "",
    reportSubject: d.reportSubject ?? "",
    original: d.original ?? {},
    warnings: d.warnings,
  };
}

/**
 * The readable summary. Everything that came from a file (its name, addresses, the server's
 * words, the subject, warnings quoting a boundary) goes through printable(): a bounce is written
 * by whoever sent it, and an escape sequence in it must not reach the terminal.
 */
export function toText(result: FileResult): string {
  const p = printable;
  const d = result.diagnosis;
  if (!d) return `${p(result.file)}: cannot read (${p(result.error ?? "unknown error")})`;
  const lines: string[] = [];
  const head = d.isBounce ? `bounce (${d.layout} layout)` : d.kind === "delay" ? `delay notice (${d.layout} layout)` : d.kind;
  lines.push(`${p(result.file)}: ${head}`);
  if (d.reportingMta) lines.push(`  reported by ${p(d.reportingMta)}`);
  if (d.original?.subject) lines.push(`  original subject: ${p(d.original.subject)}`);
  for (const r of d.recipients) {
    const code = [r.reply, r.status].filter(Boolean).join(" ") || "no code";
    lines.push(`  ${p(r.address) || "(recipient unknown)"}  ${p(code)}  ${r.reason}  [${r.confidence}]`);
    if (r.diagnostic) lines.push(`    server said: ${p(r.diagnostic.slice(0, 300))}`);
    if (r.remoteMta) lines.push(`    refused by: ${p(r.remoteMta)}`);
    if (r.guidance?.title) lines.push(`    ${p(r.guidance.title)}`);
  }
  for (const w of d.warnings) lines.push(`  warning: ${p(w)}`);
  return lines.join("\n");
}
