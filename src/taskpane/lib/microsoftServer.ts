import type { Diagnosis } from "../../classifier/types";

/** Host names Microsoft's mail services report from (Exchange Online, Outlook.com, EOP). */
const MICROSOFT_HOST = /(?:^|\.)(?:outlook\.com|office365\.com|outlook\.cn|exchangelabs\.com|microsoft\.com|hotmail\.com)\.?$/i;

function hostOf(server: string | undefined): string {
  // "mx.example.com (10.0.0.1)", "dns; mx.example.com", "[mx.example.com]": the first host-like word.
  const match = (server ?? "").match(/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/);
  return match ? match[0] : "";
}

/**
 * Whether Microsoft's mail service wrote this report or refused the message: only then is
 * Microsoft's article about a status code the right reading for a generic guidance row.
 */
export function involvesMicrosoft(diagnosis: Pick<Diagnosis, "layout" | "reportingMta" | "recipients">): boolean {
  if (diagnosis.layout === "exo-new" || diagnosis.layout === "exo-classic" || diagnosis.layout === "exchange-onprem") return true;
  const servers = [diagnosis.reportingMta, ...diagnosis.recipients.map((r) => r.remoteMta)];
  return servers.some((s) => MICROSOFT_HOST.test(hostOf(s)));
}
