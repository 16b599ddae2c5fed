/**
 * Email addresses and domain names: strict validation (values that go into commands, DNS queries
 * or the admin-address setting), lenient extraction from report text, and the report forms of a
 * recipient (X.400 `/RFC-822=…/`, `dda:SMTP=…`, Exchange's IMCEA encapsulation) turned into the
 * SMTP address. Scanners and bounded patterns only: every input here is hostile.
 */

const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Control characters (C0, DEL, C1), zero-width and bidi controls (U+061C, U+200B–U+200F,
 * U+2028–U+202E, U+2066–U+2069, U+FEFF): no real address or host name has them, and an override
 * could make one address display as another.
 */
export function isInvisibleOrDirectional(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

function hasInvisibleOrDirectional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isInvisibleOrDirectional(s.charCodeAt(i))) return true;
  return false;
}

/** A DNS label of letters, digits and inner hyphens ("LDH"), 1–63 characters. `unicode` admits non-ASCII letters (U-labels). */
function isLabel(label: string, unicode: boolean): boolean {
  if (label.length === 0 || label.length > 63) return false;
  if (label.charCodeAt(0) === 0x2d || label.charCodeAt(label.length - 1) === 0x2d) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!(isAlnum(c) || c === 0x2d || (unicode && c > 0x7f && !isInvisibleOrDirectional(c)))) return false;
  }
  return true;
}

/** One ASCII host-name label: letters, digits and inner hyphens, 1–63 characters ("-f" is not one). */
export function isHostLabel(label: string): boolean {
  return isLabel(label, false);
}

/** An all-digit label: never a top-level domain, so "192.0.2.1" is an address literal, not a name. */
export function isNumericLabel(label: string): boolean {
  if (label.length === 0) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * A plain host name with at least two labels, as DNS queries and command lines need it: ASCII
 * letters, digits and inner hyphens, no trailing dot, no all-digit top-level label. "-f.netrc" is
 * not one. Upper case passes (DNS ignores case); callers that write a name lower-case it first.
 */
export function isDomainName(name: string): boolean {
  return isHostName(name, false);
}

/** Like isDomainName, but international labels (U-labels such as "bücher") pass too: a name to show or to hand to the DNS layer, which converts it. */
export function isInternationalDomainName(name: string): boolean {
  return isHostName(name, true);
}

function isHostName(name: string, unicode: boolean): boolean {
  if (name.length < 3 || name.length > MAX_DOMAIN) return false;
  const labels = name.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) if (!isLabel(label, unicode)) return false;
  return !isNumericLabel(labels[labels.length - 1]);
}

/** ASCII code → 1 for RFC 5322 atext (letters, digits and the specials). */
const ATEXT: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (isAlnum(c)) t[c] = 1;
  for (let i = 0; i < ATEXT_SPECIALS.length; i++) t[ATEXT_SPECIALS.charCodeAt(i)] = 1;
  return t;
})();

function isAtext(c: number): boolean {
  return c > 0x7f || ATEXT[c] === 1;
}

function isDotAtom(s: string): boolean {
  if (s === "" || s.startsWith(".") || s.endsWith(".") || s.includes("..")) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x2e && !isAtext(c)) return false;
  }
  return true;
}

function isQuotedString(s: string): boolean {
  if (s.length < 2 || !s.startsWith('"') || !s.endsWith('"')) return false;
  for (let i = 1; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) {
      i++;
      if (i >= s.length - 1) return false;
      continue;
    }
    if (c === 0x22 || c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

function isDomainLiteral(domain: string): boolean {
  if (domain.length < 3 || !domain.startsWith("[") || !domain.endsWith("]")) return false;
  for (let i = 1; i < domain.length - 1; i++) {
    const c = domain.charCodeAt(i);
    if (c < 33 || c > 126 || c === 0x5b || c === 0x5d || c === 0x5c) return false;
  }
  return true;
}

/** An address domain: a host name (international labels allowed, as SMTPUTF8 mail has them) or a literal. */
function isAddressDomain(domain: string): boolean {
  if (domain.length > MAX_DOMAIN) return false;
  if (isDomainLiteral(domain)) return true;
  const labels = domain.split(".");
  return labels.length >= 2 && labels.every((l) => isLabel(l, true));
}

/**
 * A bare RFC 5322 addr-spec (local@domain): true for "admin@example.com", false for
 * "Admin <admin@example.com>", "admin@localhost" and "".
 */
export function isEmailAddress(input: string): boolean {
  const address = input.trim();
  if (address.length === 0 || address.length > MAX_ADDRESS) return false;
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > MAX_LOCAL) return false;
  return (isDotAtom(local) || isQuotedString(local)) && isAddressDomain(domain);
}

/**
 * An address the product sends to or stores (the admin address, a forward's To, the build's
 * default admin): a bare addr-spec (isEmailAddress) with no control, invisible or bidi character
 * anywhere. One rule for the pane, the preview, the organisation default and the build.
 */
export function isAdminAddress(input: string): boolean {
  return !hasInvisibleOrDirectional(input) && isEmailAddress(input);
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * The domain part of an address as written, unvalidated: after the last "@", up to a space or
 * ">", without the brackets of a literal or trailing dots, lower-case; undefined when there is no "@", the
 * part is empty, or it is longer than a DNS name can be. For grouping and showing; to use a
 * domain, take domainOfAddress.
 */
export function domainPartOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf("@");
  if (at < 0) return undefined;
  let start = at + 1;
  while (start < address.length && isSpaceOrTab(address.charCodeAt(start))) start++;
  // A domain literal ("[192.0.2.1]") reads as what it holds.
  if (address.charCodeAt(start) === 0x5b) start++;
  let end = start;
  while (end < address.length && end - start <= MAX_DOMAIN + 1) {
    const c = address.charCodeAt(end);
    if (c === 0x3e || isSpaceOrTab(c) || c === 0x0d || c === 0x0a) break;
    end++;
  }
  // Index scans, not /[\].]+$/: that retries at every dot of a long run.
  while (end > start) {
    const c = address.charCodeAt(end - 1);
    if (c === 0x5d || c === 0x2e) end--;
    else break;
  }
  if (end === start || end - start > MAX_DOMAIN) return undefined;
  return address.slice(start, end).toLowerCase();
}

/**
 * The domain of an address (domainPartOf), when it is a plain domain name (isDomainName), or with
 * `international`, an international one (isInternationalDomainName).
 */
export function domainOfAddress(address: string | undefined, options: { international?: boolean } = {}): string | undefined {
  const domain = domainPartOf(address);
  if (domain === undefined) return undefined;
  return (options.international ? isInternationalDomainName(domain) : isDomainName(domain)) ? domain : undefined;
}

// ---- Extraction from report text -------------------------------------------------------------

/** An address as reports print it; bounded repetitions, so a scan costs at most ~64 steps per position. */
const EMAIL = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,10}/;
export const EMAIL_GLOBAL = new RegExp(EMAIL.source, "g");
/** Only this much of a text is searched for its first address. */
const FIRST_EMAIL_WINDOW = 2000;

