/**
 * Mail services where people have personal mailboxes: a bounce from one of them has no
 * "recipient's admin" to talk to, only the recipient and their provider.
 */

/** Provider names are brand names: the same in every language. */
const PROVIDERS: ReadonlyArray<[string, readonly string[]]> = [
  ["Gmail", ["gmail.com", "googlemail.com"]],
  [
    "Outlook.com",
    [
      "outlook.com",
      "hotmail.com",
      "live.com",
      "msn.com",
      "hotmail.co.uk",
      "hotmail.fr",
      "hotmail.de",
      "hotmail.es",
      "hotmail.it",
      "live.co.uk",
      "live.fr",
      "live.de",
      "live.ca",
      "outlook.fr",
      "outlook.de",
      "outlook.es",
    ],
  ],
  ["Yahoo Mail", ["yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.ca"]],
  ["iCloud Mail", ["icloud.com", "me.com", "mac.com"]],
  ["Proton Mail", ["proton.me", "protonmail.com", "protonmail.ch", "pm.me"]],
  ["AOL Mail", ["aol.com", "aim.com"]],
  ["GMX", ["gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "gmx.fr"]],
  ["WEB.DE", ["web.de"]],
  ["T-Online", ["t-online.de"]],
  ["Orange", ["orange.fr", "wanadoo.fr"]],
  ["Free", ["free.fr"]],
  ["SFR", ["sfr.fr", "neuf.fr"]],
  ["La Poste", ["laposte.net"]],
  ["Yandex Mail", ["yandex.ru", "yandex.com", "ya.ru"]],
  ["Mail.ru", ["mail.ru", "bk.ru", "inbox.ru", "list.ru"]],
  ["Zoho Mail", ["zohomail.com"]],
  ["Fastmail", ["fastmail.com", "fastmail.fm"]],
  ["Tuta", ["tutanota.com", "tuta.io", "tuta.com"]],
  ["Comcast", ["comcast.net"]],
  ["Telefónica", ["movistar.es", "telefonica.net"]],
];

const BY_DOMAIN = new Map<string, string>(PROVIDERS.flatMap(([name, domains]) => domains.map((d) => [d, name] as [string, string])));

/** The provider's name when `domain` is a personal-mail service, else undefined. */
export function consumerProvider(domain: string | undefined): string | undefined {
  return domain ? BY_DOMAIN.get(domain.toLowerCase()) : undefined;
}
