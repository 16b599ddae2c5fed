import type { Diagnosis, GuidanceEntry, RecipientDiagnosis } from "../../classifier/types";

/** Recipients that share one guidance entry and code: shown as one section with one set of steps. */
export interface Problem {
  key: string;
  guidance: GuidanceEntry;
  status: string;
  recipients: RecipientDiagnosis[];
}

/**
 * Reports also list recipients that were delivered or relayed; those need no help, so they are
 * left out unless nothing else is there (then the user still sees what the report said).
 */
function recipientsNeedingHelp(diagnosis: Diagnosis): RecipientDiagnosis[] {
  const troubled = diagnosis.recipients.filter((r) => r.action === "failed" || r.action === "delayed" || r.action === "");
  return troubled.length > 0 ? troubled : diagnosis.recipients;
}

export function groupProblems(diagnosis: Diagnosis): Problem[] {
  const byKey = new Map<string, Problem>();
  for (const recipient of recipientsNeedingHelp(diagnosis)) {
    const key = `${recipient.guidance.id}|${recipient.status}`;
    const existing = byKey.get(key);
    if (existing) existing.recipients.push(recipient);
    else byKey.set(key, { key, guidance: recipient.guidance, status: recipient.status, recipients: [recipient] });
  }
  return [...byKey.values()];
}
