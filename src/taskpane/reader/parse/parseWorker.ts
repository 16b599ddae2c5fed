/**
 * The pane's parse worker: every read of message content (the classifier, the lazily loaded .msg
 * reader, the MIME texts and the diagnosis-block scan) runs here, off the UI thread. Loaded by
 * ./startParseWorker.ts from the pane's own origin as a webpack-built file (script-src 'self'; no
 * blob: URL, no eval). One job at a time; the pane's watchdog (./parseClient.ts) terminates this
 * worker when a job overruns, and starts a fresh one.
 */
import { classify, messageTexts } from "../../../classifier";
import { readForwardBlocks } from "../../../roundtrip";
import type { ParseRequest, WorkerAnswer } from "./protocol";
import { warmUp } from "./warmUp";
import { createRequestHandler } from "./workerHandler";

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: WorkerAnswer): void;
}

const scope = self as unknown as WorkerScope;
const engine = { classify, messageTexts, readForwardBlocks };
const handle = createRequestHandler(engine, (answer) => scope.postMessage(answer));

scope.onmessage = (event) => void handle(event.data);
scope.postMessage({ type: "ready" });
// Right after "ready": compiles the classifier and builds the guidance matcher (together 20–40 ms
// cold) before the first message arrives. A message arriving meanwhile waits at most for this.
void warmUp(engine);
