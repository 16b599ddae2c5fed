/**
 * Digital Arts m-FILTER: a Japanese notice, the failed address alone on a line, then
 * "-------server message" with the server's reply, "-------SMTP command" with the command it
 * answered, and "-------original mail info" before the returned message's summary.
 */
import type { LayoutModule, LineRule } from "./engine/types";

const serverMessage: LineRule = (s, t) => {
  if (t !== "-------server message") return false;
  const reply = s.following(s.i, 6);
  if (reply) s.setDiag(reply, s.lines[s.i + 1] ?? t, true);
  return true;
};

const smtpCommand: LineRule = (s, t) => {
  if (t !== "-------SMTP command") return false;
  const command = s.following(s.i, 1).trim().split(/\s/)[0]?.toUpperCase() ?? "";
  if (s.current && /^(?:RCPT|MAIL|DATA|HELO|EHLO)$/.test(command)) s.current.command = command === "EHLO" ? "HELO" : command;
  return true;
};

export const mfilter: LayoutModule = {
  id: "m-filter",
  family: "other-mta",
  markers: ["-------server message", "「m-FILTER」"],
  subjects: ["failure notice"],
  rules: [serverMessage, smtpCommand],
  endMarkers: ["-------original mail info"],
};
