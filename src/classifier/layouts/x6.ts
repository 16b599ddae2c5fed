/**
 * A hosted gateway (Sisimai's "X6"): "We had trouble delivering your message. Full details
 * follow:", then "The following recipients returned permanent errors: addr. Reason: …" or "SMTP
 * Server <host> rejected recipient <addr> (Error following RCPT command). It responded as
 * follows: [550 5.1.1 User unknown]".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const returnedPermanentErrors: LineRule = (s, t) => {
  if (!t.startsWith("The following recipients returned")) return false;
  const m = /^The following recipients returned (?:permanent|temporary) errors:\s*<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?\.?\s+Reason:\s*(.*)$/.exec(t);
  if (!m) return false;
  const r = s.touch(m[1]);
  const reply = /\[([245]\d\d[^\]]{0,1000})\]/.exec(m[2]);
  const cmd = /\((?:Error following )?(RCPT|DATA|MAIL)\b/.exec(m[2]);
  if (cmd) r.command = cmd[1];
  s.setDiag(reply ? reply[1] : m[2], t, !!reply);
  return true;
};

const rejectedRecipient: LineRule = (s, t) => {
  if (!t.startsWith("SMTP Server <") || !t.includes("rejected recipient")) return false;
  const m = /rejected recipient <([^\s<>]{1,64}@[^\s<>]{1,255})>(?: \(Error following ([A-Z]{4}) command\))?[^[]{0,200}(?:\[([^\]]{0,1000})\])?/.exec(t);
  if (!m) return false;
  const r = s.touch(m[1]);
  if (m[2]) r.command = m[2];
  s.setDiag(m[3] ?? t, t, !!m[3]);
  return true;
};

export const x6: LayoutModule = {
  id: "x6",
  family: "other-mta",
  markers: ["We had trouble delivering your message. Full details follow:"],
  subjects: ["there was an error sending your mail"],
  rules: [returnedPermanentErrors, rejectedRecipient],
};
