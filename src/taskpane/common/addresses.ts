/**
 * Addresses as the pane compares them: the bare addr-spec out of "Name <addr>", lower-cased for
 * comparison, and its domain when that is a plain DNS name. Index scans only: these run on
 * message text, which may be hostile.
 */

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

/** Letters, digits, "-" and "." only: the only domain text the pane writes into a command. */
export function isPlainDomain(domain: string): boolean {
  if (domain.length < 3 || domain.length > 253 || !domain.includes(".")) return false;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
    if (!ok) return false;
  }
  if (domain.startsWith(".") || domain.endsWith(".") || domain.includes("..")) return false;
  // No label may start or end with "-" (RFC 1123), so no filled-in value can read as an option.
  return domain.split(".").every((label) => label.length > 0 && label.length <= 63 && !label.startsWith("-") && !label.endsWith("-"));
}

/** The domain of an address (any display-name form), lower-cased, when it is a plain DNS name. */
export function plainDomainOf(address: string | undefined): string | undefined {
  const bare = addressIn(address);
  if (!bare) return undefined;
  let domain = bare.slice(bare.lastIndexOf("@") + 1).trim().toLowerCase();
  while (domain.endsWith(">") || domain.endsWith("]") || domain.endsWith(".")) domain = domain.slice(0, -1);
  return isPlainDomain(domain) ? domain : undefined;
}

/** Whether `a` is `b` or one of its subdomains (mail.contoso.com belongs to contoso.com), either way round. */
export function sameOrganisationDomain(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
