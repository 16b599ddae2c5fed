import type { Diagnosis, MessageKind } from "../../classifier/types";
import type { ItemSummary, OfficeFailure } from "../../outlook/types";
import type { UiKey } from "../../i18n/ui";
import type { Params } from "../../i18n/translate";
import type { BlockResult } from "../../roundtrip";
import type { ExplainedSource } from "./explainedSource";

/** One candidate that turned out to be a bounce (or a delay notice). */
export interface ExplainedResult {
  id: string;
  source: ExplainedSource;
  diagnosis: Diagnosis;
}

/** One thing the pane looked at, for the "no bounce found" explanation. */
export interface LookedAt {
  label: string;
  kind: MessageKind | "unreadable";
  note?: string;
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
  /** `blocks`: diagnosis blocks found (a "Forward to my admin" message); the admin view shows them. */
  | { status: "no-bounce"; item?: ItemSummary; lookedAt: LookedAt[]; failures: OfficeFailure[]; blocks?: BlockResult[] }
  | { status: "success"; results: ExplainedResult[]; selected: number; blocks?: BlockResult[]; item?: ItemSummary };
