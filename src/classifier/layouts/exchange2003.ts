/**
 * Exchange 2000/2003: "Your message did not reach some or all of the intended recipients.",
 * then per recipient "addr on <date>" with the reason on the indented lines under it, often an
 * MSEXCH code in parentheses ("The recipient name is not recognized … MSEXCH:IMS:… (000C05A6)").
 */
import type { LayoutModule, LineRule } from "./engine/types";

const addressOnDate: LineRule = (s, t) => {
  if (!t.includes("@") || !t.includes(" on ")) return false;
  const m = /^(\S{1,64}@\S{1,255}) on \S.{0,80}$/.exec(t);
  if (!m) return false;
  s.touch(m[1].replace(/[<>]/g, ""));
  const parts: string[] = [];
  for (let k = s.i + 1; k < s.lines.length && k < s.i + 8 && s.lines[k].trim(); k++) parts.push(s.lines[k].trim());
  s.setDiag(parts.join(" "), s.lines[s.i + 1] ?? t, false);
  return true;
};

export const exchange2003: LayoutModule = {
  id: "exchange-2003",
  family: "exchange-onprem",
  markers: ["did not reach the following recipient(s)", "did not reach some or all of the intended recipients"],
  subjects: ["undeliverable:"],
  rules: [addressOnDate],
};
