/** The recent-bounces feature's state, shared by the hook (first view) and its controller (lazy chunk). Types only. */
import type { Diagnosis } from "../../classifier/types";
import type { FetchedBounce, MailboxFailure, MailboxMessage, WaitNotice } from "../../graph/types";
import type { MailboxBouncesUnavailable } from "../../outlook/types";

export interface RecentRow {
  message: MailboxMessage;
  /** The classifier's reading of the report, once fetched (the row's headline). */
  diagnosis?: Diagnosis;
  /** Why the headline couldn't be read. */
  failure?: MailboxFailure;
  /** The report as fetched for the headline (kept by the open-message look-up, for a quick switch). */
  fetched?: FetchedBounce;
}

export type ListState =
  | { status: "closed" }
  | { status: "loading" }
  | { status: "ready"; rows: RecentRow[]; cursor?: string; filteredHere: boolean; scanned: number; more?: "loading" | MailboxFailure }
  | { status: "failed"; failure: MailboxFailure };

export type MatchState =
  { status: "idle" } | { status: "searching" } | { status: "found"; rows: RecentRow[]; recipients: number } | { status: "failed"; failure: MailboxFailure };

/** A look-up belongs to the reading (the open message) it was made for. */
export type KeyedMatch = MatchState & { reading?: unknown };

/** What the controller changes; the hook keeps it in one state object. */
export interface RecentView {
  list: ListState;
  match: KeyedMatch;
  /** The row being opened. */
  opening?: string;
  openFailure?: MailboxFailure;
  /** Graph asked to wait (429/503 with Retry-After). */
  wait?: WaitNotice;
}

/** Receives every new view the controller makes (the hook's setState). */
export type ViewPublish = (view: RecentView) => void;

export const CLOSED_VIEW: RecentView = { list: { status: "closed" }, match: { status: "idle" } };

/** What the pane offers: nothing, a sentence why not, the sample mailbox, or the user's mailbox (off or on). */
export type RecentMode = "none" | "unavailable" | "samples" | "off" | "on";

export interface RecentBounces {
  mode: RecentMode;
  unavailable?: MailboxBouncesUnavailable;
  list: ListState;
  /** The diagnosis on screen is a bounce from the mailbox (picked, or found for the open message): its id. */
  showingId?: string;
  opening?: string;
  openFailure?: MailboxFailure;
  wait?: WaitNotice;
  /** The opt-in couldn't be saved in roaming settings (the pane's sentence). */
  saveProblem?: string;
  /** The user has just turned the search off (the pane confirms nothing more is read). */
  turnedOff?: boolean;
  match: MatchState;
  adminConsentUrl?: string;
  turnOn(): void;
  turnOff(): void;
  openList(): void;
  hideList(): void;
  refresh(): void;
  loadMore(): void;
  pick(row: RecentRow): void;
  /** Asks again whether the open message bounced, this time allowing the sign-in window. */
  retryMatch(): void;
  /** Shows another of the bounces found for the open message. */
  showMatch(row: RecentRow): void;
}
