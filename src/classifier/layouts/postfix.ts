/**
 * Postfix: "This is the mail system at host mx.example.com." then per recipient
 * "<addr>: host mx[ip] said: 550 5.1.1 … (in reply to RCPT TO command)" (read by the common
 * "address: reason" rule), and a message/delivery-status part.
 */
import { cleanHost } from "../codes";
import type { LayoutModule, LineRule } from "./engine/types";

const mailSystemAtHost: LineRule = (s, t, lower) => {
  if (!lower.startsWith("this is the mail system at host")) return false;
  const m = /^This is the mail system at host\s+([^\s.]+(?:\.[^\s.]+)*)\.?/i.exec(t);
  if (m) s.facts.reportingMta = cleanHost(m[1]);
  return false;
};

/**
 * Postfix's notice to the postmaster ("Postfix SMTP server: errors from …"): a transcript of
 * " In:" client commands and " Out:" replies. The recipient is the RCPT TO, the refusal the
 * first error reply after it.
 */
const transcriptRcpt: LineRule = (s, t) => {
  if (!t.startsWith("In:") || !t.includes("@")) return false;
  const m = /^In:\s+RCPT TO:\s*<([^\s<>]{1,64}@[^\s<>]{1,255})>/i.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

const transcriptReply: LineRule = (s, t) => {
  if (!t.startsWith("Out:")) return false;
  const m = /^Out:\s+([45]\d\d[ -].*)$/.exec(t);
  if (m && s.current) s.setDiag(m[1], t, true);
  return true;
};

export const postfix: LayoutModule = {
  id: "postfix",
  family: "postfix",
  markers: ["This is the mail system at host", "The mail system\n", "Postfix program", "Transcript of session follows.\n\n Out: 220"],
  subjects: ["undelivered mail returned to sender", "delayed mail (still being retried)", "postfix smtp server"],
  rules: [mailSystemAtHost, transcriptRcpt, transcriptReply],
};
