import type { Diagnosis, MessageKind } from "../../classifier/types";
import type { Params } from "../../i18n/translate";
import type { UiKey } from "../../i18n/ui";
import type { ItemSummary, OfficeFailure } from "../../outlook/types";
import type { ForwardReading } from "../../roundtrip";
import type { ExplainedSource } from "./explainedSource";
import type { UnsafeReason } from "./parse/protocol";

/** One candidate that turned out to be a bounce (or a delay notice). */
export interface ExplainedResult {
  id: string;
  source: ExplainedSource;
  diagnosis: Diagnosis;
}

/** One thing the pane looked at, for the "no bounce found" explanation. */
export interface LookedAt {
  label: string;
  /** "unsafe": the parse worker was stopped on it (see UnsafeRead). */
  kind: MessageKind | "unreadable" | "unsafe";
  note?: string;
}

/** A candidate whose reading was stopped: "This message could not be read safely" and why. */
export interface UnsafeRead {
  label: string;
  reason: UnsafeReason;
}

/** The pane's own sentence for a host message, when the host named it (ReadOutcome.key). */
export interface MessageKey {
  key: UiKey;
  params?: Params;
}

export type ReaderState =
  | { status: "loading" }
  | { status: "no-item"; message: string; messageKey?: MessageKey }
  | { status: "error"; message: string; messageKey?: MessageKey; failures: OfficeFailure[]; item?: ItemSummary }
  /**
   * `forward`: the diagnosis blocks read by the trust model (a "Forward to my admin" message): the
   * one to use, the forwarder's damaged ones, the ignored ones and Outlook's sender.
   * `unsafe`: candidates the parse worker was stopped on; the others are still shown.
   */
  | { status: "no-bounce"; item?: ItemSummary; lookedAt: LookedAt[]; failures: OfficeFailure[]; forward?: ForwardReading; unsafe?: UnsafeRead[] }
  | { status: "success"; results: ExplainedResult[]; selected: number; forward?: ForwardReading; item?: ItemSummary; unsafe?: UnsafeRead[] };
