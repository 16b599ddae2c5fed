/**
 * Complaint (feedback-loop) reports: ARF (RFC 5965, message/feedback-report) and Microsoft's
 * JMRP/SNDS reports, which are a plain multipart/mixed with the complained-about message attached.
 * They are not bounces, but they name the recipient who complained.
 */
import { firstEmail } from "./mail/address";
import { type HeaderMap, header, parseHeaderBlock } from "./mime/headers";
import { evidenceOf } from "./notes";
import type { Evidence } from "./types";

/** Microsoft JMRP subject ("complaint about message from 192.0.2.1"); matched at the start only. */
const JMRP_SUBJECT = /^\s*complaint about message from\b/i;

export function isJmrpComplaint(subject: string, hasAttachedMessage: boolean): boolean {
  return hasAttachedMessage && JMRP_SUBJECT.test(subject);
}

export interface ComplaintRecipient {
  address: string;
  evidence: Evidence;
}

/**
 * Who complained: every ARF `Original-Rcpt-To` (or `Removal-Recipient`), else Hotmail's
 * `X-HmXmrOriginalRecipient` or the `To` of the attached message. At most MAX_COMPLAINANTS.
 */
const MAX_COMPLAINANTS = 100;

export function complaintRecipients(feedbackText: string | undefined, originalHeaders: string | undefined): ComplaintRecipient[] {
  const out: ComplaintRecipient[] = [];
  const seen = new Set<string>();
  const add = (address: string, evidence: Evidence): void => {
    const key = address.toLowerCase();
    if (!address || seen.has(key) || out.length >= MAX_COMPLAINANTS) return;
    seen.add(key);
    out.push({ address, evidence });
  };
  if (feedbackText) {
    const fields: HeaderMap = parseHeaderBlock(feedbackText);
    for (const name of ["original-rcpt-to", "removal-recipient"]) {
      for (const value of fields.get(name) ?? [])
        add(firstEmail(value), evidenceOf("attachment", `${name}: ${value}`.slice(0, 300), "complaint.names-recipient"));
      if (out.length) return out;
    }
  }
  if (originalHeaders) {
    const fields = parseHeaderBlock(originalHeaders);
    for (const name of ["x-hmxmroriginalrecipient", "to"]) {
      const value = header(fields, name);
      const address = value ? firstEmail(value) : "";
      if (address) {
        add(address, evidenceOf("original-headers", `${name}: ${value ?? ""}`.slice(0, 300), "complaint.original-recipient"));
        return out;
      }
    }
  }
  return out;
}
