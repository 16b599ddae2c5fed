/**
 * The contract between the task pane and whatever hosts it: Outlook (through Office.js) or the
 * plain-browser preview. Nothing here mentions Office types, so the pane and its tests can use a
 * host without loading office.js.
 */
import type { ClassifyInput } from "../classifier/types";
import type { MailboxFailure, MailboxSource, SentMessageRef } from "../graph/types";
import type { HostDiagnostics, ItemSummary, MailboxBouncesUnavailable, OfficeFailure, ReadPath } from "../shared/hostReport";

// Declared in the neutral module (roundtrip carries them too); re-exported so the pane keeps one import.
export type { HostDiagnostics, ItemSummary, MailboxBouncesUnavailable, OfficeFailure, ReadPath } from "../shared/hostReport";

export interface HostInfo {
  mode: "outlook" | "preview";
  host?: string;
  platform?: string;
  version?: string;
  /** Mailbox requirement sets the host reports as supported, e.g. ["1.1", …, "1.14"]. */
  mailboxSets: string[];
  /** Outlook's theme at start-up (from Office.context.officeTheme); absent when the host doesn't say. */
  theme?: "light" | "dark";
  /** Office.context.displayLanguage in Outlook (e.g. "fr-FR"), navigator.language in preview: the pane's language. */
  displayLanguage?: string;
  /**
   * The mailbox owner's address (Office.context.mailbox.userProfile.emailAddress, Mailbox 1.1):
   * who is reading, so the pane can tell a user's own forwarded bounce from one a colleague sent
   * to their admin, and the user's organisation from the recipient's. Absent in preview. Never
   * put into diagnostics or the forward.
   */
  mailboxOwner?: string;
}

/** A file Outlook handed over by drag and drop (DragAndDropEvent), already read into bytes. */
export interface DroppedFile {
  name: string;
  /** MIME type as Outlook gave it; often "" or "message/rfc822". */
  type: string;
  bytes: Uint8Array;
}

/**
 * Outlook on the web and new Outlook deliver drops through Office (DragAndDropEvent), not HTML5.
 * "dragover" lets the pane show where to drop; "drop" carries the files that could be read and a
 * failure for each one that couldn't.
 */
export type HostDropEvent = { type: "dragover" } | { type: "drop"; files: DroppedFile[]; failures: OfficeFailure[] };

/**
 * Stable names for the sentences the host returns (ReadOutcome, ActionResult). The pane words
 * them in its own language (src/i18n, keys "host.<name>"); `message` keeps the English for logs
 * and for callers without the tables.
 */
export type HostMessageKey =
  | "noItem"
  | "previewNoItem"
  | "noContents"
  | "readFailed"
  | "itemKeptChanging"
  | "invalidAdmin"
  | "noForm"
  | "prepareFailed"
  | "formUnconfirmed"
  | "formFailed"
  | "mailAppFailed"
  | "invalidAddress"
  | "addressNotStored"
  | "settingNotStored"
  | "noSettingsStore"
  | "addressSettingsFull"
  | "settingSettingsFull"
  | "addressUnconfirmed"
  | "settingUnconfirmed"
  | "addressNotSaved"
  | "settingNotSaved"
  | "resolverTooLong";

/** Something that may hold a bounce: the message itself, one of its attachments, … */
export interface BounceCandidate {
  id: string;
  origin: "message" | "item-attachment" | "file-attachment" | "dropped-file" | "pasted-text" | "mailbox";
  /** Shown to the user when there is more than one, e.g. "Attachment: Undeliverable.eml". */
  label: string;
  input: ClassifyInput;
  path: ReadPath;
  attachmentId?: string;
  /** The attachment's own name, so the pane can word `label` in its language ("Attachment: {name}"). */
  attachmentName?: string;
  /** A bounce read from the mailbox (origin "mailbox"): which message, so the pane and the forward can name and attach it. */
  mailboxItem?: MailboxItemRef;
}

/** A message of the mailbox (Graph), named so the pane can say which one it explains. */
export interface MailboxItemRef {
  /** Graph's (REST) id. */
  id: string;
  subject: string;
  /** ISO date-time it was received. */
  date: string;
  from?: string;
  /** true for the preview's sample mailbox: shown as samples, never attached. */
  sample?: boolean;
}

/**
 * Every readCurrent() call is numbered (`generation`). When a newer readCurrent() starts, or
 * ItemChanged fires, before a read finishes, that older read still resolves, but as "superseded":
 * the pane ignores it (keeps its state), because the newer read — or the re-read its ItemChanged
 * handler starts — will deliver. A slow answer about the previous message can't overwrite the
 * current one. (An item swapped without any event is followed by the read itself.)
 */
export type ReadOutcome =
  | {
      status: "ok";
      generation?: number;
      item: ItemSummary;
      candidates: BounceCandidate[];
      /** The best read path that gave the message itself. */
      path: ReadPath;
      /** Paths that were tried and failed on the way (not fatal). */
      failures: OfficeFailure[];
    }
  /** No item: a pinned pane on an item Outlook won't give add-ins (e.g. an NDR itself). */
  | { status: "no-item"; message: string; key?: HostMessageKey; generation?: number }
  /** `item` names the open message when Outlook gave it but not its contents. */
  | { status: "error"; message: string; key?: HostMessageKey; failures: OfficeFailure[]; generation?: number; item?: ItemSummary }
  /** The item changed, or a newer read started, while this read was in flight: ignore it. */
  | { status: "superseded"; generation: number };

