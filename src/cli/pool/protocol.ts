/**
 * What the main thread and the classifier threads say to each other. The main thread sends
 * batches of files by their index in the input; a worker reads, classifies and reduces each one
 * to what the output needs (a JSON element, a text block, or a summary record) and answers per
 * batch. Before each file it writes the file's index into shared memory, so the main thread
 * knows which file a worker was on when it ran out of memory, crashed or overran its time.
 */
import type { FilePath } from "../files/filePath";
import type { SummaryRecord } from "../summary/record";

export type WorkMode = "json" | "text" | "summary";

/**
 * Test-only: makes the worker misbehave on files whose printed name contains `match`, so the
 * watchdog can be tested without a real poison message. Set by NDR_ASSISTANT_TEST_FAULT
 * (`oom:NAME`, `spin:NAME`, `crash:NAME`, `exit:NAME`); nothing in a message can set it.
 */
export interface Fault {
  kind: "oom" | "spin" | "crash" | "exit";
  match: string;
}

export interface WorkerConfig {
  mode: WorkMode;
  maxBytes: number;
  /** Int32Array view: [WATCH_SEQ] counts files started, [WATCH_BUSY] is the file's index + 1, 0 when idle. */
  watch: SharedArrayBuffer;
  fault?: Fault;
}

export const WATCH_SEQ = 0;
export const WATCH_BUSY = 1;
export const WATCH_SLOTS = 2;

export interface WorkItem {
  i: number;
  path: FilePath;
}

export interface WorkBatch {
  id: number;
  items: WorkItem[];
}

/** A file larger than the read cap, classified on its first `readBytes`. */
export interface PartlyRead {
  size: number;
  readBytes: number;
}

export type ItemResult =
  | { i: number; error: string }
  | { i: number; chunk: string; partly?: PartlyRead }
  | { i: number; record: SummaryRecord; partly?: PartlyRead };

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
