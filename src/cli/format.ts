/** How the CLI prints a diagnosis: one JSON object per file, or a short readable summary. */
import type { Diagnosis } from "../classifier/types";

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

export function toText(result: FileResult): string {
  const d = result.diagnosis;
  if (!d) return `${result.file}: cannot read (${result.error ?? "unknown error"})`;
  const lines: string[] = [];
  const head = d.isBounce ? `bounce (${d.layout} layout)` : d.kind === "delay" ? `delay notice (${d.layout} layout)` : d.kind;
  lines.push(`${result.file}: ${head}`);
  if (d.reportingMta) lines.push(`  reported by ${d.reportingMta}`);
  if (d.original?.subject) lines.push(`  original subject: ${d.original.subject}`);
  for (const r of d.recipients) {
    const code = [r.reply, r.status].filter(Boolean).join(" ") || "no code";
    lines.push(`  ${r.address || "(recipient unknown)"}  ${code}  ${r.reason}  [${r.confidence}]`);
    if (r.diagnostic) lines.push(`    server said: ${r.diagnostic.slice(0, 300)}`);
    if (r.remoteMta) lines.push(`    refused by: ${r.remoteMta}`);
    if (r.guidance?.title) lines.push(`    ${r.guidance.title}`);
  }
  for (const w of d.warnings) lines.push(`  warning: ${w}`);
  return lines.join("\n");
}
