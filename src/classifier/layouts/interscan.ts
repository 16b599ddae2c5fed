/**
 * Trend Micro InterScan Messaging Security Suite: "Message from InterScan Messaging Security
 * Suite", "Unable to deliver message to <addr> (and other recipients in the same domain).", or a
 * transcript: "Sent <<< RCPT TO:<addr>" then "Received >>> 550 5.1.1 …".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const unableToDeliverTo: LineRule = (s, t) => {
  if (!t.includes("Unable to deliver message to <")) return false;
  const m = /Unable to deliver message to <([^\s<>]{1,64}@[^\s<>]{1,255})>/.exec(t);
  if (!m) return false;
  // InterScan writes this when the recipient's server refused the address itself.
  s.touch(m[1]).reason = "userunknown";
  s.setDiag(t.replace(/^Reason:\s*/, ""), t, false);
  return true;
};

const sentRcpt: LineRule = (s, t) => {
  if (!t.startsWith("Sent <<<")) return false;
  const m = /RCPT TO:\s*<([^\s<>]{1,64}@[^\s<>]{1,255})>/i.exec(t);
  if (m) s.touch(m[1]).command = "RCPT";
  return true;
};

const receivedReply: LineRule = (s, t) => {
  if (!t.startsWith("Received >>>")) return false;
  s.setDiag(t.slice("Received >>>".length).trim(), t, true);
  return true;
};

export const interscan: LayoutModule = {
  id: "interscan",
  family: "other-mta",
  markers: ["InterScan Messaging Security Suite", "Sent <<< RCPT TO:"],
  senders: ["interscan"],
  subjects: ["mail could not be delivered"],
  rules: [unableToDeliverTo, sentRcpt, receivedReply],
};
