import type { ClassifyInput, Diagnosis } from "../../classifier/types";
import type { BounceCandidate, ItemSummary, OfficeFailure, ReadPath } from "../../outlook/types";
import type { BlockResult } from "../../roundtrip";
import { scanCandidateBlocks } from "../admin/scanBlocks";
import { perfMark } from "../common/perfMarks";
import { errorMessage, withTimeout } from "../common/withTimeout";
import type { ExplainedResult, LookedAt, ReaderState } from "./readerState";

export type ClassifyFn = (input: ClassifyInput) => Promise<Diagnosis>;

/** The classifier is local and fast; this only guards against a stuck promise. */
export const CLASSIFY_TIMEOUT_MS = 20_000;

export interface CandidateContext {
  fromOutlook: boolean;
  item?: ItemSummary;
  path?: ReadPath;
  failures: OfficeFailure[];
}

function isShowable(d: Diagnosis): boolean {
  return d.isBounce || d.kind === "delay";
}

/**
 * Classifies every candidate (message first, then attachments) one after another: the pane runs
 * on a phone as well, and a message with many attachments must not start them all at once.
 */
export async function classifyCandidates(candidates: readonly BounceCandidate[], ctx: CandidateContext, classify: ClassifyFn): Promise<ReaderState> {
  const results: ExplainedResult[] = [];
  const lookedAt: LookedAt[] = [];
  for (const candidate of candidates) {
    try {
      const diagnosis = await withTimeout(classify(candidate.input), CLASSIFY_TIMEOUT_MS, "Reading the bounce");
      perfMark("ndr:classify-done");
      lookedAt.push({ label: candidate.label, kind: diagnosis.kind });
      if (isShowable(diagnosis)) {
        results.push({
          id: candidate.id,
          diagnosis,
          source: {
            label: candidate.label,
            origin: candidate.origin,
            path: candidate.origin === "message" && ctx.path ? ctx.path : candidate.path,
            fromOutlook: ctx.fromOutlook,
            item: ctx.item,
            failures: ctx.failures,
            ...(candidate.mailboxItem ? { mailboxItem: candidate.mailboxItem } : {}),
          },
        });
      }
    } catch (error) {
      lookedAt.push({ label: candidate.label, kind: "unreadable", note: errorMessage(error) });
    }
  }
  const blocks = await findBlocksIn(candidates);
  perfMark("ndr:blocks-done");
  if (results.length > 0) return { status: "success", results, selected: 0, ...(blocks.length > 0 ? { blocks } : {}), ...(ctx.item ? { item: ctx.item } : {}) };
  return { status: "no-bounce", item: ctx.item, lookedAt, failures: ctx.failures, ...(blocks.length > 0 ? { blocks } : {}) };
}

/** A failed scan costs only the admin view its block; the user's diagnosis still shows. */
async function findBlocksIn(candidates: readonly BounceCandidate[]): Promise<BlockResult[]> {
  try {
    return await withTimeout(scanCandidateBlocks(candidates), CLASSIFY_TIMEOUT_MS, "Looking for a diagnosis block");
  } catch {
    return [];
  }
}
