/**
 * How to start a classifier thread. The bin passes the worker bundle it built next to the CLI
 * bundle (node_modules/.cache/ndr-assistant/); without one (tests calling run(), the bin's tsx
 * fallback) the TypeScript source runs through tsx's require API, as the bin's own fallback does.
 */
import { join } from "node:path";
import { Worker, type WorkerOptions } from "node:worker_threads";

export type WorkerEntry = { kind: "script"; file: string } | { kind: "tsx"; source: string; tsxApi: string };

export function tsxWorkerEntry(): WorkerEntry {
  return { kind: "tsx", source: join(__dirname, "classifyWorker.ts"), tsxApi: require.resolve("tsx/cjs/api") };
}

export function startWorker(entry: WorkerEntry, options: WorkerOptions): Worker {
  if (entry.kind === "script") return new Worker(entry.file, options);
  const code = `require(${JSON.stringify(entry.tsxApi)}).require(${JSON.stringify(entry.source)}, ${JSON.stringify(entry.source)});`;
  return new Worker(code, { ...options, eval: true });
}
