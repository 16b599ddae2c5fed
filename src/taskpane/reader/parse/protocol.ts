/**
 * What the pane and its parse worker say to each other. Message content is parsed only in the
 * worker (./parseWorker.ts); the pane sends one job at a time and gets back plain data (a
 * Diagnosis and the reading of its diagnosis blocks), which survives structured cloning.
 */
import type { ClassifyInput, Diagnosis } from "../../../classifier/types";
import type { ForwardReading } from "../../../roundtrip";

/**
 * What the diagnosis-block scan needs besides the message itself, from the host, never from
 * the message (except a dropped file's own From header, which the result then names as such).
 */
export interface BlockScan {
  /**
   * "message": the message the admin opened (or dropped, or pasted): its bodies may hold the
   * forwarder's own block. "attachment": attached to it; every block in it is reported as ignored.
   */
  role: "message" | "attachment";
  /** The outer item's sender as Outlook reports it (ItemSummary.from). */
  sender?: string;
  /**
   * "outlook": `sender` is Outlook's. "file-header": a file dropped or opened outside Outlook, whose
   * own From header is all there is (read in the worker). Absent: nobody says (pasted text).
   */
  senderSource?: "outlook" | "file-header";
}

/** One candidate to read: classify it and, when `blocks` says how, look for diagnosis blocks in it. */
export interface ParseJob {
  input: ClassifyInput;
  /** Pasted text is scanned for blocks as it is (there is no MIME to decode). */
  pastedText: boolean;
  /** Absent: no block scan (a mailbox list's headline needs none). */
  blocks?: BlockScan;
}

/** What reading one candidate gave. */
export interface CandidateParse {
  /** Absent when the classifier refused the input (`unreadable` says why). */
  diagnosis?: Diagnosis;
  /** The classifier's own error for an input it could not read (a corrupt .msg, say). */
  unreadable?: string;
  /**
   * The diagnosis blocks in it, read by the trust model (readForwardBlocks): which one may be
   * used, which are problems, which were ignored and why, and who sent it. Plain data. Absent
   * when the job asked for no scan or the scan failed.
   */
  forward?: ForwardReading;
}

/** Why a read was stopped; the pane words each one ("took too long", "ran out of memory", "crashed"). */
export type UnsafeReason = "timeout" | "memory" | "crashed";

export interface ParseRequest {
  /** Numbered by the pane: an answer whose id is not the request in flight is dropped. */
  id: number;
  job: ParseJob;
}

export type WorkerAnswer =
  /** Sent once, when the worker has loaded and warmed up: the watchdog starts counting per request from here. */
  | { type: "ready" }
  | { type: "done"; id: number; result: CandidateParse }
  /** The parse hit a resource limit the worker could still report (an allocation that failed, a stack overflow). */
  | { type: "failed"; id: number; reason: Exclude<UnsafeReason, "timeout">; message: string };
