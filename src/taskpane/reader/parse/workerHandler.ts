/**
 * The parse worker's message handler as a plain function (./parseWorker.ts only wires it to the
 * worker's global scope), so tests can run it with the real engine and a fake `post`.
 */
import { errorMessage } from "../../common/withTimeout";
import { type ParseEngine, parseCandidate } from "./parseCandidate";
import type { ParseRequest, WorkerAnswer } from "./protocol";
import { resourceFailure } from "./resourceFailure";

export function createRequestHandler(engine: ParseEngine, post: (answer: WorkerAnswer) => void): (request: ParseRequest) => Promise<void> {
  return async ({ id, job }) => {
    const fail = (error: unknown) => post({ type: "failed", id, reason: resourceFailure(error) ?? "crashed", message: errorMessage(error) });
    let answer: WorkerAnswer;
    try {
      answer = { type: "done", id, result: await parseCandidate(job, engine) };
    } catch (error) {
      fail(error);
      return;
    }
    try {
      post(answer);
    } catch (error) {
      // A result that can't be cloned back is a bug, but the pane must hear about it, not wait.
      fail(error);
    }
  };
}
