/**
 * au by KDDI's EZweb mail (Postmaster@ezweb.ne.jp, "Mail System Error - Returned Mail"): a
 * Japanese notice, an English line ("The user(s) account is disabled.", "Each of the following
 * recipients was rejected by a remote mail server."), then "<addr>" and, when a remote server
 * answered, its reply ("<<< 550 …" after ">>> RCPT TO:<addr>"). A refusal with no reply is
 * EZweb's own domain filter.
 */
import type { LayoutModule, LineRule } from "./engine/types";
import { rcptToLine, serverSaid } from "./sendmail";

/** The English line may be wrapped after "remote". */
const REJECTED_BY_FILTER = "Each of the following recipients was rejected by a remote";

/** "    Recipient: <addr>" */
const recipientField: LineRule = (s, t) => {
  if (!t.startsWith("Recipient:")) return false;
  const m = /^Recipient:\s*<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

export const ezweb: LayoutModule = {
  id: "ezweb",
  family: "other-mta",
  markers: [REJECTED_BY_FILTER, "The user(s) account is disabled.", "The following recipients did not receive this message:"],
  senders: ["postmaster@ezweb.ne.jp"],
  subjects: ["mail system error - returned mail"],
  rules: [recipientField, rcptToLine, serverSaid],
  finish: (s) => {
    if (!s.text.includes(REJECTED_BY_FILTER)) return;
    for (const r of s.facts.recipients) if (!r.diagnostic) r.reason ??= "filtered";
  },
};
