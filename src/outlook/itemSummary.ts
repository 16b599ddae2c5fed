/** Names the open item so the pane can show which message its answer is about. */
import type { ItemSummary } from "./types";

type ReadItem = Office.MessageRead;

function emailText(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const v = value as { displayName?: unknown; emailAddress?: unknown };
  const name = typeof v.displayName === "string" ? v.displayName.trim() : "";
  const address = typeof v.emailAddress === "string" ? v.emailAddress.trim() : "";
  if (name && address && name !== address) return `${name} <${address}>`;
  return address || name || undefined;
}

function emailAddressOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const address = (value as { emailAddress?: unknown }).emailAddress;
  return typeof address === "string" && address.trim() ? address.trim() : undefined;
}

function isoDate(value: unknown): string | undefined {
  const d = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}

/** Reads only cheap 1.1 properties; any getter that throws just leaves its field out. */
export function summarizeItem(item: ReadItem): ItemSummary {
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  const subject = read(() => item.subject);
  const summary: ItemSummary = { subject: typeof subject === "string" ? subject : "" };
  const date = isoDate(read(() => item.dateTimeCreated));
  if (date) summary.date = date;
  const sender = read(() => item.from);
  const from = emailText(sender);
  if (from) summary.from = from;
  const fromAddress = emailAddressOf(sender);
  if (fromAddress) summary.fromAddress = fromAddress;
  const itemId = read(() => item.itemId);
  if (typeof itemId === "string" && itemId) summary.itemId = itemId;
  const itemClass = read(() => item.itemClass);
  if (typeof itemClass === "string" && itemClass) summary.itemClass = itemClass;
  return summary;
}
