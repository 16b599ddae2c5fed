/**
 * Exim: "This message was created automatically by mail delivery software.", "A message that you
 * sent could not be delivered to one or more of its recipients.", then per recipient the address
 * (indented) with the reason indented under it, often "SMTP error from remote mail server after
 * RCPT TO:<addr>: host mx [ip]: 550 …".
 */
import { rcptToLine } from "./sendmail";
import { commandOfStage } from "./engine/common";
import type { LayoutModule, LineRule } from "./engine/types";

/** "SMTP error from remote mail server after …:" then the reply on the following lines. */
const smtpErrorAfter: LineRule = (s, t, lower) => {
  if (!lower.startsWith("smtp error from remote")) return false;
  const m = /^SMTP error from remote (?:mail server|mailer) after ([^:]{1,60}):\s*(.*)$/i.exec(t);
  if (!m || /RCPT TO:/i.test(t)) return false;
  const rest = [m[2], s.following(s.i, 10)].filter(Boolean).join(" ");
  s.setDiag(rest.replace(/^host\s+\S+\s+\[[^\]]{1,60}\](?::\d+)?:\s*/i, ""), t, true);
  if (s.current) s.current.command = commandOfStage(m[1], s.current.command);
  return true;
};

/** "Name <addr>: malformed address: …" (a display name before the address). */
const namedAddressReason: LineRule = (s, t) => {
  if (!t.includes(">:")) return false;
  const m = /^[^<>]{1,200}\s<([^\s<>:]{1,64}@[^\s<>:]{1,255})>:\s+(\S.*)$/.exec(t);
  if (!m || /^(?:from|to|cc|subject|date|sender|reply-to)\s*:/i.test(t) || /^#?[245]\d\d[\s-]/.test(t) || /\d\.\d{1,3}\.\d/.test(t.slice(0, t.indexOf("<")))) return false;
  s.touch(m[1]);
  s.setDiag(m[2], t, true);
  return true;
};

export const exim: LayoutModule = {
  id: "exim",
  family: "exim",
  markers: ["This message was created automatically by mail delivery software", "The following address(es) failed", "could not be delivered to one or more of its recipients"],
  subjects: ["mail delivery failed", "warning: message", "mail failure", "message frozen"],
  rules: [rcptToLine, smtpErrorAfter, namedAddressReason],
};
