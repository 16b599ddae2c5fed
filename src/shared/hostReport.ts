/**
 * What the host reports about itself and the open message, shared by the layers that produce it
 * (src/outlook), show it (src/taskpane) and carry it in the forward's diagnosis block
 * (src/roundtrip). A neutral module: it imports nothing, so no layer has to reach into another.
 */

/** How the data for a candidate was obtained. */
export type ReadPath =
  | "mime" // item.getAsFileAsync (Mailbox 1.14)
  | "html+headers" // body.getAsync(Html) + getAllInternetHeadersAsync (1.8)
  | "body" // body.getAsync only (1.3)
  | "item-attachment" // getAttachmentContentAsync, format Eml (1.8)
  | "file-attachment" // getAttachmentContentAsync, format Base64 (.eml/.msg files) (1.8)
  | "drop"
  | "paste"
  | "file"
  | "sample"
  | "graph-mime" // GET /me/messages/{id}/$value (the mailbox's bounces, through Graph)
  | "graph-body+headers"; // its fallback: body + internetMessageHeaders

/** One Office.js call that failed or gave nothing usable; shown to the user and in diagnostics. */
export interface OfficeFailure {
  /** The call, e.g. "getAsFileAsync", "getAttachmentContentAsync (Undeliverable.eml)". */
  step: string;
  /** Office error name or code when Office gave one (e.g. "AttachmentTypeNotSupported", 9057). */
  code?: string | number;
  message: string;
}

/** The open message, named in the pane so a stale pinned pane can't be mistaken for the current one. */
export interface ItemSummary {
  subject: string;
  /** ISO date-time of the item, when Outlook gives it. */
  date?: string;
  from?: string;
  /** The sender's address alone (item.from.emailAddress): who forwarded or attached the bounce. */
  fromAddress?: string;
  itemId?: string;
  itemClass?: string;
}

/** Why the mailbox's bounces can't be listed here (MailHost.mailboxBouncesUnavailable). */
export type MailboxBouncesUnavailable =
  /** No Entra app id configured (NDR_GRAPH_CLIENT_ID or ?graphClientId=): the deployment hasn't set it up. */
  | "no-client-id"
  /** The client lacks NestedAppAuth 1.1 (older builds, Outlook.com and Gmail accounts). */
  | "no-naa"
  /** Not an Exchange Online mailbox (Exchange on-premises, Outlook.com): Graph can't serve it. */
  | "not-exchange-online"
  /** Outside Outlook: the sample mailbox stands in. */
  | "preview";

/** What the diagnostics panel and the forward may show about the host: never message content. */
export interface HostDiagnostics {
  mode: "outlook" | "preview";
  host?: string;
  platform?: string;
  /** Client build: mailbox.diagnostics.hostVersion, else Office.context.diagnostics.version. */
  version?: string;
  mailboxSets: string[];
  displayLanguage?: string;
  canOpenForm: boolean;
  /** Path that gave the last successful read of the message itself. */
  lastReadPath?: ReadPath;
  /** Whether Outlook delivers drags onto the pane to the add-in (DragAndDropEvent); absent in preview. */
  dragAndDrop?: boolean;
  /** The mailbox search (recent bounces): "on"/"off" by the user's choice, else why it isn't offered. */
  mailboxSearch?: "on" | "off" | MailboxBouncesUnavailable;
  /** Failures of the last read and of later actions (attachment names replaced, newest last, capped). */
  failures: OfficeFailure[];
}
