/**
 * The four grouping dimensions, reduced to stable labels. Reporting hosts in the big clouds are
 * per-machine names (AM0PR01MB6002.eurprd01.prod.exchangelabs.com), so grouping by the raw name
 * would give one group per bounce; they are folded into the service that runs them.
 */
import { domainPartOf } from "../../classifier/mail/address";
import { isMicrosoftHost } from "../../classifier/mail/microsoftHost";
import { isDot, trimEndBy } from "../../classifier/trimRuns";
import type { Diagnosis, RecipientDiagnosis } from "../../classifier/types";

export const UNKNOWN = "(unknown)";
export const NO_CODE = "(none)";

/** Microsoft's hosts are told by mail/microsoftHost, as everywhere else; these are the other clouds. */
const CLOUDS: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: "Google", pattern: /(?:^|\.)(?:google\.com|gmail\.com|googlemail\.com)$/ },
  { label: "Yahoo", pattern: /(?:^|\.)(?:yahoo\.com|yahoodns\.net)$/ },
  { label: "Amazon SES", pattern: /(?:^|\.)amazonses\.com$/ },
];

/**
 * A host name as the report wrote it, without brackets, "dns;" and trailing dots, lowercased.
 * Trailing dots go by index scan: `/\.+$/` is quadratic on a long run of dots inside the name.
 */
function cleanHost(raw: string): string {
  const bare = raw
    .trim()
    .replace(/^dns\s*;\s*/i, "")
    .replace(/^\[|\]$/g, "");
  return trimEndBy(bare, isDot).toLowerCase().slice(0, 253);
}

export function serverLabel(reportingMta: string | undefined): string {
  if (!reportingMta) return UNKNOWN;
  const host = cleanHost(reportingMta);
  if (!host) return UNKNOWN;
  if (isMicrosoftHost(host)) return "Exchange Online";
  for (const c of CLOUDS) if (c.pattern.test(host)) return c.label;
  return host;
}

/** The domain as the report wrote it (mail/address domainPartOf): a group label, not a validated name. */
export function recipientDomain(address: string): string {
  return domainPartOf(address) ?? UNKNOWN;
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
