/**
 * The resolver-address sentences in English, apart from the other DNS sentences: the pane reads its
 * saved DNS settings at start-up (src/outlook/dnsCheckSettings.ts), and this keeps the rest of the
 * English DNS text out of its first view (it loads with the admin view's DNS checks).
 */
const list = (items: readonly string[]): string => items.join(", ");

const EN_RESOLVER = {
  unparsable: (url: string) => `The resolver address "${url}" is not a valid URL.`,
  notHttps: (url: string) =>
    `The resolver address "${url}" must start with https:// (plain http is allowed only for this computer: localhost, 127.0.0.1 or [::1]).`,
  credentials: (url: string) => `The resolver address "${url}" must not contain a user name or password.`,
  notListed: (url: string, hosts: readonly string[]) => `Your organisation allows only these DNS resolvers: ${list(hosts)}. "${url}" is not one of them.`,
  /** The task pane's own rule (its Content-Security-Policy allows https only); the engine also takes http to loopback. */
  /** The pane keeps a stored address short (the settings space is 32 KB); the URL itself is not repeated. */
  paneTooLong: "The resolver address is too long.",
  paneHttpsOnly: (url: string) => `The resolver address "${url}" must start with https://: the task pane sends DNS queries only over HTTPS.`,
};

export type ResolverText = typeof EN_RESOLVER;

export const ENGLISH_RESOLVER_TEXT: ResolverText = Object.freeze(EN_RESOLVER);
