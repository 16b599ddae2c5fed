/** Mailbox-search failures as the Diagnostics panel and the forward's block list them (OfficeFailure). */
import type { MailboxFailure } from "../../graph/types";
import type { OfficeFailure } from "../types";

/** Graph's or MSAL's code with the HTTP status; the kind when there is neither. Never message content. */
export function toOfficeFailure(f: MailboxFailure): OfficeFailure {
  const code = [f.code, f.status !== undefined ? `HTTP ${f.status}` : undefined].filter(Boolean).join(" / ") || f.kind;
  const extra = [f.retryAfterSeconds !== undefined ? `Retry-After ${f.retryAfterSeconds} s.` : "", f.requestId ? `request-id ${f.requestId}.` : ""].filter(
    Boolean,
  );
  return { step: f.step, code, message: [f.message, ...extra].join(" ") };
}
