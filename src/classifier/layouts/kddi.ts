/**
 * KDDI (au one net, dion.ne.jp): a Japanese notice, then "Your mail sent on: <date>", and indented
 * "Could not be delivered to: <addr>" with the reason on the next line ("As their mailbox is full.").
 */
import type { LayoutModule, LineRule } from "./engine/types";

const couldNotBeDeliveredTo: LineRule = (s, t) => {
  if (!t.startsWith("Could not be delivered to:")) return false;
  const m = /<([^\s<>]{1,64}@[^\s<>]{1,255})>/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  const reason = (s.lines[s.i + 1] ?? "").trim();
  if (reason) {
    s.setDiag(reason, reason, false);
    s.i++;
  }
  return true;
};

export const kddi: LayoutModule = {
  id: "kddi",
  family: "other-mta",
  markers: ["Could not be delivered to: <"],
  senders: ["dion.ne.jp", "auone-net.jp", "ezweb.ne.jp"],
  rules: [couldNotBeDeliveredTo],
};
