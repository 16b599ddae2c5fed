/**
 * Google Groups refusing a post (sent by mailer-daemon@googlemail.com in the poster's language):
 * "Hello <poster>, We're writing to let you know that the group you tried to contact (<name>) may
 * not exist, or you may not have permission to post messages to the group", a bulleted list of
 * reasons, then "Google Groups". The group's address is in X-Failed-Recipients; the greeting's
 * address is the poster's and never a recipient.
 */
import type { LayoutModule, LineRule } from "./engine/types";

/** The paragraph after the greeting is the notice; it is the diagnostic (in whatever language). */
const notice: LineRule = (s, t) => {
  if (s.facts.looseDiagnostic || !t.includes("@") || s.i > 5) return false;
  const paragraph = s.following(s.i, 4);
  if (!paragraph) return false;
  s.current = undefined;
  s.setDiag(paragraph, s.lines[s.i + 1] ?? t, false);
  s.i += 1;
  return true;
};

export const googlegroups: LayoutModule = {
  id: "google-groups",
  family: "gmail",
  markers: ["groups.google.com", "Google Groups", "Google グループ"],
  senders: ["mailer-daemon@googlemail.com"],
  detect: (text) => (text.includes("\nGoogle Groups\n") ? "Google Groups" : undefined),
  rules: [notice],
  onlyWhenDetected: true,
  // Every recipient named (the group, from X-Failed-Recipients) refused the poster.
  finish: (s) => {
    for (const r of s.facts.recipients) {
      r.reason ??= "rejected";
      if (!r.diagnostic && s.facts.looseDiagnostic) {
        r.diagnostic = s.facts.looseDiagnostic;
        r.diagnosticLine = s.facts.looseDiagnosticLine;
      }
    }
  },
};