/** A new message to the admin; nothing is sent until the user presses Send. */
export interface ForwardRequest {
  to: string;
  /** At most 255 characters (MessageForm limit). */
  subject: string;
  /** At most 32 KB (MessageForm limit). */
  htmlBody: string;
  /** Attach the open message as an item (only where the add-in is active on it). */
  attachCurrentItem: boolean;
  /**
   * Attach this message of the mailbox instead (a bounce fetched through Graph): its Graph id and
   * the attachment's name. The host converts the id (convertToEwsId) where the client can, and
   * leaves the attachment out where it can't; the forward's text carries the diagnosis either way.
   */
  attachMailboxItem?: { id: string; name: string };
}

export type ActionResult = { ok: true } | { ok: false; message: string; key?: HostMessageKey; failure?: OfficeFailure };

/**
 * Where the admin address came from: the user typed it ("user"), the deployment set it for
 * everyone ("organisation": the manifest's task pane URL ?admin= inside Outlook, or the build's
 * NDR_DEFAULT_ADMIN), or, in preview mode, the ?admin= of the link that opened the page ("link":
 * anyone can make such a link, so it is never presented as the organisation's).
 */
export type AdminAddressSource = "user" | "organisation" | "link";

export interface AdminAddressSetting {
  address: string;
  source: AdminAddressSource;
}

/** The admin view's live DNS checks: off until an admin turns them on; the resolver is theirs to choose. */
export interface DnsCheckPreference {
  enabled: boolean;
  /** RFC 8484 endpoint (https, or http to loopback only). */
  resolverUrl: string;
}

/** The open message, for "this message bounced": its Internet Message-ID and when it was sent. */
export type OpenMessageRef = SentMessageRef & { subject: string };

/**
 * The mailbox's bounce reports (Microsoft Graph through nested app authentication). Nothing is
 * read until the user turns it on; the choice is kept in roaming settings.
 */
export interface MailboxBounces {
  /** The user's saved choice (roaming settings key "mailboxSearch"); off until they turn it on. */
  isEnabled(): boolean;
  /** Saves the choice; turning it off also forgets the sign-in held in memory. */
  setEnabled(on: boolean): Promise<ActionResult>;
  /**
   * Loads the sign-in and Graph code (a lazy chunk) and connects to the mailbox. Signing in (and
   * the consent prompt, the first time) happens on the source's first request. Failures are
   * typed, and logged for the Diagnostics panel.
   */
  connect(): Promise<{ ok: true; source: MailboxSource } | { ok: false; failure: MailboxFailure }>;
  /** Fetches the sign-in and Graph code ahead of use (the pane's own files; no sign-in, no request to Graph). */
  prepare?(): void;
  /** The open message's Internet Message-ID (Mailbox 1.1), when there is an ordinary message open. */
  openMessage(): OpenMessageRef | undefined;
  /** Where a tenant admin grants consent for everyone (tenants that turned user consent off). */
  adminConsentUrl: string;
}

/** Everything the pane needs from its host. */
export interface MailHost {
  info: HostInfo;
  /** Reads the open message (Outlook) — in preview there is none, and this resolves "no-item". */
  readCurrent(): Promise<ReadOutcome>;
  /** Subscribes to the pinned pane moving to another item; returns an unsubscribe function. */
  onItemChanged(handler: () => void): () => void;
  /** Whether a new-message form can be opened (false on mobile, where the pane offers Copy instead). */
  canOpenForm: boolean;
  openForward(request: ForwardRequest): Promise<ActionResult>;
  /** The address to forward to: the user's own setting wins over the organisation's default. */
  getAdminAddress(): string | undefined;
  /** The same address with where it came from, so the pane can say "set by your admin". */
  getAdminAddressSetting(): AdminAddressSetting | undefined;
  saveAdminAddress(address: string): Promise<ActionResult>;
  /** Saved choice for the live DNS checks; defaults (off, the default resolver) when none or invalid. */
  getDnsCheckSettings(): DnsCheckPreference;
  /** Refuses (ok: false) a resolver URL that parseResolverUrl rejects; nothing is stored then. */
  saveDnsCheckSettings(settings: DnsCheckPreference): Promise<ActionResult>;
  /** Host facts and recent failures for the diagnostics panel and the forward. */
  diagnostics(): HostDiagnostics;
  /**
   * Present only where Outlook hands drops to the add-in (DragAndDropEvent: Outlook on the web and
   * new Outlook). Elsewhere the pane relies on the HTML5 drop. Returns an unsubscribe function.
   */
  onDrop?(handler: (event: HostDropEvent) => void): () => void;
  /** Present only where Outlook reports theme changes (OfficeThemeChanged, Mailbox 1.14). */
  onThemeChanged?(handler: (theme: "light" | "dark") => void): () => void;
  /** Present where the mailbox's bounces can be listed (Graph through NAA); see mailboxBouncesUnavailable otherwise. */
  mailboxBounces?: MailboxBounces;
  /** Why mailboxBounces is absent (set by both hosts; absent on hosts that predate the feature). */
  mailboxBouncesUnavailable?: MailboxBouncesUnavailable;
}
