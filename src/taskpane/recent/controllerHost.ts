/** What the controller needs from the pane (types only, so the first view doesn't carry the controller). */
import type { ClassifyInput, Diagnosis } from "../../classifier/types";
import type { FetchedBounce, MailboxMessage } from "../../graph/types";
import type { MailboxBounces } from "../../outlook/types";

export type ClassifyFn = (input: ClassifyInput) => Promise<Diagnosis>;

export interface MailBounces {
  /** The user's mailbox; absent in preview, where the sample mailbox stands in. */
  mailbox?: MailboxBounces;
  classify: ClassifyFn;
  /** Hands a fetched bounce to the reader (the normal diagnosis view). */
  explain(message: MailboxMessage, fetched: FetchedBounce): void;
}
