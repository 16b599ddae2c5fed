/**
 * The classifier's public vocabulary. Everything the pane, the forward and the CLI say
 * comes from these types, so they change only with care (and with every consumer).
 */

/** Sisimai's reason names: the shared vocabulary (see ../shared/docs/classifier-research.md §1.2). */
export type Reason =
  | "authfailure"
  | "badreputation"
  | "blocked"
  | "contenterror"
  | "delivered"
  | "exceedlimit"
  | "expired"
  | "failedstarttls"
  | "feedback"
  | "filtered"
  | "hasmoved"
  | "hostunknown"
  | "mailboxfull"
  | "mailererror"
  | "mesgtoobig"
  | "networkerror"
  | "norelaying"
  | "notaccept"
  | "notcompliantrfc"
  | "onhold"
  | "policyviolation"
  | "rejected"
  | "requireptr"
  | "securityerror"
  | "spamdetected"
  | "speeding"
  | "suppressed"
  | "suspend"
  | "syntaxerror"
  | "systemerror"
  | "systemfull"
  | "toomanyconn"
  | "undefined"
  | "userunknown"
  | "vacation"
  | "virusdetected";

/** Who has to do something about the bounce. */
export type Actor = "sender" | "sender-admin" | "recipient-admin";

export type Confidence = "high" | "medium" | "low";

/** Which organisation a step is for, seen from the person whose mail bounced. */
export type StepAudience = "recipient-org" | "sender-org";

/** The shell a command runs in; the pane labels it outside the copied text. */
export type CommandShell =
  /** A Connect-ExchangeOnline session. */
  | "exchange-online-powershell"
  /** On-premises Exchange Server. */
  | "exchange-management-shell"
  /** Plain Windows PowerShell, e.g. Resolve-DnsName, Test-NetConnection, Start-ADSyncSyncCycle. */
  | "windows-powershell"
  /** nslookup/dig style, runnable anywhere. */
  | "dns-lookup";

export interface StepCommand {
  shell: CommandShell;
  /**
   * Runnable exactly as copied once placeholders are filled: commands only (no parenthetical
   * commentary, no prose), one shell per StepCommand, several commands on separate lines.
   * Placeholders the pane fills: <domain> (the recipient's domain), <recipient> (the failed
   * address), <sender> (the original sender's address), <sender-domain>. Any other <…> is a value
   * the pane can't know (e.g. <connector-name>); the pane marks it "replace before running".
   */
  text: string;
}

/** One admin step: what to check, where to do it, whose admin it is for, and the commands that check it. */
export interface AdminStep {
  text: string;
  /** A page in the Microsoft 365 / Exchange admin center, or another console. */
  where?: { label: string; url?: string };
  /** The commands that verify (or make) this change, one entry per shell. */
  commands?: StepCommand[];
  /** Whose admin this step is for; absent = whichever organisation runs the mail system concerned. */
  audience?: StepAudience;
  /**
   * For sender-org steps that apply only in some set-ups: a short clause the pane shows as
   * "For your admin (only if …)", e.g. "your organization sends from on-premises Exchange through
   * Exchange Online Protection".
   */
  condition?: string;
}

/** One row of the guidance table: data, not logic. */
export interface GuidanceEntry {
  /** Stable id, e.g. "exo-5.4.1-relay-access-denied". Used as a key by the pane and in the forward. */
  id: string;
  /** Enhanced status codes or ranges this entry is about, e.g. ["5.4.1"], ["5.7.606-649"]. */
  codes: string[];
  /** The exact NDR text(s) Microsoft (or the MTA) uses, when documented. */
  ndrTexts?: string[];
  /** Short label used in lists, the forward and the CLI. */
  title: string;
  /**
   * The five-second answer on the user view: plain words, says whose side the problem is on, and
   * may name the recipient's domain or address as {domain} / {recipient} (the pane fills them, or
   * words "the recipient's domain" / "the recipient" when unknown).
   */
  headline: string;
  /** One short sentence (at most 30 words): what went wrong. */
  cause: string;
  /** The longer explanation (admin view, "Why we think so"), when there is more to say. */
  detail?: string;
  /** What the user should tell or send the other organisation when its admin must act. */
  tellRecipient?: string;
  whoMustAct: Actor[];
  /** Short imperative sentences, the one most likely to help first. */
  userSteps: string[];
  adminSteps: AdminStep[];
  docsUrl?: string;
  /** The reason this entry implies (used when the text alone doesn't decide). */
  reason: Reason;
  /** True for the fallback entries chosen by RFC 3463 class and subject only. */
  generic?: boolean;
  /**
   * "microsoft": the wording (Exchange terms, public folders, admin centers, Microsoft's article)
   * only fits bounces from Microsoft's servers or software. For a bounce whose refusing or
   * reporting server is another's, the matcher never picks it by code alone; the neutral generic
   * entry for the code is used instead.
   */
  provider?: "microsoft";
}

/** Where a piece of evidence came from. */
export type EvidenceSource = "headers" | "delivery-status" | "text-body" | "html-body" | "attachment" | "original-headers" | "pasted-text";

export interface Evidence {
  source: EvidenceSource;
  /** The line (or short excerpt) that matched, as it appears in the message. */
  text: string;
  /** What this line told the classifier, in English, e.g. "Exchange Online classic layout", "DBEB phrase". */
  note: string;
  /**
   * Stable code of `note` (see src/classifier/notes.ts): `note` is its English template filled
   * with `params`, so a pane can word it in another language. Absent on evidence from an older
   * classifier or a decoded payload; show `note` then.
   */
  code?: string;
  /** Values for the code's {placeholders}; taken from the message, so shown as text, never markup. */
  params?: Record<string, string>;
}

