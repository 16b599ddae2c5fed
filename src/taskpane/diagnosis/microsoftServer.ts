import type { Diagnosis } from "../../classifier/types";
import { firstHostName } from "../common/textScan";

/** Host names Microsoft's mail services report from (Exchange Online, Outlook.com, EOP). */
const MICROSOFT_DOMAINS = ["outlook.com", "office365.com", "outlook.cn", "exchangelabs.com", "microsoft.com", "hotmail.com"];

/**
 * A server field names its host early ("mx.example.com (10.0.0.1)", "dns; mx.example.com",
 * "[mx.example.com]"); a DNS name is at most 255 characters, so only this much is scanned.
 */
const MAX_SERVER_SCAN = 1000;

function hostOf(server: string | undefined): string {
  return firstHostName((server ?? "").slice(0, MAX_SERVER_SCAN));
}

function isMicrosoftHost(host: string): boolean {
  // Suffix comparisons, not a regex: the check runs on every render of the diagnosis.
  const name = host.toLowerCase();
  return MICROSOFT_DOMAINS.some((d) => name === d || name.endsWith(`.${d}`));
}

/**
 * Whether Microsoft's mail service wrote this report or refused the message: only then is
 * Microsoft's article about a status code the right reading for a generic guidance row.
 */
export function involvesMicrosoft(diagnosis: Pick<Diagnosis, "layout" | "reportingMta" | "recipients">): boolean {
  if (diagnosis.layout === "exo-new" || diagnosis.layout === "exo-classic" || diagnosis.layout === "exchange-onprem") return true;
  const servers = [diagnosis.reportingMta, ...diagnosis.recipients.map((r) => r.remoteMta)];
  return servers.some((s) => isMicrosoftHost(hostOf(s)));
}
