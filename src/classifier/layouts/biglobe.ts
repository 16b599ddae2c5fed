/**
 * BIGLOBE (Japan): "----- The following addresses had delivery problems -----", the address,
 * then "----- Non-delivered information -----" with the reason under it.
 */
import type { LayoutModule, LineRule } from "./engine/types";

const nonDeliveredInformation: LineRule = (s, t) => {
  if (!/^-+\s*Non-delivered information\s*-+$/.test(t)) return false;
  const reason = s.following(s.i, 6);
  if (reason) for (const r of s.facts.recipients) if (!r.diagnostic) s.current = r;
  if (reason) s.setDiag(reason, s.lines[s.i + 1] ?? t, false);
  return true;
};

export const biglobe: LayoutModule = {
  id: "biglobe",
  family: "other-mta",
  markers: ["----- Non-delivered information -----", "The following addresses had delivery problems"],
  senders: ["biglobe.ne.jp"],
  rules: [nonDeliveredInformation],
};
