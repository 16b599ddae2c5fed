/**
 * Addresses as the pane compares them: the bare addr-spec out of "Name <addr>", lower-cased for
 * comparison, and its domain when that is a plain DNS name. Index scans only: these run on
 * message text, which may be hostile.
 */
import { domainOfAddress } from "../../classifier/mail/address";

/** A DNS name is at most 253 characters; an address at most 254 (RFC 5321 path limit). */
const MAX_ADDRESS = 400;

/** "Ana Silva <ana@contoso.com>" → "ana@contoso.com"; a bare address as it is; undefined without "@". */
export function addressIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let value = text.length > MAX_ADDRESS * 4 ? text.slice(0, MAX_ADDRESS * 4) : text;
  const open = value.lastIndexOf("<");
  if (open >= 0) {
    const close = value.indexOf(">", open + 1);
    value = close > open ? value.slice(open + 1, close) : value.slice(open + 1);
  }
  value = value.trim();
  if (value.toLowerCase().startsWith("mailto:")) value = value.slice(7);
  if (value.length === 0 || value.length > MAX_ADDRESS || !value.includes("@")) return undefined;
  return value;
}

/** Whether two address fields name the same mailbox (case-insensitive, display names ignored). */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  const x = addressIn(a);
  const y = addressIn(b);
  return x !== undefined && y !== undefined && x.toLowerCase() === y.toLowerCase();
}

/** The domain of an address (any display-name form), lower-cased, when it is a plain host name (mail/address isDomainName). */
export function plainDomainOf(address: string | undefined): string | undefined {
  return domainOfAddress(addressIn(address));
}

/** Whether `a` is `b` or one of its subdomains (mail.contoso.com belongs to contoso.com), either way round. */
export function sameOrganisationDomain(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
