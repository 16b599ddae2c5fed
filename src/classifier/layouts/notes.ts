/**
 * Lotus Notes: "------- Failure Reasons --------", the reason lines, then the recipient's
 * address; the returned message follows "------- Returned Message --------".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const failureReasonsHeading: LineRule = (s, _t, lower) => {
  if (!/^-{3,}\s*failure reasons\s*-{3,}$/.test(lower)) return false;
  s.pendingReason = [];
  return true;
};

export const notes: LayoutModule = {
  id: "notes",
  family: "other-mta",
  markers: ["------- Failure Reasons", "-------Failure Reasons"],
  subjects: ["undeliverable message"],
  rules: [failureReasonsHeading],
};
