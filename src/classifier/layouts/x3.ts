/**
 * A gateway's "automatically generated Delivery Status Notification" (Sisimai's "X3"):
 * "Delivery to the following recipients failed permanently:" (or "was aborted after 5.0
 * hour(s):"), "  * addr", then "Technical details:" with "SMTP:RCPT host 192.0.2.8: 553 …" or
 * "Routing: Could not find a gateway for addr".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const bulletRecipient: LineRule = (s, t) => {
  if (!t.startsWith("* ") || !t.includes("@")) return false;
  const m = /^\*\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

const technicalDetail: LineRule = (s, t) => {
  const m = /^(SMTP:([A-Z]{4}) host [^:]{1,300}|Routing):\s*(.+)$/.exec(t);
  if (!m) return false;
  if (s.current && m[2]) s.current.command = m[2];
  s.setDiag(m[3], t, !!m[2]);
  return true;
};

export const x3: LayoutModule = {
  id: "x3",
  family: "other-mta",
  markers: ["This is an automatically generated Delivery Status Notification.", "Delevery to the following recipients was aborted"],
  subjects: ["delivery status notification"],
  rules: [bulletRecipient, technicalDetail],
};
