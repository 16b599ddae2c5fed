/**
 * MailFoundry: "Unable to deliver message to: <addr>", "Delivery failed for the following reason:",
 * then "Server host[ip] failed with: 550 …".
 */
import { cleanHost } from "../codes";
import type { LayoutModule, LineRule } from "./engine/types";

const UNABLE_TO_DELIVER = "Unable to deliver message to:";

/** The address ending the line ("…to: <addr>" or "…to: addr"), read with index scans. */
const unableToDeliverTo: LineRule = (s, t) => {
  if (!t.startsWith(UNABLE_TO_DELIVER)) return false;
  const rest = t.slice(UNABLE_TO_DELIVER.length).trim();
  let token = rest.slice(rest.lastIndexOf(" ") + 1);
  if (token.startsWith("<")) token = token.slice(1);
  if (token.endsWith(">")) token = token.slice(0, -1);
  const at = token.lastIndexOf("@");
  if (at < 1 || at > 64 || token.length - at - 1 < 1 || token.length - at - 1 > 255 || token.includes("<") || token.includes(">") || /\s/.test(token))
    return false;
  s.touch(token);
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
