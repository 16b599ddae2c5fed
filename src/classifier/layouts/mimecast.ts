/**
 * Mimecast notices: "An email that you attempted to send to the following address could not be
 * delivered:", the address on a "-- " line, then headings ("The problem appears to be :",
 * "Additional information follows :") each with its text on the "-- " line under it.
 */
import type { LayoutModule, LineRule } from "./engine/types";

const headingThenReason: LineRule = (s, t) => {
  const m = /^(The problem appears to be|Additional information follows)\s*:$/i.exec(t);
  if (!m) return false;
  s.setDiag(s.following(s.i, 6).replace(/^-{1,2}\s*/, ""), s.lines[s.i + 1] ?? t, m[1].toLowerCase().startsWith("additional"));
  return true;
};

export const mimecast: LayoutModule = {
  id: "mimecast",
  family: "other-mta",
  markers: [
    "An email that you attempted to send to the following address could not be delivered",
    "The problem appears to be :",
    "The problem appears to be:",
    "Additional information follows :",
  ],
  senders: ["mimecast"],
  rules: [headingThenReason],
};
