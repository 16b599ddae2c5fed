/**
 * DragonFly Mail Agent (dma): "This is the DragonFly Mail Agent v0.13 at host.", "There was an
 * error delivering your mail to <addr>.", then one paragraph: either "host [ip] did not like our
 * RCPT TO:" with the server's reply under it, or dma's own words ("Could not deliver for the last
 * 432000 seconds. Giving up.", "DNS lookup failure: host … not found"). "Message headers follow."
 * or "Original message follows." ends the report.
 */
import { cleanHost } from "../codes";
import type { LayoutModule, LineRule } from "./engine/types";

const errorDeliveringTo: LineRule = (s, t) => {
  if (!t.startsWith("There was an error delivering your mail to")) return false;
  const m = /<([^\s<>]{1,64}@[^\s<>]{1,255})>/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  // The paragraph after it: a refusal quoted from the server, or dma's own reason.
  let k = s.i + 1;
  while (k < s.lines.length && k < s.i + 3 && !s.lines[k].trim()) k++;
  const head = (s.lines[k] ?? "").trim();
  const liked = /^(\S+)(?:\s+\[[^\]]{1,60}\])?\s+did not like our ([A-Z ]{3,20}?)(?: TO| FROM)?:$/.exec(head);
  const reply = s.following(k - 1, 20);
  if (liked) {
    const r = s.current;
    if (r) {
      r.remoteMta = cleanHost(liked[1]);
      const cmd = liked[2].trim().split(" ").pop() ?? "";
      r.command = cmd === "DATA" ? "DATA" : cmd.startsWith("RCPT") ? "RCPT" : cmd.startsWith("MAIL") ? "MAIL" : cmd;
    }
    s.setDiag(reply.slice(head.length).trim(), s.lines[k + 1] ?? head, true);
  } else if (reply) s.setDiag(reply, head, false);
  s.i = k;
  return true;
};

export const dragonfly: LayoutModule = {
  id: "dragonfly",
  family: "other-mta",
  markers: ["This is the DragonFly Mail Agent", "There was an error delivering your mail to <"],
  subjects: ["mail delivery failed"],
  rules: [errorDeliveringTo],
};
