/**
 * Decides whether a configured resolver address may be used. The domain goes to whoever answers,
 * so the channel must be encrypted; plain http is allowed only to this computer (tests, local
 * resolvers), where there is no network to eavesdrop on.
 */
import { ENGLISH_RESOLVER_TEXT, type ResolverText } from "../i18n/dns/resolver-en";

export type ResolverParse = { ok: true; url: URL; host: string } | { ok: false; message: string };

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** `text`: the language of the refusal (English unless the caller passes another). */
export function parseResolverUrl(input: string, text: ResolverText = ENGLISH_RESOLVER_TEXT): ResolverParse {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: text.unparsable(input) };
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    return { ok: false, message: text.notHttps(input) };
  }
  if (url.username !== "" || url.password !== "") return { ok: false, message: text.credentials(input) };
  url.hash = "";
  return { ok: true, url, host: url.host };
}
