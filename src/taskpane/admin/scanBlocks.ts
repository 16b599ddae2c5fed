/**
 * Looks for diagnosis blocks ("Forward to my admin" messages) in everything the pane was given.
 * The first source that holds any block decides; the others would only repeat it.
 */
import type { BounceCandidate } from "../../outlook/types";
import type { BlockResult } from "../../roundtrip";
import { type Engine, loadEngine } from "../reader/engine/loadEngine";
import { messageTexts } from "./messageTexts";

/** At most this many blocks are listed; a reply chain quoting many forwards shows the newest. */
export const MAX_BLOCKS_SHOWN = 5;

export async function scanCandidateBlocks(candidates: readonly BounceCandidate[], engine?: Engine): Promise<BlockResult[]> {
  if (candidates.length === 0) return [];
  const { findBlocks, messageTexts: decode } = engine ?? (await loadEngine());
  for (const candidate of candidates) {
    if (candidate.origin === "pasted-text" && typeof candidate.input === "string") {
      const found = findBlocks(candidate.input);
      if (found.length > 0) return found.slice(0, MAX_BLOCKS_SHOWN);
      continue;
    }
    for (const text of await messageTexts(candidate.input, { messageTexts: decode })) {
      const found = findBlocks(text);
      if (found.length > 0) return found.slice(0, MAX_BLOCKS_SHOWN);
    }
  }
  return [];
}
