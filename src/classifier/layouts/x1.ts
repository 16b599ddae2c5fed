/**
 * A Japanese gateway (Sisimai's "X1"): "The original message was received at …", "---The following
 * addresses had delivery errors---", then "addr [reason]".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const addressBracketReason: LineRule = (s, t) => {
  if (!t.endsWith("]") || !t.includes("@")) return false;
  const m = /^<?([^\s<>[]{1,64}@[^\s<>[]{1,255}?)>?\s+\[([^\]]{1,300})\]$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  s.setDiag(m[2], t, false);
  return true;
};

export const x1: LayoutModule = {
  id: "x1",
  family: "other-mta",
  markers: ["---The following addresses had delivery errors---"],
  subjects: ["returned mail:", "mail delivery failure"],
  rules: [addressBracketReason],
};
