/**
 * Apache James (also the gateway Verizon's vtext.com used): "Error: Invalid user address", "Error
 * message below:" with the reply on the next line ("550 - Requested action not taken: no such
 * user here"), then "Message details:" with "RCPT TO: addr".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const errorMessageBelow: LineRule = (s, t) => {
  if (t !== "Error message below:") return false;
  const reply = s.following(s.i, 4);
  if (reply) s.setDiag(reply, s.lines[s.i + 1] ?? t, true);
  return true;
};

const rcptToDetail: LineRule = (s, t) => {
  if (!t.startsWith("RCPT TO:")) return false;
  const m = /^RCPT TO:\s*<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?$/.exec(t);
  if (!m) return false;
  const r = s.touch(m[1]);
  r.command ??= "RCPT";
  if (!r.diagnostic && s.facts.looseDiagnostic) {
    r.diagnostic = s.facts.looseDiagnostic;
    r.diagnosticLine = s.facts.looseDiagnosticLine;
  }
  return true;
};

export const apachejames: LayoutModule = {
  id: "apachejames",
  family: "other-mta",
  markers: ["Error message below:", "Message details:"],
  senders: ["post_master@vtext", "vtext.com"],
  rules: [errorMessageBelow, rcptToDetail],
};
