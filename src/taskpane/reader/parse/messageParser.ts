/**
 * How the reader gets a candidate parsed. In the pane that is always the parse worker
 * (index.tsx installs it at boot); the UI thread never parses message content. Only in jest,
 * which has no Worker, does the same handler run in-thread — with the real classifier, or with a
 * classify function a test injects (App's `classify` prop).
 */
import type { ClassifyInput, Diagnosis } from "../../../classifier/types";
import type { BounceCandidate } from "../../../outlook/types";
import type { ParseClient } from "./parseClient";
import type { BlockScan, CandidateParse, ParseJob } from "./protocol";

export type ClassifyFn = (input: ClassifyInput) => Promise<Diagnosis>;

export interface MessageParser {
  /**
   * `blocks`: how to read its diagnosis blocks (no scan without it). Rejects with UnsafeReadError
   * (stopped or crashed) or ParseAbortedError (`signal` aborted).
   */
  read(candidate: BounceCandidate, signal?: AbortSignal, blocks?: BlockScan): Promise<CandidateParse>;
}

export function jobOf(candidate: BounceCandidate, blocks?: BlockScan): ParseJob {
  return { input: candidate.input, pastedText: candidate.origin === "pasted-text", ...(blocks ? { blocks } : {}) };
}

export function workerParser(client: ParseClient): MessageParser {
  return { read: (candidate, signal, blocks) => client.read(jobOf(candidate, blocks), signal) };
}

let installed: MessageParser | undefined;

/** index.tsx: the worker-backed parser, before anything renders (tests: a client over a fake worker, or undefined to reset). */
export function installParser(parser: MessageParser | undefined): void {
  installed = parser;
}

/**
 * The test harness's parser: the worker's own handler, in-thread. Only reachable where
 * NODE_ENV is "test" (jest): webpack replaces process.env.NODE_ENV, so a pane build contains
 * neither this branch nor the chunk it would load.
 */
export function inThreadParser(classify?: ClassifyFn): MessageParser {
  if (process.env.NODE_ENV !== "test") throw new Error("Message content is parsed in the parse worker only.");
  return {
    async read(candidate, _signal, blocks) {
      const [{ parseCandidate }, engine] = await Promise.all([import("./parseCandidate"), import("./inThreadEngine")]);
      return parseCandidate(jobOf(candidate, blocks), { ...engine, classify: classify ?? engine.classify });
    },
  };
}

/** The installed parser; in jest, where nothing is installed, the in-thread one. */
export function defaultParser(): MessageParser {
  if (installed) return installed;
  if (process.env.NODE_ENV === "test") return inThreadParser();
  throw new Error("The parse worker was not started (index.tsx installs it).");
}
