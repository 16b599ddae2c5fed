/**
 * Trustwave (Marshal) MailMarshal SMTP: "Your message:" with its From and Subject, "Could not be
 * delivered because of" with the reply on the next line, "The following recipients were
 * affected:" with the addresses indented, then "Additional Information" fields.
 */
import { firstEmail } from "../mail/address";
import type { LayoutModule, LineRule } from "./engine/types";

const becauseOf: LineRule = (s, t) => {
  if (!t.startsWith("Could not be delivered because of")) return false;
  const rest = t.slice("Could not be delivered because of".length).trim();
  s.current = undefined;
  s.setDiag(rest || s.following(s.i, 4), rest ? t : (s.lines[s.i + 1] ?? t), true);
  return true;
};

const recipientsAffected: LineRule = (s, t) => {
  if (!t.startsWith("The following recipients were affected")) return false;
  let k = s.i + 1;
  for (; k < s.lines.length && k < s.i + 200; k++) {
    const line = s.lines[k];
    if (!line.trim() || !/^\s/.test(line)) break;
    const address = firstEmail(line);
    if (!address) break;
    const r = s.touch(address);
    if (!r.diagnostic && s.facts.looseDiagnostic) {
      r.diagnostic = s.facts.looseDiagnostic;
      r.diagnosticLine = s.facts.looseDiagnosticLine;
      r.diagnosticStrong = true;
    }
  }
  s.i = k - 1;
  return true;
};

export const mailmarshal: LayoutModule = {
  id: "mailmarshal",
  family: "other-mta",
  markers: ["The following recipients were affected:", "Could not be delivered because of"],
  subjects: ["undeliverable mail:"],
  rules: [becauseOf, recipientsAffected],
  endMarkers: ["additional information"],
};
