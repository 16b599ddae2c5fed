/**
 * The classifier process: reads each file it is sent (bounded, see readBounded), classifies it
 * and reduces the diagnosis to what the output needs, so the CLI's own process never parses
 * message content. It runs under a V8 heap limit and a per-file time limit enforced by the main
 * process (workerPool.ts); if it dies, only the file it was on is lost.
 */
import { writeSync } from "node:fs";
import { classify } from "../../classifier";
import type { ClassifyOptions, Diagnosis } from "../../classifier/types";
import { asFilePath, fileLabel } from "../files/filePath";
import { readBoundedSync } from "../files/readBounded";
import { jsonElement, partlyReadText, toText } from "../format";
import { toRecord } from "../summary/record";
import { type Fault, type ItemResult, type PartlyRead, type WorkBatch, type WorkItem, type WorkerConfig, WATCH_BUSY, WATCH_FD, WATCH_SEQ } from "./protocol";

let config: WorkerConfig | undefined;
const queue: WorkBatch[] = [];
/** Fix texts already sent to the main process: each crosses once per classifier process. */
const sentFixes = new Set<string>();
const watch = new Int32Array(2);
const watchBytes = new Uint8Array(watch.buffer);
let watching = true;
let draining = false;

function publish(seqStep: number, busy: number): void {
  watch[WATCH_SEQ] += seqStep;
  watch[WATCH_BUSY] = busy;
  if (!watching) return;
  try {
    writeSync(WATCH_FD, watchBytes, 0, watchBytes.length, 0);
  } catch {
    // Started without a watch file (by hand): time limits then apply per batch only.
    watching = false;
  }
}

/** Test-only misbehaviour (see Fault): never reached unless NDR_ASSISTANT_TEST_FAULT is set. */
async function misbehave(kind: Fault["kind"]): Promise<never> {
  if (kind === "oom") {
    // One array pushed without end: the shape of a .msg whose sector chain loops.
    const chain: number[] = [];
    for (;;) chain.push(chain.length);
  }
  if (kind === "spin") for (;;);
  if (kind === "exit") process.exit(70);
  setImmediate(() => {
    throw new Error("test fault: crash");
  });
  return new Promise<never>(() => undefined);
}

/**
 * What each output leaves out of the diagnosis: no output prints the hops, and --summary's records
 * (toRecord) name no part of the original message. Leaving `original` out saves --summary about a
 * tenth of the classifier's time (its header block is decoded field by field).
 */
const OMIT: Record<WorkerConfig["mode"], ClassifyOptions> = {
  summary: { omit: { original: true, hops: true } },
  json: { omit: { hops: true } },
  text: { omit: { hops: true } },
};

async function handle(cfg: WorkerConfig, item: WorkItem): Promise<ItemResult> {
  const path = asFilePath(item.path);
  const label = fileLabel(path);
  if (cfg.fault && label.includes(cfg.fault.match)) await misbehave(cfg.fault.kind);
  const read = readBoundedSync(path, cfg.maxBytes);
  if (!read.bytes) return { i: item.i, error: read.error ?? "unreadable" };
  let d: Diagnosis;
  try {
    d = await classify(read.bytes, OMIT[cfg.mode]);
  } catch (e) {
    // classify() promises never to throw; if it ever does, one file must not end the batch.
    return { i: item.i, error: `classifier failed: ${String(e).slice(0, 200)}` };
  }
  const partly: PartlyRead | undefined = read.truncatedFrom === undefined ? undefined : { size: read.truncatedFrom, readBytes: read.bytes.length };
  if (cfg.mode === "summary") return partly ? { i: item.i, record: toRecord(d, sentFixes), partly } : { i: item.i, record: toRecord(d, sentFixes) };
  if (partly) d.warnings = [...d.warnings, partlyReadText(partly.readBytes, partly.size)];
  const result = { file: label, diagnosis: d };
  const chunk = cfg.mode === "json" ? jsonElement(result) : toText(result);
  return partly ? { i: item.i, chunk, partly } : { i: item.i, chunk };
}

async function drain(cfg: WorkerConfig): Promise<void> {
  draining = true;
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    const results: ItemResult[] = [];
    for (const item of batch.items) {
      publish(1, item.i + 1);
      results.push(await handle(cfg, item));
    }
    publish(0, 0);
    process.send?.({ id: batch.id, results });
  }
  draining = false;
}

process.on("message", (m: WorkerConfig | WorkBatch) => {
  if (m.type === "config") config = m;
  else queue.push(m);
  if (config && !draining) void drain(config);
});
// The main process is gone or done: nothing more will come.
process.on("disconnect", () => process.exit(0));
