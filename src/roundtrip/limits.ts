/**
 * Caps on every field of a block. toPayload cuts to them and the decoder rejects anything past
 * them, so a hostile block can't hand the admin's pane a megabyte "status" or 10,000 recipients.
 */
export const LIMITS = {
  /** Subjects, addresses, MTAs, dates, message ids, host facts. */
  text: 1000,
  /** Server reply text per recipient. */
  diagnostic: 2000,
  status: 32,
  reply: 16,
  guidanceId: 200,
  recipients: 200,
  failures: 20,
  failureStep: 300,
  failureMessage: 1000,
  failureCode: 100,
  mailboxSets: 40,
  mailboxSet: 10,
  createdAt: 40,
} as const;

const ELLIPSIS = "…";

/** Cuts to at most `max` UTF-16 units, ending in "…", never splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}
