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
 * Who complained: ARF `Original-Rcpt-To` / `Removal-Recipient`, else Hotmail's
 * `X-HmXmrOriginalRecipient` or the `To` of the attached message.
 */
export function complaintRecipient(feedbackText: string | undefined, originalHeaders: string | undefined): ComplaintRecipient | undefined {
  if (feedbackText) {
    const fields: HeaderMap = parseHeaderBlock(feedbackText);
    for (const name of ["original-rcpt-to", "removal-recipient"]) {
      const value = header(fields, name);
      const address = value ? firstEmail(value) : "";
      if (address) return { address, evidence: evidenceOf("attachment", `${name}: ${value ?? ""}`.slice(0, 300), "complaint.names-recipient") };
    }
  }
  if (originalHeaders) {
    const fields = parseHeaderBlock(originalHeaders);
    for (const name of ["x-hmxmroriginalrecipient", "to"]) {
      const value = header(fields, name);
      const address = value ? firstEmail(value) : "";
      if (address) return { address, evidence: evidenceOf("original-headers", `${name}: ${value ?? ""}`.slice(0, 300), "complaint.original-recipient") };
    }
  }
  return undefined;
}
