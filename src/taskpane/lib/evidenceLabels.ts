import type { Confidence, EvidenceSource } from "../../classifier/types";

export const EVIDENCE_SOURCE_LABEL: Record<EvidenceSource, string> = {
  headers: "Headers of the bounce",
  "delivery-status": "Delivery report (machine-readable part)",
  "text-body": "Text of the bounce",
  "html-body": "Formatted text of the bounce",
  attachment: "An attachment of the bounce",
  "original-headers": "Headers of your original message",
  "pasted-text": "The pasted text",
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** A section is only as sure as its least sure recipient. */
export function lowestConfidence(values: readonly Confidence[]): Confidence {
  return values.reduce<Confidence>((low, c) => (RANK[c] < RANK[low] ? c : low), "high");
}
