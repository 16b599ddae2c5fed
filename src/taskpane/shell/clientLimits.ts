import { type Translate, englishT } from "../../i18n/translate";
import type { HostInfo } from "../../outlook/types";

/**
 * What this Outlook can't give the add-in, from the Mailbox requirement sets it reports, and what
 * the diagnosis is then based on. The pane says so instead of pretending it read everything.
 */
export interface ClientLimits {
  /** One sentence for the pane; undefined when nothing the pane uses is missing. */
  note?: string;
  /** Short names of what's missing, for tests and the diagnostics panel. */
  missing: string[];
}

const has = (info: HostInfo, set: string): boolean => info.mailboxSets.includes(set);

export function clientLimits(info: HostInfo, canOpenForm: boolean, t: Translate = englishT): ClientLimits {
  if (info.mode !== "outlook") return { missing: [] };
  const missing: string[] = [];
  const fullMessage = has(info, "1.14");
  const attachmentsAndHeaders = has(info, "1.8");
  const body = has(info, "1.3");
  if (!fullMessage) missing.push("full message");
  if (!attachmentsAndHeaders) missing.push("attachments", "headers");
  if (!body) missing.push("body");
  if (!has(info, "1.5")) missing.push("item changes");
  if (!canOpenForm) missing.push("new message form");

  const parts: string[] = [];
  if (!body) {
    parts.push(t("limits.noBody"));
  } else if (!attachmentsAndHeaders) {
    parts.push(t("limits.bodyOnly"));
  } else if (!fullMessage) {
    parts.push(t("limits.noFullMessage"));
  }
  if (!has(info, "1.5")) parts.push(t("limits.noItemChanged"));
  if (!canOpenForm) parts.push(t("limits.noForm"));
  return parts.length > 0 ? { note: parts.join(" "), missing } : { missing };
}

/** Outlook on iOS and Android has no drag and drop into add-ins at all (neither Office's nor HTML5). */
export function canDragIntoPane(info: HostInfo): boolean {
  const platform = (info.platform ?? "").toLowerCase();
  return platform !== "ios" && platform !== "android";
}
