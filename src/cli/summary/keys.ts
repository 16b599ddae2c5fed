/**
 * The four grouping dimensions, reduced to stable labels. Reporting hosts in the big clouds are
 * per-machine names (AM0PR01MB6002.eurprd01.prod.exchangelabs.com), so grouping by the raw name
 * would give one group per bounce; they are folded into the service that runs them.
 */
import type { Diagnosis, RecipientDiagnosis } from "../../classifier/types";

export const UNKNOWN = "(unknown)";
export const NO_CODE = "(none)";

const CLOUDS: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: "Exchange Online", pattern: /(?:^|\.)(?:outlook\.com|exchangelabs\.com|outlook\.office365\.com|office365\.us|outlook\.cn)$/ },
  { label: "Google", pattern: /(?:^|\.)(?:google\.com|gmail\.com|googlemail\.com)$/ },
  { label: "Yahoo", pattern: /(?:^|\.)(?:yahoo\.com|yahoodns\.net)$/ },
  { label: "Amazon SES", pattern: /(?:^|\.)amazonses\.com$/ },
];

/** A host name as the report wrote it, without brackets, "dns;" and trailing dots, lowercased. */
function cleanHost(raw: string): string {
  return raw
    .trim()
    .replace(/^dns\s*;\s*/i, "")
    .replace(/^\[|\]$/g, "")
    .replace(/\.+$/, "")
    .toLowerCase()
    .slice(0, 253);
}

export function serverLabel(reportingMta: string | undefined): string {
  if (!reportingMta) return UNKNOWN;
  const host = cleanHost(reportingMta);
  if (!host) return UNKNOWN;
  for (const c of CLOUDS) if (c.pattern.test(host)) return c.label;
  return host;
}

export function recipientDomain(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return UNKNOWN;
  const domain = address
    .slice(at + 1)
    .replace(/[>\s].*$/s, "")
    .replace(/\.+$/, "")
    .toLowerCase()
    .slice(0, 253);
  return domain || UNKNOWN;
}

/** The enhanced status code when there is one, else the SMTP reply code. */
export function codeOf(r: RecipientDiagnosis): string {
  return r.status || r.reply || NO_CODE;
}

const NOT_FAILED = new Set(["delivered", "relayed", "expanded", "delayed"]);

/** The recipients a bounce is about: not the delivered or delayed ones in a mixed report. */
export function failedRecipients(d: Diagnosis): RecipientDiagnosis[] {
  const failed = d.recipients.filter((r) => !NOT_FAILED.has(r.action));
  return failed.length ? failed : d.recipients;
}