/** A coded sentence: its code (src/classifier/notes.ts) and the values for its {placeholders}. */
export interface NoteRef {
  code: string;
  params?: Record<string, string>;
}

export type RecipientAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded" | "";

export interface RecipientDiagnosis {
  address: string;
  displayName?: string;
  originalRecipient?: string;
  action: RecipientAction;
  /** RFC 3463 enhanced status code, e.g. "5.4.1"; "" when the message has none. */
  status: string;
  /** SMTP reply code, e.g. "550"; "" when the message has none. */
  reply: string;
  /** The server's reply text as found in the message (unfolded, trimmed). */
  diagnostic: string;
  /** The server that refused the message, when known. */
  remoteMta?: string;
  /** SMTP command that was refused (RCPT, DATA, MAIL, …), when known. */
  command?: string;
  reason: Reason;
  /** Matched guidance entry (a generic one when nothing specific matched). */
  guidance: GuidanceEntry;
  confidence: Confidence;
  evidence: Evidence[];
}

export interface OriginalMessage {
  subject?: string;
  date?: string;
  messageId?: string;
  from?: string;
  to?: string;
}

/** What kind of message this is; only "bounce" and "delay" are delivery failures/notices. */
export type MessageKind = "bounce" | "delay" | "delivery-report" | "auto-reply" | "read-receipt" | "feedback-report" | "not-bounce";

/** Which family of layout the bounce was recognised as. */
export type Layout =
  "exo-new" | "exo-classic" | "exchange-onprem" | "rfc3464" | "postfix" | "sendmail" | "exim" | "qmail" | "gmail" | "other-mta" | "text-only" | "none";

/** One row of the "Message Hops" table in Exchange Online's newer NDR layout. */
export interface MessageHop {
  /** 1 for the first server the message passed through. */
  hop: number;
  /** As printed, e.g. "5/14/2024 9:12:01 AM" (UTC, in the report's locale). */
  time?: string;
  from?: string;
  to?: string;
  /** Protocol or channel, e.g. "mapi", "HTTPS", "Microsoft SMTP Server (version=TLS1_2, …)". */
  with?: string;
  /** Time spent on the hop, e.g. "2 sec"; "*" for none. */
  relayTime?: string;
}

export interface Diagnosis {
  /** True when at least one recipient failed (a delay notice is not a bounce). */
  isBounce: boolean;
  kind: MessageKind;
  layout: Layout;
  recipients: RecipientDiagnosis[];
  /** The server that wrote the report (Reporting-MTA, "Generating server", "DSN generated by"). */
  reportingMta?: string;
  arrivalDate?: string;
  /** Subject of the report itself ("Undeliverable: …"). */
  reportSubject?: string;
  original?: OriginalMessage;
  /** Message-level evidence: why this was (or was not) taken for a bounce. */
  evidence: Evidence[];
  /** Problems met while reading (malformed MIME, truncated input, unknown charset), in English. Never fatal. */
  warnings: string[];
  /** The code of each warning, index for index with `warnings` (absent from older classifiers). */
  warningCodes?: NoteRef[];
  /** The report's "Message Hops" table (Exchange Online's newer layout), when it has one. */
  hops?: MessageHop[];
  /**
   * Which reader decoded the report's text: a layout module's id (src/classifier/layouts/registry.ts,
   * e.g. "postfix", "exchange-online", "dragonfly"), "free-text" when the failed address was found
   * in the report's sentences, "rfc3464" when only the delivery-status part was read, "arf" / "jmrp"
   * for complaint reports. Absent when nothing was decoded. Finer than `layout`, which stays the
   * coarse family.
   */
  decodedBy?: string;
  /**
   * Set when the bounce was not the message itself but was read from inside it: quoted in the
   * body of a forward ("inline-forward") or attached to it ("attachment"). Absent for a bounce
   * read directly. When forwards nest, this is the outermost one: what the user is looking at.
   */
  container?: BounceContainer;
}

/** How a bounce reached the user when it is not the message itself (see Diagnosis.container). */
export type BounceContainer = "inline-forward" | "attachment";

/** An attachment handed over by Office.js (or a file the user dropped). */
export interface InputAttachment {
  name: string;
  contentType?: string;
  /** Raw text (EML) or bytes (decoded Base64). */
  content: string | Uint8Array;
}

/** The pieces Office.js gives when the whole MIME is not available. */
export interface MessageParts {
  html?: string;
  text?: string;
  /** All internet headers as one string (getAllInternetHeadersAsync). */
  headers?: string;
  subject?: string;
  attachments?: InputAttachment[];
}

/** Raw MIME as text or bytes, or the pieces Office.js gives. */
export type ClassifyInput = string | Uint8Array | MessageParts;

export interface ClassifyOptions {
  /**
   * Parts of the diagnosis the caller never reads, left out to save their work: `original` (the
   * returned message's From/To/Subject/Date/Message-ID, decoded from its headers) and `hops`.
   * Nothing else in the diagnosis depends on them (the CLI's --summary omits both, --json and
   * the text mode omit hops).
   */
  omit?: { original?: boolean; hops?: boolean };
}
