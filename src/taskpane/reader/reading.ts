/**
 * From the host's answer about the open message to what the pane shows: the candidates it gave,
 * classified, and the diagnosis blocks found in them. Shared by the reader hook and by the first
 * reading Bootstrap starts before the pane is on screen (./firstRead.ts).
 */
import type { Translate } from "../../i18n/translate";
import type { HostMessageKey, MailHost, ReadOutcome } from "../../outlook/types";
import { localizeCandidateLabel } from "../i18n/candidateLabel";
import { classifyCandidates } from "./classifyCandidates";
import type { MessageParser } from "./parse/messageParser";
import type { MessageKey, ReaderState } from "./readerState";

/** Office can leave a call unanswered (restricted item, pinned pane); the pane says so instead of spinning. */
export const READ_TIMEOUT_MS = 30_000;

/** The host said a newer read (another item) will deliver instead: this one shows nothing. */
export const SUPERSEDED = Symbol("superseded");

export type Reading = ReaderState | typeof SUPERSEDED;

const hostKey = (key: HostMessageKey | undefined): MessageKey | undefined => (key ? { key: `host.${key}` } : undefined);

/** `t` words the candidates' labels ("This message", "Attachment: …"); `parser` is the parse worker's client. */
export async function readingOf(outcome: ReadOutcome, host: MailHost, t: Translate, parser: MessageParser, signal?: AbortSignal): Promise<Reading> {
  // The host numbers its reads too; an outcome it marks superseded is about an older item.
  if (outcome.status === "superseded") return SUPERSEDED;
  if (outcome.status === "no-item") return { status: "no-item", message: outcome.message, messageKey: hostKey(outcome.key) };
  if (outcome.status === "error")
    return { status: "error", message: outcome.message, messageKey: hostKey(outcome.key), failures: outcome.failures, item: outcome.item };
  const ctx = { fromOutlook: host.info.mode === "outlook", item: outcome.item, path: outcome.path, failures: outcome.failures };
  const candidates = outcome.candidates.map((c) => localizeCandidateLabel(c, t));
  return classifyCandidates(candidates, ctx, parser, signal);
}
