/** What the controller needs from the pane (types only, so the first view doesn't carry the controller). */
import type { ClassifyInput, Diagnosis } from "../../classifier/types";
import type { Translate } from "../../i18n/translate";
import type { BounceCandidate, MailboxBounces } from "../../outlook/types";
import type { MessageParser } from "../reader/parse/messageParser";

export type ClassifyFn = (input: ClassifyInput) => Promise<Diagnosis>;

export interface MailBounces {
  /** The user's mailbox; absent in preview, where the sample mailbox stands in. */
  mailbox?: MailboxBounces;
  /** The parse worker's client: headlines are read there, as every reading is. */
  parser: MessageParser;
  /** The pane's words, for the label that names an explained bounce ("Bounce from your mailbox: …"). */
  words(): { t: Translate; date(value: string | undefined): string | undefined };
  /** Hands a bounce to the reader (the normal diagnosis view). */
  explain(candidate: BounceCandidate): void;
}
