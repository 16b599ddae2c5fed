/**
 * Sendmail (V8 and the older V5): "----- The following addresses had permanent fatal errors -----",
 * "----- Transcript of session follows -----" with ">>> RCPT To:<addr>" and "<<< 550 …" lines,
 * V5's "554 <addr>... reason", and a message/delivery-status part (V8).
 */
import type { LayoutModule, LineRule } from "./engine/types";

const whileTalkingTo: LineRule = (s, _t, lower) => {
  if (lower.startsWith("while talking to ")) s.sessionReply = "";
  return false;
};

/** ">>> RCPT To:<addr>" (and Exim's "SMTP error from remote mail server after RCPT TO:<addr>:"). */
export const rcptToLine: LineRule = (s, t, lower) => {
  if (!t.includes("@") || !(lower.startsWith(">>>") || lower.includes("smtp error from remote"))) return false;
  const m = /RCPT TO:\s*<([^>\s]{1,320}@[^>\s]{1,255})>/i.exec(t);
  if (!m) return false;
  s.touch(m[1]).command = "RCPT";
  if (lower.includes("smtp error from remote")) s.setDiag(s.following(s.i), t, true);
  return true;
};

/** Sendmail V5: "554 <addr>... text"; a bare "Remote protocol error" points at the session's reply. */
const v5Reply: LineRule = (s, t) => {
  if (!t.includes("@") || !t.includes(">...")) return false;
  const m = /^([245]\d\d) <([^\s<>]{1,64}@[^\s<>]{1,255})>\.\.\.\s*(.*)$/.exec(t);
  if (!m) return false;
  s.touch(m[2]);
  const own = m[3].trim();
  const generic = /^(?:remote protocol error|service unavailable|protocol error)\.?$/i.test(own);
  s.setDiag(generic && s.sessionReply ? s.sessionReply : `${m[1]} ${own}`, generic && s.sessionReply ? s.sessionReply : t, true);
  return true;
};

/** "<<< 550 5.1.1 <addr>... User unknown". */
export const serverSaid: LineRule = (s, t) => {
  if (!t.startsWith("<<<")) return false;
  const m = /^<<<\s*([245]\d\d.*)$/.exec(t);
  if (!m) return false;
  s.sessionReply = m[1];
  s.setDiag(m[1], t, true);
  return true;
};

/** "<addr>... Deferred: Connection refused by mx.example.org." (the transcript's per-recipient line). */
const addressDots: LineRule = (s, t) => {
  if (!t.includes("@") || !t.includes("... ")) return false;
  const m = /^<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?\.\.\.\s+(\S.*)$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  s.setDiag(m[2], t, true);
  return true;
};

export const sendmail: LayoutModule = {
  id: "sendmail",
  family: "sendmail",
  markers: [
    "The original message was received at",
    "----- Transcript of session follows -----",
    "The following addresses had permanent fatal errors",
    "Transcript of session follows",
  ],
  subjects: ["returned mail:", "warning: could not send message", "postmaster notify"],
  rules: [whileTalkingTo, rcptToLine, v5Reply, serverSaid, addressDots],
};
