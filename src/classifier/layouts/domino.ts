/**
 * IBM (Lotus) Domino: "Your message\n  Subject: …\nwas not delivered to:\n  addr\nbecause:\n  reason",
 * the subject often "DELIVERY FAILURE: User … not listed in Domino Directory".
 */
import { firstEmail } from "../mail/address";
import type { LayoutModule, LineRule } from "./engine/types";

/** "was not delivered to:" then the addresses, indented, up to "because:". */
const notDeliveredTo: LineRule = (s, t) => {
  if (t !== "was not delivered to:") return false;
  let k = s.i + 1;
  for (; k < s.lines.length && k < s.i + 50; k++) {
    const line = s.lines[k].trim();
    if (!line || line === "because:") break;
    const address = firstEmail(line);
    if (address) s.touch(address);
  }
  s.i = k - 1;
  return true;
};

const because: LineRule = (s, t) => {
  if (t !== "because:") return false;
  const reason = s.following(s.i, 6);
  if (reason) {
    // One reason for every address listed above it.
    for (const r of s.facts.recipients)
      if (!r.diagnostic) {
        r.diagnostic = reason;
        r.diagnosticLine = s.lines[s.i + 1]?.trim() ?? t;
      }
    s.setDiag(reason, s.lines[s.i + 1] ?? t, false);
  }
  return true;
};

export const domino: LayoutModule = {
  id: "domino",
  family: "other-mta",
  markers: ["was not delivered to:", "not listed in Domino Directory"],
  subjects: ["delivery failure:", "delivery report (failure)"],
  rules: [notDeliveredTo, because],
};
