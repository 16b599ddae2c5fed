/**
 * What the main process and the classifier processes say to each other. The main process sends
 * batches of files by their index in the input; a classifier process reads, classifies and
 * reduces each one to what the output needs (a JSON element, a text block, or a summary record)
 * and answers per batch. Before each file it writes the file's index into a small shared file
 * (the "watch" file, fd 4, unlinked by the parent), so the main process knows which file a
 * classifier was on when it ran out of memory, crashed or overran its time, without a message
 * per file.
 */
import type { FilePath } from "../files/filePath";
import type { SummaryRecord } from "../summary/record";

export type WorkMode = "json" | "text" | "summary";

/**
 * Test-only: makes the classifier misbehave on files whose printed name contains `match`, so the
 * watchdog can be tested without a real poison message. Set by NDR_ASSISTANT_TEST_FAULT
 * (`oom:NAME`, `spin:NAME`, `crash:NAME`, `exit:NAME`); nothing in a message can set it.
 */
export interface Fault {
  kind: "oom" | "spin" | "crash" | "exit";
  match: string;
}

export interface WorkerConfig {
  type: "config";
  mode: WorkMode;
  maxBytes: number;
  fault?: Fault;
}

/** The watch file's descriptor in a classifier process (stdio slot 4: after stdin/out/err and IPC). */
export const WATCH_FD = 4;
/** Int32 slots in the watch file: files started so far, and the current file's index + 1 (0 when idle). */
export const WATCH_SEQ = 0;
export const WATCH_BUSY = 1;
export const WATCH_BYTES = 8;

export interface WorkItem {
  i: number;
  path: FilePath;
}

export interface WorkBatch {
  type: "batch";
  id: number;
  items: WorkItem[];
}

/** A file larger than the read cap, classified on its first `readBytes`. */
export interface PartlyRead {
  size: number;
  readBytes: number;
}

export type ItemResult =
  { i: number; error: string } | { i: number; chunk: string; partly?: PartlyRead } | { i: number; record: SummaryRecord; partly?: PartlyRead };

export interface BatchDone {
  id: number;
  results: ItemResult[];
}

const FAULT_KINDS: ReadonlyArray<Fault["kind"]> = ["oom", "spin", "crash", "exit"];

/** Parses NDR_ASSISTANT_TEST_FAULT; undefined when unset or malformed. */
export function parseFault(value: string | undefined): Fault | undefined {
  if (!value) return undefined;
  const colon = value.indexOf(":");
  const kind = value.slice(0, colon) as Fault["kind"];
  const match = value.slice(colon + 1);
  if (colon < 0 || !FAULT_KINDS.includes(kind) || !match) return undefined;
  return { kind, match };
}
