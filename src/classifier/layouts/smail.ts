/**
 * Smail 3: "|------------------------- Message log follows: -------------------------|", the log
 * lines, "|------------------------- Failed addresses follow: ---------------------|", then
 * " addr ... reason", then "Message text follows:".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const failedAddress: LineRule = (s, t) => {
  if (!t.includes(" ... ") || !t.includes("@")) return false;
  const m = /^<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?\s+\.\.\.\s+(.+)$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  // The line's own words ("unknown host") name the failure; the message log above says it in general.
  s.setDiag(m[2], t, false);
  return true;
};

const messageLog: LineRule = (s, t) => {
  if (!t.startsWith("|") || !t.toLowerCase().includes("message log follows")) return false;
  const log = s.following(s.i, 6);
  if (log) s.setDiag(log, s.lines[s.i + 1] ?? t, false);
  return true;
};

export const smail: LayoutModule = {
  id: "smail",
  family: "other-mta",
  markers: ["Failed addresses follow:", "Message log follows:"],
  subjects: ["mail failed, returning to sender"],
  rules: [messageLog, failedAddress],
};
