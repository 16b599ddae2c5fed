import type { Confidence } from "../../classifier/types";

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** A section is only as sure as its least sure recipient. */
export function lowestConfidence(values: readonly Confidence[]): Confidence {
  return values.reduce<Confidence>((low, c) => (RANK[c] < RANK[low] ? c : low), "high");
}
