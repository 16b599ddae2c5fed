/**
 * Turns what the admin typed (or what came out of a bounce) into a domain safe to query, or says
 * plainly why it isn't one. Bounce text is hostile, so this is strict: host names only, by the
 * rules of mail/address (isDomainName); this file adds international names and the messages.
 */
import { isHostLabel, isNumericLabel } from "../classifier/mail/address";
import { type DomainText, ENGLISH_DNS_SENTENCES } from "../i18n/dns/en";

export type DomainParse = { ok: true; domain: string } | { ok: false; message: string };

const MAX_NAME_LENGTH = 253;
// Characters the WHATWG URL parser would treat as structure (or silently drop) rather than host text.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const URL_SYNTAX = /[\s/?#@:[\]\\%<>^|"'`{}\u0000-\u001f\u007f]/u;
// eslint-disable-next-line no-control-regex -- matching "anything outside ASCII" is the point
const NON_ASCII = /[^\u0000-\u007f]/u;

/** Show the input in messages without letting a huge or multi-line value take over the view. */
const shown = (input: string): string => (input.length > 80 ? `${input.slice(0, 77)}…` : input).replace(/\s+/gu, " ");

/**
 * Punycode through the URL parser (IDNA/UTS 46 in browsers and Node alike), so no extra
 * library. Undefined when the parser rejects the name.
 */
function toAscii(domain: string): string | undefined {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
}

/** `text`: the language of the refusal (English unless the caller passes another). */
export function parseDomain(input: string, text: DomainText = ENGLISH_DNS_SENTENCES.domain): DomainParse {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: false, message: text.empty };
  if (trimmed.includes("@")) return { ok: false, message: text.emailAddress };
  if (trimmed.length > 4 * MAX_NAME_LENGTH || URL_SYNTAX.test(trimmed)) {
    return { ok: false, message: text.badCharacters(shown(trimmed)) };
  }
  // One trailing dot is the fully-qualified form of the same name.
  let domain = (trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed).toLowerCase();
  if (domain.split(".").some((label) => label === "")) return { ok: false, message: text.emptyLabel(shown(trimmed)) };

  if (NON_ASCII.test(domain)) {
    const ascii = toAscii(domain);
    if (ascii === undefined || NON_ASCII.test(ascii)) return { ok: false, message: text.idnFailed(shown(trimmed)) };
    domain = ascii;
  }

  if (domain.length > MAX_NAME_LENGTH) return { ok: false, message: text.tooLong(shown(trimmed)) };
  const labels = domain.split(".");
  if (labels.length < 2) return { ok: false, message: text.singleLabel(shown(trimmed)) };
  const bad = labels.find((label) => !isHostLabel(label));
  if (bad !== undefined) return { ok: false, message: text.badLabel(shown(trimmed), shown(bad)) };
  if (isNumericLabel(labels[labels.length - 1] ?? "")) return { ok: false, message: text.numericTld(shown(trimmed)) };
  return { ok: true, domain };
}

/**
 * Looser than parseDomain: any name dns-packet can encode safely (labels of 1–63 bytes, printable
 * ASCII without dots or spaces), so service names such as _dmarc.contoso.com pass too.
 */
export function isQueryableName(name: string): boolean {
  const bare = name.endsWith(".") ? name.slice(0, -1) : name;
  if (bare.length === 0 || bare.length > MAX_NAME_LENGTH) return false;
  return bare.split(".").every((label) => /^[\x21-\x7e]{1,63}$/u.test(label));
}
