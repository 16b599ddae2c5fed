import type { BounceCandidate, ItemSummary, MailboxItemRef, OfficeFailure, ReadPath } from "../../outlook/types";

/** What the pane is describing, so the view and the forward can name it. */
export interface ExplainedSource {
  /** e.g. "Attachment: Undeliverable.eml", "Pasted text", "Sample: …". */
  label: string;
  origin: BounceCandidate["origin"];
  path: ReadPath;
  /** True when the bounce is the open Outlook item or one of its attachments (it can be attached to a forward). */
  fromOutlook: boolean;
  /** The open message, when the bounce came from Outlook. */
  item?: ItemSummary;
  /** Read paths that failed on the way (shown in the read diagnostics). */
  failures: OfficeFailure[];
  /** A bounce fetched from the mailbox (origin "mailbox"): the forward attaches it by this id. */
  mailboxItem?: MailboxItemRef;
}
