import type { Diagnosis } from "../../classifier/types";
import type { BounceCandidate, ItemSummary, OfficeFailure, ReadPath } from "../../outlook/types";
import type { BlockResult } from "../../roundtrip";
import { perfMark } from "../common/perfMarks";
import { errorMessage } from "../common/withTimeout";
import { loadEngine } from "./engine/loadEngine";
import { isForwardedNdr } from "../admin/adminModel";
import type { MessageParser } from "./parse/messageParser";
import { ParseAbortedError, UnsafeReadError } from "./parse/parseClient";
import type { ExplainedResult, LookedAt, ReaderState, UnsafeRead } from "./readerState";

export type { ClassifyFn } from "./parse/messageParser";

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
 * Reads every candidate (message first, then attachments) one after another in the parse worker:
 * the pane runs on a phone as well, and a message with many attachments must not start them all
 * at once. A candidate the watchdog stopped is reported ("could not be read safely") and the
 * others still are read. The diagnosis blocks of the first candidate that has any are kept.
 * `signal`: the reader's run was replaced by a newer one, so the worker can drop this work.
 */
export async function classifyCandidates(candidates: readonly BounceCandidate[], ctx: CandidateContext, parser: MessageParser, signal?: AbortSignal): Promise<ReaderState> {
  const results: ExplainedResult[] = [];
  const lookedAt: LookedAt[] = [];
  const unsafe: UnsafeRead[] = [];
  let blocks: BlockResult[] = [];
  for (const candidate of candidates) {
    try {
      const parsed = await parser.read(candidate, signal);
      perfMark("ndr:classify-done");
      if (blocks.length === 0 && parsed.blocks.length > 0) blocks = parsed.blocks;
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
  if (blocks.length > 0 || results.some(isForwardedNdr)) await loadEngine().catch(() => undefined);
  perfMark("ndr:blocks-done");
  const extra = { ...(blocks.length > 0 ? { blocks } : {}), ...(unsafe.length > 0 ? { unsafe } : {}) };
  if (results.length > 0) return { status: "success", results, selected: 0, ...extra, ...(ctx.item ? { item: ctx.item } : {}) };
  return { status: "no-bounce", item: ctx.item, lookedAt, failures: ctx.failures, ...extra };
}
