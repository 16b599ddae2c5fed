import type { ItemSummary } from "../../outlook/types";
import { formatDate } from "./formatDate";

/**
 * "Showing: <subject> · <date>": a pinned pane must always say which message its answer is about,
 * so an answer about the previous message can't be mistaken for one about the current one.
 */
export function showingLine(item: ItemSummary | undefined, fallbackLabel: string): string {
  if (!item) return `Showing: ${fallbackLabel}`;
  const date = formatDate(item.date);
  return `Showing: ${item.subject.trim() || "(no subject)"}${date ? ` · ${date}` : ""}`;
}
