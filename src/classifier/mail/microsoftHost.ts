/**
 * "Is this one of Microsoft's mail servers?" — the one answer the classifier, the pane, the CLI
 * and the forward share. Two questions, kept apart because they differ on consumer domains:
 *
 * - `isMicrosoftHost(host)`: a host name (a Remote-MTA, a Reporting-MTA, "Generating server").
 *   Every name under Microsoft's mail-service domains counts, outlook.com and hotmail.com included:
 *   as a *host* (BN8NAM12FT045.mail.protection.outlook.com, mx1.hotmail.com) it is Microsoft's.
 * - `mentionsMicrosoftHost(text)`: free text (a server reply). Only service host names count, never
 *   an address's domain: "<x@outlook.com>: Relay access denied" is a consumer address refused by
 *   someone else, not a reply from Microsoft.
 *
 * Suffix comparisons and indexOf scans: linear on any input, no regular expression.
 */

/** Domains under which Microsoft's mail servers (Exchange Online, EOP, Outlook.com) are named. */
export const MICROSOFT_MAIL_DOMAINS: readonly string[] = [
  "protection.outlook.com",
  "prod.outlook.com",
  "outlook.com",
  "hotmail.com",
  "exchangelabs.com",
  "outlook.office365.com",
  "office365.com",
  "office365.us",
  "outlook.cn",
  "mx.microsoft",
];

/**
 * Host-name endings that mark a Microsoft service host inside free text. Narrower than the list
 * above: bare "outlook.com"/"hotmail.com" in text are usually someone's address.
 */
const SERVICE_HOST_MARKERS: readonly string[] = [
  ".protection.outlook.com",
  ".prod.outlook.com",
  ".prod.exchangelabs.com",
  ".exchangelabs.com",
  ".outlook.office365.com",
  ".mx.microsoft",
];

/** A DNS name is at most 255 characters; hosts are read from the start of a field. */
const MAX_HOST_SCAN = 512;

function isHostChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x5f;
}

/** The first host name in a field such as "dns; mx.example.com", "[mx.example.com]" or "mx (192.0.2.1)". */
export function hostNameIn(field: string): string {
  const text = field.length > MAX_HOST_SCAN ? field.slice(0, MAX_HOST_SCAN) : field;
  let i = 0;
  // Skip an RFC 3464 type ("dns;") and any opening punctuation.
  const semi = text.indexOf(";");
  if (semi >= 0 && semi < 8) i = semi + 1;
  while (i < text.length && !isHostChar(text.charCodeAt(i))) i++;
  let end = i;
  while (end < text.length && isHostChar(text.charCodeAt(end))) end++;
  let host = text.slice(i, end);
  while (host.endsWith(".")) host = host.slice(0, -1);
  return host.toLowerCase();
}

/** True when `host` (a host name or a server field holding one) is under a Microsoft mail domain. */
export function isMicrosoftHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = hostNameIn(host);
  if (!name) return false;
  return MICROSOFT_MAIL_DOMAINS.some((d) => name === d || name.endsWith(`.${d}`));
}

/** True when any text names a Microsoft service host (not merely an address at a Microsoft domain). */
export function mentionsMicrosoftHost(...texts: Array<string | undefined>): boolean {
  for (const raw of texts) {
    if (!raw) continue;
    const text = raw.toLowerCase();
    for (const marker of SERVICE_HOST_MARKERS) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(marker, from);
        if (at < 0) break;
        // Walk back over the host's labels; an "@" right before them makes it an address.
        let start = at;
        while (start > 0 && isHostChar(text.charCodeAt(start - 1)) && at - start < 255) start--;
        if (start < at && text.charCodeAt(start - 1) !== 0x40) return true;
        from = at + marker.length;
      }
    }
  }
  return false;
}
