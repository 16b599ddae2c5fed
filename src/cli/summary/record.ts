/**
 * What `--summary` keeps of one diagnosis: the grouping keys of each failed recipient and the id
 * of its guidance entry. The classifier process reduces each Diagnosis to this, so only a few
 * short strings per file cross to the main process; an entry's fix text crosses once per process.
 */
import type { Diagnosis, GuidanceEntry, MessageKind, Reason } from "../../classifier/types";
import { codeOf, failedRecipients, recipientDomain, serverLabel } from "./keys";
import type { TopFix } from "./report";

export interface RecipientKeys {
  reason: Reason;
  code: string;
  domain: string;
  /** Guidance entry id, "" when none. */
  fix: string;
}

export interface SummaryRecord {
  isBounce: boolean;
  kind: MessageKind;
  server: string;
  recipients: RecipientKeys[];
  /** The fix texts of entries this record names and the receiver may not have seen yet. */
  fixes: TopFix[];
}

export function toTopFix(g: GuidanceEntry | undefined): TopFix {
  if (!g) return { id: "", title: "", adminStep: "" };
  const step = g.adminSteps?.[0];
  const fix: TopFix = { id: g.id, title: g.title, adminStep: step?.text ?? "" };
  if (step?.where?.label) fix.where = step.where.url ? `${step.where.label} (${step.where.url})` : step.where.label;
  const command = step?.commands?.[0]?.text;
  if (command) fix.command = command;
  return fix;
}

/** `sent` holds the fix ids already sent to this receiver; without it every fix is included. */
export function toRecord(d: Diagnosis, sent?: Set<string>): SummaryRecord {
  const record: SummaryRecord = { isBounce: d.isBounce, kind: d.kind, server: "", recipients: [], fixes: [] };
  if (!d.isBounce) return record;
  record.server = serverLabel(d.reportingMta);
  for (const r of failedRecipients(d)) {
    const fix = r.guidance?.id ?? "";
    record.recipients.push({ reason: r.reason, code: codeOf(r), domain: recipientDomain(r.address), fix });
    if (!sent?.has(fix)) {
      sent?.add(fix);
      if (!record.fixes.some((f) => f.id === fix)) record.fixes.push(toTopFix(r.guidance));
    }
  }
  return record;
}
