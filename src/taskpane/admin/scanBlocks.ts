/**
 * Looks for diagnosis blocks ("Forward to my admin" messages) in one candidate. It decodes the
 * message, so it runs where message content is parsed: in the parse worker
 * (../reader/parse/parseCandidate.ts), never on the pane's UI thread. The reader keeps the blocks of
 * the first candidate that has any; the others would only repeat them.
 */
import type { BlockResult } from "../../roundtrip";
import type { ParseJob } from "../reader/parse/protocol";
import { type TextsEngine, messageTexts } from "./messageTexts";

/** At most this many blocks are listed; a reply chain quoting many forwards shows the newest. */
export const MAX_BLOCKS_SHOWN = 5;

export interface BlockScanEngine extends TextsEngine {
  findBlocks(text: string): BlockResult[];
}

export async function scanCandidateBlocks(job: ParseJob, engine: BlockScanEngine): Promise<BlockResult[]> {
  if (job.pastedText && typeof job.input === "string") return engine.findBlocks(job.input).slice(0, MAX_BLOCKS_SHOWN);
  for (const text of await messageTexts(job.input, engine)) {
    const found = engine.findBlocks(text);
    if (found.length > 0) return found.slice(0, MAX_BLOCKS_SHOWN);
  }
  return [];
}
