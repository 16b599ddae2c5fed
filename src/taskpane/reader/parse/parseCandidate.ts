/**
 * Reads one candidate: classifies it and reads the diagnosis blocks in it (when the job asks). The parse worker's
 * message handler (./parseWorker.ts) runs exactly this, so it is testable as a plain function;
 * the engine (classifier, MIME texts, block reader) is passed in.
 */
import type { ClassifyInput, Diagnosis } from "../../../classifier/types";
import { type BlockScanEngine, scanCandidateBlocks } from "../../admin/scanBlocks";
import { errorMessage } from "../../common/withTimeout";
import { isShowable } from "../showable";
import type { CandidateParse, ParseJob } from "./protocol";
import { resourceFailure } from "./resourceFailure";

export interface ParseEngine extends BlockScanEngine {
  classify(input: ClassifyInput): Promise<Diagnosis>;
}

/**
 * An input the classifier refuses is an ordinary answer (`unreadable`); running out of memory or
 * stack is not: it is thrown, so the worker reports it and is replaced. A failed block scan costs
 * only the admin view its block.
 */
export async function parseCandidate(job: ParseJob, engine: ParseEngine): Promise<CandidateParse> {
  let diagnosis: Diagnosis | undefined;
  let unreadable: string | undefined;
  try {
    diagnosis = await engine.classify(job.input);
  } catch (error) {
    if (resourceFailure(error)) throw error;
    unreadable = errorMessage(error);
  }
  let forward: CandidateParse["forward"];
  try {
    forward = await scanCandidateBlocks(job, engine, diagnosis !== undefined && isShowable(diagnosis));
  } catch (error) {
    if (resourceFailure(error)) throw error;
  }
  const found = forward ? { forward } : {};
  return diagnosis ? { diagnosis, ...found } : { unreadable: unreadable ?? "The message could not be read.", ...found };
}
