import type { BounceCandidate, ItemSummary, OfficeFailure, ReadPath } from "../../outlook/types";
import type { ForwardReading } from "../../roundtrip";
import { isForwardedNdr } from "../admin/adminModel";
import { blockScanFor, combineForward, hasOwnBlock } from "../admin/forwardState";
import { perfMark } from "../common/perfMarks";
import { errorMessage } from "../common/withTimeout";
import { loadEngine } from "./engine/loadEngine";
import type { MessageParser } from "./parse/messageParser";
import { ParseAbortedError, UnsafeReadError } from "./parse/parseClient";
import type { BlockScan } from "./parse/protocol";
import type { ExplainedResult, LookedAt, ReaderState, UnsafeRead } from "./readerState";
import { isShowable } from "./showable";

export type { ClassifyFn } from "./parse/messageParser";

export interface CandidateContext {
  fromOutlook: boolean;
  item?: ItemSummary;
  path?: ReadPath;
  failures: OfficeFailure[];
}

/**
 * Reads every candidate (message first, then attachments) one after another in the parse worker:
 * the pane runs on a phone as well, and a message with many attachments must not start them all
 * at once. A candidate the watchdog stopped is reported ("could not be read safely") and the
 * others still are read. Each candidate's diagnosis blocks are read in the worker by the trust
 * model, told only what the host says (../admin/forwardState.ts); the readings are combined here.
 * `signal`: the reader's run was replaced by a newer one, so the worker can drop this work.
 */
export async function classifyCandidates(
  candidates: readonly BounceCandidate[],
  ctx: CandidateContext,
  parser: MessageParser,
  signal?: AbortSignal,
): Promise<ReaderState> {
  const results: ExplainedResult[] = [];
  const lookedAt: LookedAt[] = [];
  const unsafe: UnsafeRead[] = [];
  const readings: Array<{ role: BlockScan["role"]; reading: ForwardReading }> = [];
  for (const candidate of candidates) {
    try {
      const scan = blockScanFor(candidate, ctx.item);
      const parsed = await parser.read(candidate, signal, scan);
      perfMark("ndr:classify-done");
      if (parsed.forward) readings.push({ role: scan.role, reading: parsed.forward });
      const diagnosis = parsed.diagnosis;
      if (!diagnosis) {
        lookedAt.push({ label: candidate.label, kind: "unreadable", note: parsed.unreadable });
        continue;
      }
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
      if (error instanceof ParseAbortedError) throw error;
      if (error instanceof UnsafeReadError) {
        unsafe.push({ label: candidate.label, reason: error.reason });
        lookedAt.push({ label: candidate.label, kind: "unsafe" });
      } else {
        lookedAt.push({ label: candidate.label, kind: "unreadable", note: errorMessage(error) });
      }
    }
  }
  // A reading that opens the admin view: its model and checklist look guidance up synchronously,
  // so the UI thread's guidance chunk is loaded first. A user-view diagnosis doesn't need it.
  const forward = combineForward(readings, results.length > 0);
  if (hasOwnBlock(forward) || results.some(isForwardedNdr)) await loadEngine().catch(() => undefined);
  perfMark("ndr:blocks-done");
  const extra = { ...(forward ? { forward } : {}), ...(unsafe.length > 0 ? { unsafe } : {}) };
  if (results.length > 0) return { status: "success", results, selected: 0, ...extra, ...(ctx.item ? { item: ctx.item } : {}) };
  return { status: "no-bounce", item: ctx.item, lookedAt, failures: ctx.failures, ...extra };
}
