/**
 * MailFoundry: "Unable to deliver message to: <addr>", "Delivery failed for the following reason:",
 * then "Server host[ip] failed with: 550 …".
 */
import { cleanHost } from "../codes";
import type { LayoutModule, LineRule } from "./engine/types";

const unableToDeliverTo: LineRule = (s, t) => {
  if (!t.startsWith("Unable to deliver message to:")) return false;
  const m = /<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?$/.exec(t.slice("Unable to deliver message to:".length).trim());
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

const serverFailedWith: LineRule = (s, t) => {
  if (!t.startsWith("Server ") || !t.includes(" failed with:")) return false;
  const m = /^Server\s+([^\s[]{1,255})(?:\[[^\]]{1,60}\])?\s+failed with:\s*(.*)$/.exec(t);
  if (!m) return false;
  if (s.current) s.current.remoteMta = cleanHost(m[1]);
  s.setDiag(m[2], t, true);
  return true;
};

export const mailfoundry: LayoutModule = {
  id: "mailfoundry",
  family: "other-mta",
  markers: ["Delivery failed for the following reason:"],
  subjects: ["message delivery has failed"],
  rules: [unableToDeliverTo, serverFailedWith],
};
