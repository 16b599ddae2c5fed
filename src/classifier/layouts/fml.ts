/** fml (mailing-list manager) error notices: "Duplicated Message-ID in <addr>.", "You are not a member of this mailing list <list>". */
import type { LayoutModule, LineRule } from "./engine/types";

const reasonInAddress: LineRule = (s, t) => {
  if (!t.includes(" in <")) return false;
  const m = /^(.{4,120}?) in <([^\s<>]{1,64}@[^\s<>]{1,255})>\.?$/.exec(t);
  if (!m || !/message-id|loop|not member|reject/i.test(m[1])) return false;
  s.touch(m[2]);
  s.setDiag(m[1], t, false);
  return true;
};

/** "You are not a member of this mailing list <list@…>.": the list refused the post (its address is the recipient). */
const notAMember: LineRule = (s, t) => {
  if (!t.includes("not a member of this mailing list")) return false;
  const m = /<([^\s<>]{1,64}@[^\s<>]{1,255})>/.exec(t);
  if (!m) return false;
  s.touch(m[1]).reason = "rejected";
  s.setDiag(t, t, false);
  // What follows is how to join the list (its -ctl address is not a recipient).
  s.endAt(s.i + 1);
  return true;
};

export const fml: LayoutModule = {
  id: "fml",
  family: "other-mta",
  markers: ["Duplicated Message-ID in", "NOT MEMBER article from", "not a member of this mailing list"],
  headers: ["x-mlserver"],
  rules: [reasonInAddress, notAMember],
};
