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

export const postfix: LayoutModule = {
  id: "postfix",
  family: "postfix",
  markers: ["This is the mail system at host", "The mail system\n", "Postfix program"],
  subjects: ["undelivered mail returned to sender", "delayed mail (still being retried)", "postfix smtp server"],
  rules: [mailSystemAtHost],
};
