/**
 * Who is reading decides the view. A bounce the user forwarded to themselves (the pane's own
 * advice when Outlook won't open an NDR) is still the user's; a bounce someone else forwarded or
 * attached is their admin's case; a message carrying our diagnosis block is always the admin's.
 */
import { sameAddress, addressIn } from "../common/addresses";
import type { ExplainedResult } from "../reader/readerState";
import { isForwardedNdr } from "./adminModel";

/**
 * True when the bounce was read out of a forward or attachment that someone other than the
 * mailbox owner sent, about a message someone other than the owner wrote. Without the owner's
 * address nobody can tell, and the pane stays in the user view (the admin tab is still there).
 */
export function forwardedBySomeoneElse(result: ExplainedResult, mailboxOwner: string | undefined): boolean {
  if (!isForwardedNdr(result) || !addressIn(mailboxOwner)) return false;
  const outerSender = result.source.item?.fromAddress ?? result.source.item?.from;
  const originalSender = result.diagnosis.original?.from;
  // Nothing says who forwarded it or whose message bounced: it may well be the user's own.
  if (!addressIn(outerSender) && !addressIn(originalSender)) return false;
  return !sameAddress(outerSender, mailboxOwner) && !sameAddress(originalSender, mailboxOwner);
}
