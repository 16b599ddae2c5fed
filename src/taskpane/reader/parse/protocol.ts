/**
 * What the pane and its parse worker say to each other. Message content is parsed only in the
 * worker (./parseWorker.ts); the pane sends one job at a time and gets back plain data (a
 * Diagnosis and the diagnosis blocks found), which survives structured cloning.
 */
import type { ClassifyInput, Diagnosis } from "../../../classifier/types";
import type { BlockResult } from "../../../roundtrip";

/** One candidate to read: classify it and look for diagnosis blocks in it. */
export interface ParseJob {
  input: ClassifyInput;
  /** Pasted text is scanned for blocks as it is (there is no MIME to decode). */
  pastedText: boolean;
}

/** What reading one candidate gave. */
export interface CandidateParse {
  /** Absent when the classifier refused the input (`unreadable` says why). */
  diagnosis?: Diagnosis;
  /** The classifier's own error for an input it could not read (a corrupt .msg, say). */
  unreadable?: string;
  /** Diagnosis blocks ("Forward to my admin" messages) found in it, at most MAX_BLOCKS_SHOWN. */
  blocks: BlockResult[];
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
