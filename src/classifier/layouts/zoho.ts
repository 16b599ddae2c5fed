/**
 * Zoho Mail: "addr Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <addr>... User Unknown"
 * (the second code may be a text, or empty: "addr Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable."),
 * and its delay form "[Status: Error, Address: <addr>, ResponseCode 421, , Host not reachable.]".
 */
import type { LayoutModule, LineRule } from "./engine/types";

const errorCodeLine: LineRule = (s, t) => {
  if (!t.includes("ERROR_CODE") && !t.includes("error_code")) return false;
  // "ERROR_CODE :550, ERROR_CODE :5.2.1 <addr>... User Unknown", ":550, ERROR_CODE :Requested action …", ":421, ERROR_CODE :, Host not reachable."
  const m = /^([^\s<>]{1,64}@[^\s<>]{1,255})\s+[^,]{0,80},\s*ERROR_CODE\s*:\s*([^,]{0,20}),\s*ERROR_CODE\s*:\s*(.*)$/i.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  const rest = m[3].replace(/^[\s,]+/, "");
  s.setDiag(`${m[2].trim()} ${rest}`.trim(), t, true);
  return true;
};

const statusAddressLine: LineRule = (s, t) => {
  if (!t.startsWith("[Status:")) return false;
  const m = /^\[Status:[^,\]]{0,40},\s*Address:\s*<([^\s<>]{1,64}@[^\s<>]{1,255})>,\s*ResponseCode\s+([245]\d\d),([^\]]{0,1000})\]?$/i.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  s.setDiag(`${m[2]} ${m[3].replace(/^[\s,]+/, "")}`, t, true);
  return true;
};

export const zoho: LayoutModule = {
  id: "zoho",
  family: "other-mta",
  markers: ["ERROR_CODE :", "[Status: Error, Address:", "[Status: Warning, Address:"],
  senders: ["mailer-daemon@mail.zoho.com", "@zoho"],
  rules: [errorCodeLine, statusAddressLine],
};