function trimDots(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x2e) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x2e) b--;
  return s.slice(a, b);
}

/** The first address in `text` (its first 2,000 characters), normalised; "" when there is none. */
export function firstEmail(text: string): string {
  const window = text.length > FIRST_EMAIL_WINDOW ? text.slice(0, FIRST_EMAIL_WINDOW) : text;
  const special = reportFormAddress(window);
  if (special) return special;
  const m = EMAIL.exec(window);
  return m ? trimDots(m[0]) : "";
}

/** Every address in `text`, in order, at most `max`. */
export function emailsIn(text: string, max = 50): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(EMAIL_GLOBAL)) {
    const a = trimDots(m[0]);
    if (a.includes("@") && a.indexOf("@") > 0) out.push(a);
    if (out.length >= max) break;
  }
  return out;
}

/** Exchange's IMCEA encapsulation: "+40" is "@", "+2E" is ".", "+" followed by two hex digits any byte. */
function decodeImcea(local: string): string {
  let out = "";
  for (let i = 0; i < local.length; i++) {
    const c = local[i];
    if (c === "+" && i + 2 < local.length && /^[0-9A-Fa-f]{2}$/.test(local.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(local.slice(i + 1, i + 3), 16));
      i += 2;
    } else out += c;
  }
  return out;
}

/**
 * The SMTP address inside the report forms of a recipient that aren't a plain address:
 * X.400 `/…/RFC-822=user@example.com/`, Exchange's `dda:SMTP=…` / `SMTP:…`, and
 * `IMCEASMTP-user+40example+2Ecom@…`. "" when `text` holds none of them.
 */
export function reportFormAddress(text: string): string {
  // Cheap refusal first: every form needs "=" or ":" (X.400, dda:SMTP=, SMTP:) or IMCEA.
  if (text.indexOf("=") < 0 && text.indexOf(":") < 0 && text.indexOf("IMCEA") < 0 && text.indexOf("imcea") < 0) return "";
  const lower = text.toLowerCase();
  const x400 = lower.indexOf("rfc-822=");
  if (x400 >= 0) {
    const start = x400 + 8;
    let end = start;
    while (end < text.length && end - start < 320 && !"/;>\"' \t\r\n".includes(text[end])) end++;
    // X.400 may write the "@" as "(a)".
    const value = text.slice(start, end).replace("(a)", "@");
    if (isEmailAddress(value)) return value;
  }
  for (const tag of ["dda:smtp=", "smtp:"]) {
    const at = lower.indexOf(tag);
    if (at < 0) continue;
    const start = at + tag.length;
    let end = start;
    while (end < text.length && end - start < 320 && !";>\"' \t\r\n,]".includes(text[end])) end++;
    const value = text.slice(start, end);
    if (isEmailAddress(value)) return value;
  }
  const imcea = lower.indexOf("imceasmtp-");
  if (imcea >= 0) {
    const start = imcea + 10;
    let end = start;
    while (end < text.length && end - start < 320 && text[end] !== "@" && !" \t\r\n<>".includes(text[end])) end++;
    const value = decodeImcea(text.slice(start, end));
    if (isEmailAddress(value)) return value;
  }
  return "";
}

/**
 * A recipient as a report gives it ("rfc822;<user@example.com>", "mailto:…", an X.400 or
 * Exchange form) turned into the SMTP address; the value trimmed otherwise.
 */
export function normaliseRecipient(raw: string): string {
  const special = reportFormAddress(raw);
  if (special) return special;
  let t = raw.trim();
  if (t.toLowerCase().startsWith("mailto:")) t = t.slice(7);
  if (t.startsWith("<") && t.endsWith(">")) t = t.slice(1, -1).trim();
  return t;
}
