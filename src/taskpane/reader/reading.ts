/**
 * From the host's answer about the open message to what the pane shows: the candidates it gave,
 * classified, and the diagnosis blocks found in them. Shared by the reader hook and by the first
 * reading Bootstrap starts before the pane is on screen (./firstRead.ts).
 */
import type { ClassifyInput, Diagnosis } from "../../classifier/types";
import type { Translate } from "../../i18n/translate";
import type { HostMessageKey, MailHost, ReadOutcome } from "../../outlook/types";
import { loadEngine } from "./engine/loadEngine";
import { localizeCandidateLabel } from "../i18n/candidateLabel";
import { perfMark } from "../common/perfMarks";
import { type ClassifyFn, classifyCandidates } from "./classifyCandidates";
import type { MessageKey, ReaderState } from "./readerState";

/** Office can leave a call unanswered (restricted item, pinned pane); the pane says so instead of spinning. */
export const READ_TIMEOUT_MS = 30_000;

/** The host said a newer read (another item) will deliver instead: this one shows nothing. */
export const SUPERSEDED = Symbol("superseded");

export type Reading = ReaderState | typeof SUPERSEDED;

const hostKey = (key: HostMessageKey | undefined): MessageKey | undefined => (key ? { key: `host.${key}` } : undefined);

/** The real classifier, from its own chunk (started at boot, so usually loaded by now). */
export const engineClassify: ClassifyFn = async (input: ClassifyInput): Promise<Diagnosis> => {
  const engine = await loadEngine();
  perfMark("ndr:engine-ready");
  return engine.classify(input);
};

/** `t` words the candidates' labels ("This message", "Attachment: …"). */
export async function readingOf(outcome: ReadOutcome, host: MailHost, t: Translate, classify: ClassifyFn): Promise<Reading> {
  // The host numbers its reads too; an outcome it marks superseded is about an older item.
  if (outcome.status === "superseded") return SUPERSEDED;
  if (outcome.status === "no-item") return { status: "no-item", message: outcome.message, messageKey: hostKey(outcome.key) };
  if (outcome.status === "error") return { status: "error", message: outcome.message, messageKey: hostKey(outcome.key), failures: outcome.failures, item: outcome.item };
  const ctx = { fromOutlook: host.info.mode === "outlook", item: outcome.item, path: outcome.path, failures: outcome.failures };
  const candidates = outcome.candidates.map((c) => localizeCandidateLabel(c, t));
  return classifyCandidates(candidates, ctx, classify);
}
