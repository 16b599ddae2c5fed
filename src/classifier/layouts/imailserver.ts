/**
 * Ipswitch IMail (X-Mailer "<SMTP32 v…>"): one line per recipient, "<reason>: <addr>"
 * ("Unknown user: …", "User mailbox exceeds allowed size: …", "Delivery failed 20 attempts: …"),
 * then "Original message follows.".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const reasonColonAddress: LineRule = (s, t) => {
  if (!t.includes("@")) return false;
  const m = /^([^:@<>]{3,80}):\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?$/.exec(t);
  if (!m) return false;
  s.touch(m[2]);
  s.setDiag(m[1].trim(), t, false);
  return true;
};

export const imailserver: LayoutModule = {
  id: "imailserver",
  family: "other-mta",
  markers: [],
  mailers: ["<smtp32 v", "imail"],
  subjects: ["undeliverable mail"],
  rules: [reasonColonAddress],
};
