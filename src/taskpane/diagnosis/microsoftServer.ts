import { isMicrosoftHost } from "../../classifier/mail/microsoftHost";
import type { Diagnosis } from "../../classifier/types";

/**
 * Whether Microsoft's mail service wrote this report or refused the message: only then is
 * Microsoft's article about a status code the right reading for a generic guidance row.
 * The host test is the classifier's (mail/microsoftHost), so the pane and the reading agree.
 */
export function involvesMicrosoft(diagnosis: Pick<Diagnosis, "layout" | "reportingMta" | "recipients">): boolean {
  if (diagnosis.layout === "exo-new" || diagnosis.layout === "exo-classic" || diagnosis.layout === "exchange-onprem") return true;
  const servers = [diagnosis.reportingMta, ...diagnosis.recipients.map((r) => r.remoteMta)];
  return servers.some((s) => isMicrosoftHost(s));
}
