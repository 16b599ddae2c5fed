/**
 * A qmail-derived gateway (Sisimai's "X2", e.g. Yahoo! JAPAN): "Message from example.co.jp.",
 * "Unable to deliver message to the following address(es).", then "<addr>:" with the reason under
 * it; or the newer "Delivery failed: addr" with "Remote host said[Response Message]: 554 …".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const deliveryFailedColon: LineRule = (s, t) => {
  if (!t.startsWith("Delivery failed:")) return false;
  const m = /^Delivery failed:\s*<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

const remoteHostSaid: LineRule = (s, t) => {
  if (!t.startsWith("Remote host said")) return false;
  const m = /^Remote host said(?:\[[^\]]{0,40}\])?:\s*(.*)$/.exec(t);
  if (!m) return false;
  s.setDiag(m[1], t, true);
  return true;
};

const stepLine: LineRule = (s, t) => {
  if (!t.startsWith("STEP:")) return false;
  const step = t.slice(5).trim().toUpperCase();
  if (s.current) s.current.command = step.startsWith("DATA") ? "DATA" : step.startsWith("RCPT") ? "RCPT" : step.startsWith("MAIL") ? "MAIL" : s.current.command;
  return true;
};

export const x2: LayoutModule = {
  id: "x2",
  family: "other-mta",
  markers: ["Unable to deliver message to the following address(es).", "Your delivery to the following address has been failed."],
  subjects: ["delivery failure", "failure delivery", "failed delivery"],
  rules: [deliveryFailedColon, remoteHostSaid, stepLine],
};
