/**
 * The guidance table writes what it can't know as placeholders: <domain> (the recipient's
 * domain), <recipient> (the failed address), <sender> (the original sender), <sender-domain>.
 * Where the pane knows a value it fills it in, so a command runs as copied; it fills in only
 * values that pass the project's validators and can't read as anything but an argument (no
 * shell metacharacters, never a leading "-"). Every other <…> stays, and the views mark it.
 */
import { isDomainName, isEmailAddress } from "../../classifier/mail/address";
import { EXO_MX_PLACEHOLDER, exchangeOnlineMxHost } from "../../classifier/mail/exoMxHost";
import { addressIn, plainDomainOf } from "../common/addresses";

export interface KnownValues {
  domain?: string;
  recipient?: string;
  sender?: string;
  senderDomain?: string;
}

/** A local part of letters, digits and . _ + - only, not starting with "-" or ".": an argument in every shell. */
function isPlainLocalPart(local: string): boolean {
  if (local.length === 0 || local.length > 64 || local.startsWith("-") || local.startsWith(".")) return false;
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x5f || c === 0x2b || c === 0x2d;
    if (!ok) return false;
  }
  return true;
}

/** The address as it may go into a command, or undefined when it can't safely. */
export function commandSafeAddress(value: string | undefined): string | undefined {
  const bare = addressIn(value);
  if (!bare || !isEmailAddress(bare)) return undefined;
  const at = bare.lastIndexOf("@");
  const local = bare.slice(0, at);
  const domain = bare.slice(at + 1).toLowerCase();
  return isPlainLocalPart(local) && isDomainName(domain) ? `${local}@${domain}` : undefined;
}

/** The values a bounce gives, each only when it is safe to write into a command. */
export function knownValues(recipient: string | undefined, sender: string | undefined): KnownValues {
  const values: KnownValues = {};
  const domain = plainDomainOf(recipient);
  if (domain) values.domain = domain;
  const r = commandSafeAddress(recipient);
  if (r) values.recipient = r;
  const s = commandSafeAddress(sender);
  if (s) values.sender = s;
  const senderDomain = plainDomainOf(sender);
  if (senderDomain) values.senderDomain = senderDomain;
  return values;
}

function replaceAll(text: string, placeholder: string, value: string | undefined): string {
  return value === undefined || !text.includes(placeholder) ? text : text.split(placeholder).join(value);
}

/** Every known placeholder filled in; unknown ones left as they are. */
export function fillPlaceholders(text: string, values: KnownValues): string {
  let out = text;
  const exoMx = values.domain ? exchangeOnlineMxHost(values.domain) : undefined;
  if (exoMx) out = replaceAll(out, EXO_MX_PLACEHOLDER, exoMx);
  out = replaceAll(out, "<sender-domain>", values.senderDomain);
  out = replaceAll(out, "<domain>", values.domain);
  out = replaceAll(out, "<recipient>", values.recipient);
  // Older rows wrote the failed address as <address>.
  out = replaceAll(out, "<address>", values.recipient);
  out = replaceAll(out, "<sender>", values.sender);
  return out;
}

export interface TextPart {
  text: string;
  /** True for a "<name>" the pane couldn't fill: the reader must replace it before running. */
  placeholder: boolean;
}

function isPlaceholderChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
}

/** Splits text into plain runs and "<name>" placeholders (a letter first, then letters, digits, "-", "_"). */
export function splitPlaceholders(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "<") {
      i++;
      continue;
    }
    let j = i + 1;
    const first = text.charCodeAt(j);
    if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))) {
      i++;
      continue;
    }
    while (j < text.length && isPlaceholderChar(text.charCodeAt(j))) j++;
    if (text[j] !== ">" || j - i > 40) {
      i = j;
      continue;
    }
    if (i > from) parts.push({ text: text.slice(from, i), placeholder: false });
    parts.push({ text: text.slice(i, j + 1), placeholder: true });
    from = j + 1;
    i = j + 1;
  }
  if (from < text.length) parts.push({ text: text.slice(from), placeholder: false });
  return parts;
}

/** The placeholders left in `text`, each once, in order. */
export function unknownPlaceholders(text: string): string[] {
  return [
    ...new Set(
      splitPlaceholders(text)
        .filter((p) => p.placeholder)
        .map((p) => p.text),
    ),
  ];
}
