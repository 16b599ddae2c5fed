/** ActiveHunter (and other gateways): ">>> addr <addr>" then the reply on its own line. */
import type { LayoutModule, LineRule } from "./engine/types";

const arrowAddress: LineRule = (s, t) => {
  if (!t.startsWith(">>>") || !t.includes("@")) return false;
  const m = /^>>>\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?(?:\s+<[^\s<>]{1,320}>)?$/.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

export const activehunter: LayoutModule = {
  id: "activehunter",
  family: "other-mta",
  markers: [],
  subjects: ["failure notice :"],
  // Sendmail's headings with ">>> addr <addr>" under them, which Sendmail itself never writes.
  detect: (text) => {
    if (!text.includes("The following addresses had permanent fatal errors")) return undefined;
    const at = text.indexOf("\n>>> ");
    if (at < 0) return undefined;
    const line = text.slice(at + 1, at + 400).split("\n", 1)[0];
    return line.includes("@") && line.includes("<") && !/rcpt to/i.test(line) ? line.slice(0, 200) : undefined;
  },

  rules: [arrowAddress],
};
