/**
 * Yahoo! Mail: "Sorry, we were unable to deliver your message to the following address.", then
 * "<addr>:" and "Remote host said: 550 … [RCPT_TO]" (the stage in brackets), then "--- Below this
 * line is a copy of the message.".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const remoteHostSaid: LineRule = (s, t) => {
  if (!t.startsWith("Remote host said:")) return false;
  const reply = t.slice("Remote host said:".length).trim();
  s.setDiag(reply, t, true);
  const stage = /\[(RCPT_TO|MAIL_FROM|DATA|HELO|EHLO|CONN)\]\s*$/.exec(reply);
  if (stage && s.current) s.current.command = stage[1] === "RCPT_TO" ? "RCPT" : stage[1] === "MAIL_FROM" ? "MAIL" : stage[1] === "EHLO" ? "HELO" : stage[1];
  return true;
};

export const yahoo: LayoutModule = {
  id: "yahoo",
  family: "other-mta",
  markers: ["Sorry, we were unable to deliver your message to the following address."],
  senders: ["yahoo"],
  subjects: ["failure notice"],
  rules: [remoteHostSaid],
};
