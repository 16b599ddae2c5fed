/**
 * A plain RFC 5322 addr-spec check (local@domain), written as a scanner rather than one regex so
 * hostile input can't make it slow. It refuses display names, comments and obsolete forms: the
 * admin address is something a person types once, so a strict check is kinder than a lenient one.
 */

const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

function isAtext(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || ATEXT_SPECIALS.includes(c) || c.charCodeAt(0) > 0x7f;
}

function isDotAtom(s: string): boolean {
  if (s === "" || s.startsWith(".") || s.endsWith(".") || s.includes("..")) return false;
  for (const c of s) if (c !== "." && !isAtext(c)) return false;
  return true;
}

function isQuotedString(s: string): boolean {
  if (s.length < 2 || !s.startsWith('"') || !s.endsWith('"')) return false;
  for (let i = 1; i < s.length - 1; i++) {
    const code = s.charCodeAt(i);
    if (s[i] === "\\") {
      i++;
      if (i >= s.length - 1) return false;
      continue;
    }
    if (s[i] === '"' || code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

function isHostname(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || label.startsWith("-") || label.endsWith("-")) return false;
    for (const c of label) {
      const ok = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "-" || c.charCodeAt(0) > 0x7f;
      if (!ok) return false;
    }
  }
  return true;
}

function isDomainLiteral(domain: string): boolean {
  if (!domain.startsWith("[") || !domain.endsWith("]") || domain.length < 3) return false;
  for (let i = 1; i < domain.length - 1; i++) {
    const code = domain.charCodeAt(i);
    if (code < 33 || code > 126 || domain[i] === "[" || domain[i] === "]" || domain[i] === "\\") return false;
  }
  return true;
}

/** True for "admin@example.com"; false for "Admin <admin@example.com>", "admin@localhost", "". */
export function isValidEmailAddress(input: string): boolean {
  const address = input.trim();
  if (address.length === 0 || address.length > 254) return false;
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || domain.length > 253) return false;
  if (!(isDotAtom(local) || isQuotedString(local))) return false;
  return isHostname(domain) || isDomainLiteral(domain);
}
