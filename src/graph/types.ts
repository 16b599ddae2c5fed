/**
 * The mailbox's bounce reports through Microsoft Graph: the vocabulary shared by the Graph client
 * (./client.ts), the NAA sign-in in src/outlook/mailbox/, the preview's sample mailbox and the
 * pane. Host-free: no Office, no DOM beyond fetch's types.
 */
import type { ClassifyInput } from "../classifier/types";

/** window.fetch's shape, injected so jest and the benchmark can point the client anywhere. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface TokenRequestOptions {
  /** After a 401: ask the sign-in for a new token instead of the cached one. */
  forceRefresh?: boolean;
  /**
   * false: never show a window (consent, MFA); fail with "interaction-required" instead. The
   * automatic "did this message bounce?" look-up uses it, so no prompt appears unasked.
   */
  interactive?: boolean;
}

/**
 * Gives a bearer token for Graph with the delegated Mail.Read scope. Rejects with a GraphError
 * whose failure names what went wrong (consent refused, Conditional Access, …).
 */
export type TokenProvider = (options?: TokenRequestOptions) => Promise<string>;

/** Everything a failure can be, each with its own sentence in the pane (src/i18n, "mailbox.failure.<kind>"). */
export type MailboxFailureKind =
  // Sign-in (MSAL through nested app authentication)
  | "consent-refused"
  | "consent-blocked"
  | "conditional-access"
  | "interaction-required"
  | "popup-blocked"
  | "no-naa"
  | "sign-in"
  // Graph's answers
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "throttled"
  | "unavailable"
  | "bad-request"
  | "inefficient-filter"
  | "too-large"
  | "bad-response"
  /** Graph can't serve this mailbox (Exchange on-premises, a consumer account): MailboxNotEnabledForRESTAPI. */
  | "mailbox-unsupported"
  // The way there
  | "network"
  | "timeout"
  | "aborted";

/** One failed step, for the pane, the Diagnostics panel and the forward's diagnostics block: never message content. */
export interface MailboxFailure {
  kind: MailboxFailureKind;
  /** What was being done, e.g. "Graph: list bounces", "Graph: GET $value", "Sign-in (nested app auth)". */
  step: string;
  /** HTTP status from Graph. */
  status?: number;
  /** Graph's error code ("InefficientFilter", "ErrorItemNotFound") or MSAL's ("consent_required / AADSTS65004"). */
  code?: string;
  /** English detail for logs and diagnostics; the pane words the failure from `kind`. */
  message: string;
  /** Seconds Graph asked us to wait (Retry-After), when it gave up waiting. */
  retryAfterSeconds?: number;
  /** Graph's request-id header: what Microsoft support asks for. */
  requestId?: string;
}

/** Thrown inside the client and the token provider; the public methods turn it into a result. */
export class MailboxError extends Error {
  readonly failure: MailboxFailure;
  constructor(failure: MailboxFailure) {
    super(failure.message);
    this.name = "MailboxError";
    this.failure = failure;
  }
}

export type MailboxResult<T> = { ok: true; value: T } | { ok: false; failure: MailboxFailure };

export interface MailAddress {
  name?: string;
  address?: string;
}

export interface MessageHeader {
  name: string;
  value: string;
}

/** One message as the list returns it (Graph's message resource, the fields we select). */
export interface MailboxMessage {
  id: string;
  subject: string;
  /** ISO 8601, as Graph gives it. */
  receivedDateTime: string;
  from?: MailAddress;
  internetMessageId?: string;
  /** PidTagMessageClass (String 0x001A), when the list expanded it: "REPORT.IPM.Note.NDR", "IPM.Note", … */
  messageClass?: string;
  /** internetMessageHeaders, only when asked for (the sent-message match). */
  headers?: MessageHeader[];
}

export interface BouncePage {
  bounces: MailboxMessage[];
  /** Opaque: hand it back for the next page. Absent on the last page. */
  cursor?: string;
  /**
   * True when Graph refused the bounce filter (InefficientFilter / BadRequest) and the list was
   * read by date only and filtered here; `scanned` then says how many messages were looked at.
   */
  filteredHere: boolean;
  scanned: number;
  /** Graph's refusal of the bounce filter, when the list fell back to the date-only query. */
  fallbackFrom?: MailboxFailure;
}

/** How a bounce's content was fetched. */
export type FetchedPath = "graph-mime" | "graph-body+headers" | "sample";

export interface FetchedBounce {
  id: string;
  input: ClassifyInput;
  path: FetchedPath;
  /** Bytes of MIME read (0 for the body + headers fallback). */
  bytes: number;
  /** Why the whole MIME wasn't used, when it wasn't (over the cap, or $value failed). */
  fallbackFrom?: MailboxFailure;
}

/** Headline fetches (25 at a time) are cheap; opening one for its diagnosis may read up to 25 MB. */
export type FetchPurpose = "headline" | "open";

export interface FetchOptions {
  purpose: FetchPurpose;
  signal?: AbortSignal;
  /** false: no sign-in window (see TokenRequestOptions.interactive). Default true. */
  interactive?: boolean;
}

export interface ListOptions {
  signal?: AbortSignal;
  /** false: no sign-in window (the list opening by itself). Default true: the user asked. */
  interactive?: boolean;
}

export interface FindOptions {
  signal?: AbortSignal;
  /** Default false: the look-up runs without the user asking, so it never opens a window. */
  interactive?: boolean;
}

/** The open message, for "this message bounced": bounces refer to its Internet Message-ID. */
export interface SentMessageRef {
  internetMessageId: string;
  /** When it was sent (ISO); bounces come after it. */
  date?: string;
}

export interface SentMessageMatches {
  /** Bounces whose In-Reply-To or References name the message. */
  byHeaders: MailboxMessage[];
  /**
   * Bounces without In-Reply-To/References, received after the message was sent: the caller
   * fetches them and looks for the original Message-ID inside the report (capped).
   */
  toCheck: MailboxMessage[];
}

/** Progress the pane can show: Graph asked to wait (429/503 with Retry-After). */
export interface WaitNotice {
  seconds: number;
  status: number;
}

/**
 * A mailbox whose bounces can be listed: Graph through NAA in Outlook, or the sample mailbox in
 * preview. Every method resolves (never rejects) with a typed result.
 */
export interface MailboxSource {
  kind: "graph" | "samples";
  listBounces(cursor?: string, options?: ListOptions): Promise<MailboxResult<BouncePage>>;
  fetchBounce(id: string, options: FetchOptions): Promise<MailboxResult<FetchedBounce>>;
  findBouncesOf(message: SentMessageRef, options?: FindOptions): Promise<MailboxResult<SentMessageMatches>>;
  /** Subscribes to "Graph asked us to wait"; returns an unsubscribe function. */
  onWait?(listener: (notice: WaitNotice) => void): () => void;
}
