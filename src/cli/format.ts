/** How the CLI prints a diagnosis: one JSON object per file, or a short readable summary. */
import type { Diagnosis } from "../classifier/types";
import { fmt } from "./summary/textLayout";
import { jsonVisible, visible } from "./text/visible";

export interface FileResult {
  /** The file's name as printed: fileLabel() of its path. */
  file: string;
  diagnosis?: Diagnosis;
  /** Set when the file could not be read at all. */
  error?: string;
}

/** The text mode's cap on a server reply; --json has it whole. */
export const TEXT_DIAGNOSTIC_CHARS = 300;

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
 * One element of the --json array, exactly as `JSON.stringify(array, null, 2)` would write it
 * (indented by two), so elements can be written as they are ready. Characters JSON leaves raw
 * that a terminal would act on (C1, bidi) are written as \u escapes: the values are unchanged.
 */
export function jsonElement(result: FileResult): string {
  return (
    "  " +
    jsonVisible(JSON.stringify(toJson(result), null, 2))
      .split("\n")
      .join("\n  ")
  );
}

/**
 * The readable summary. Everything that came from a file (its name, addresses, the server's
 * words, the subject, warnings quoting a boundary) goes through visible(): a bounce is written
 * by whoever sent it, and an escape sequence in it must not reach the terminal.
 */
export function toText(result: FileResult): string {
  const p = visible;
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
    if (r.diagnostic) {
      const more = r.diagnostic.length - TEXT_DIAGNOSTIC_CHARS;
      const shown = more > 0 ? `${r.diagnostic.slice(0, TEXT_DIAGNOSTIC_CHARS)}… (${fmt(more)} more characters with --json)` : r.diagnostic;
      lines.push(`    server said: ${p(shown)}`);
    }
    if (r.remoteMta) lines.push(`    refused by: ${p(r.remoteMta)}`);
    if (r.guidance?.title) lines.push(`    ${p(r.guidance.title)}`);
  }
  for (const w of d.warnings) lines.push(`  warning: ${p(w)}`);
  return lines.join("\n");
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? fmt(Math.round(mb)) : mb.toFixed(1)} MB`;
}

/** The sentence for a file read only in part (a warning in the output, a line on stderr). */
export function partlyReadText(readBytes: number, size: number): string {
  return `only the first ${megabytes(readBytes)} of ${megabytes(size)} were read; the rest was not classified`;
}
