/**
 * Gmail and Google Workspace: "Delivery to the following recipient failed permanently:", "The
 * response from the remote server was:", and the newer "Your message wasn't delivered to addr
 * because …" / "The response was:".
 */
import type { LayoutModule, LineRule } from "./engine/types";

/** "… wasn't delivered to addr because …" / "There was a problem delivering your message to addr". */
const wasntDeliveredTo: LineRule = (s, t) => {
  if (!t.includes("@")) return false;
  const m = /^(?:your message wasn['’]t delivered to|there was a problem delivering your message to)\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?[.,]?(?:\s|$)/i.exec(
    t,
  );
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

/** "The error that the other server returned was: …" on one line. */
const errorReturnedWas: LineRule = (s, t, lower) => {
  if (!lower.includes("the error that the other server returned was:")) return false;
  const m = /The error that the other server returned was:\s*(\S.*)$/i.exec(t);
  if (!m) return false;
  s.setDiag(m[1], t, true);
  return true;
};

/** A heading with the reply on the following lines. */
export const replyHeading: LineRule = (s, t) => {
  if (
    !/^(?:The response from the remote server was|The response was|The error that the other server returned was|Body of message generated response):?$/i.test(t)
  )
    return false;
  s.setDiag(s.following(s.i), t, true);
  return true;
};

/** Gmail's older notices: "Technical details of permanent failure:" with the reason under it. */
const technicalDetails: LineRule = (s, t) => {
  if (!/^Technical details of (?:permanent|temporary) failure:?$/.test(t)) return false;
  const reply = s.following(s.i, 8);
  if (reply) {
    // The single recipient named above it.
    if (!s.current && s.facts.recipients.length === 1) s.current = s.facts.recipients[0];
    s.setDiag(reply, s.lines[s.i + 1] ?? t, true);
  }
  if (t.includes("temporary") && s.current) s.current.delayed = true;
  return true;
};

export const gmail: LayoutModule = {
  id: "gmail",
  family: "gmail",
  markers: [
    "Delivery to the following recipient failed permanently",
    "The response from the remote server was:",
    "Your message wasn't delivered to",
    "Message not delivered",
    "Technical details of permanent failure",
    "Technical details of temporary failure",
    "Delivery to the following recipient has been delayed",
  ],
  subjects: ["delivery status notification"],
  senders: ["mailer-daemon@googlemail.com", "mailer-daemon@google.com"],
  rules: [wasntDeliveredTo, errorReturnedWas, replyHeading, technicalDetails],
};
