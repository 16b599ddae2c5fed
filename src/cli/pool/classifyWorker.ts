/**
 * The classifier thread: reads each file it is sent (bounded, see readBounded), classifies it and
 * reduces the diagnosis to what the output needs, so the main thread never parses message content.
 * It runs under a heap limit and a per-file time limit enforced from the main thread
 * (workerPool.ts); if it dies, only the file it was on is lost.
 */
import { parentPort, workerData } from "node:worker_threads";
import { classify } from "../../classifier";
import type { Diagnosis } from "../../classifier/types";
import { asFilePath, fileLabel } from "../files/filePath";
import { readBoundedSync } from "../files/readBounded";
import { jsonElement, partlyReadText, toText } from "../format";
import { toRecord } from "../summary/record";
import { type Fault, type ItemResult, type PartlyRead, type WorkBatch, type WorkItem, type WorkerConfig, WATCH_BUSY, WATCH_SEQ } from "./protocol";

const config = workerData as WorkerConfig;
const watch = new Int32Array(config.watch);
const queue: WorkBatch[] = [];
/** Fix texts already sent to the main thread: each crosses once per worker. */
const sentFixes = new Set<string>();
let draining = false;

/** Test-only misbehaviour (see Fault): never reached unless NDR_ASSISTANT_TEST_FAULT is set. */
async function misbehave(kind: Fault["kind"]): Promise<never> {
  if (kind === "oom") {
    const hold: number[][] = [];
    for (;;) hold.push(new Array<number>(1 << 16).fill(hold.length + 0.5));
  }
  if (kind === "spin") for (;;);
  if (kind === "exit") process.exit(70);
  setImmediate(() => {
    throw new Error("test fault: crash");
  });
  return new Promise<never>(() => undefined);
}

async function handle(item: WorkItem): Promise<ItemResult> {
  const path = asFilePath(item.path);
  const label = fileLabel(path);
  if (config.fault && label.includes(config.fault.match)) await misbehave(config.fault.kind);
  const read = readBoundedSync(path, config.maxBytes);
  if (!read.bytes) return { i: item.i, error: read.error ?? "unreadable" };
  let d: Diagnosis;
  try {
    d = await classify(read.bytes);
  } catch (e) {
    // classify() promises never to throw; if it ever does, one file must not end the batch.
    return { i: item.i, error: `classifier failed: ${String(e).slice(0, 200)}` };
  }
  const partly: PartlyRead | undefined = read.truncatedFrom === undefined ? undefined : { size: read.truncatedFrom, readBytes: read.bytes.length };
  if (config.mode === "summary") return partly ? { i: item.i, record: toRecord(d, sentFixes), partly } : { i: item.i, record: toRecord(d, sentFixes) };
  if (partly) d.warnings = [...d.warnings, partlyReadText(partly.readBytes, partly.size)];
  const result = { file: label, diagnosis: d };
  const chunk = config.mode === "json" ? jsonElement(result) : toText(result);
  return partly ? { i: item.i, chunk, partly } : { i: item.i, chunk };
}

async function drain(): Promise<void> {
  draining = true;
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    const results: ItemResult[] = [];
    for (const item of batch.items) {
      Atomics.add(watch, WATCH_SEQ, 1);
      Atomics.store(watch, WATCH_BUSY, item.i + 1);
      results.push(await handle(item));
      Atomics.store(watch, WATCH_BUSY, 0);
    }
    parentPort?.postMessage({ id: batch.id, results });
  }
  draining = false;
}

parentPort?.on("message", (batch: WorkBatch) => {
  queue.push(batch);
  if (!draining) void drain();
});
