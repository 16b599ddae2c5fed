/**
 * One DNS question over HTTPS (RFC 8484). Whatever happens on the way — no network, a slow or
 * broken resolver, a web page instead of DNS — the caller gets a typed result, never a throw,
 * and never waits longer than the time-out.
 */
import { encodeBase64Url } from "../classifier/mail/base64";
import { type DohText, ENGLISH_DNS_SENTENCES } from "../i18n/dns/en";
import { discard, readLimited } from "../shared/responseBody";
import { isQueryableName } from "./domainName";
import { parseResolverUrl } from "./resolverUrl";
import { DEFAULT_RESOLVER_URL, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from "./settings";
import type { DnsRecordType, DohFailure, DohOptions, DohResult, FetchLike } from "./types";
import { canonicalName, decodeResponse, encodeQuery, type Question } from "./wireFormat";

const DNS_MESSAGE = "application/dns-message";
/** The largest DNS message there can be (16-bit length in DNS over TCP). */
const MAX_MESSAGE_BYTES = 65_535;

function randomId(): number {
  const crypto = globalThis.crypto;
  if (crypto && typeof crypto.getRandomValues === "function") return crypto.getRandomValues(new Uint16Array(1))[0] ?? 0;
  return Math.floor(Math.random() * 0x10000);
}

function requestFor(url: URL, query: Uint8Array<ArrayBuffer>, method: "POST" | "GET", signal: AbortSignal): [string, RequestInit] {
  // The resolver needs the question and nothing else: no cookies, no referrer naming the pane.
  const common: RequestInit = { signal, credentials: "omit", referrerPolicy: "no-referrer", headers: { Accept: DNS_MESSAGE } };
  if (method === "GET") {
    const target = new URL(url.href);
    // RFC 4648 §5 without padding, as RFC 8484 §4.1 asks for the GET form.
    target.searchParams.set("dns", encodeBase64Url(query));
    return [target.href, { ...common, method: "GET" }];
  }
  return [url.href, { ...common, method: "POST", headers: { Accept: DNS_MESSAGE, "Content-Type": DNS_MESSAGE }, body: query }];
}

async function exchange(
  fetchImpl: FetchLike,
  url: URL,
  host: string,
  question: Question,
  method: "POST" | "GET",
  signal: AbortSignal,
  text: DohText,
): Promise<DohResult> {
  const [target, init] = requestFor(url, encodeQuery(question), method, signal);
  let response: Response;
  try {
    response = await fetchImpl(target, init);
  } catch {
    // fetch rejects with a bare TypeError for DNS, TCP, TLS and CORS failures alike; a browser
    // gives no detail on purpose, so neither can we.
    return { ok: false, kind: "unreachable", message: text.unreachable(host) };
  }
  try {
    if (!response.ok) {
      discard(response);
      return { ok: false, kind: "http-error", status: response.status, message: text.httpError(host, response.status) };
    }
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (contentType !== "" && contentType !== DNS_MESSAGE) {
      discard(response);
      return { ok: false, kind: "bad-response", message: text.notDns(host, contentType.slice(0, 60)) };
    }
    const bytes = await readLimited(response, MAX_MESSAGE_BYTES);
    if (bytes === undefined) return { ok: false, kind: "bad-response", message: text.tooLarge(host) };
    return decodeResponse(bytes, question, host, text);
  } catch {
    // The connection broke while the body was arriving.
    return { ok: false, kind: "unreachable", message: text.unreachable(host) };
  }
}

/** Asks the resolver one question. Defaults: Cloudflare's resolver, POST, 5 s. */
export async function queryDoh(name: string, type: DnsRecordType, options: DohOptions = {}): Promise<DohResult> {
  const sentences = options.sentences ?? ENGLISH_DNS_SENTENCES;
  const dohText = sentences.doh;
  const resolver = parseResolverUrl(options.resolverUrl ?? DEFAULT_RESOLVER_URL, sentences.resolver);
  if (!resolver.ok) return { ok: false, kind: "invalid-request", message: resolver.message };
  if (!isQueryableName(name)) return { ok: false, kind: "invalid-request", message: dohText.invalidName(name.slice(0, 80)) };
  const { host } = resolver;
  const aborted: DohFailure = { ok: false, kind: "aborted", message: dohText.aborted(host) };
  if (options.signal?.aborted) return aborted;

  // Taken as a plain function value: calling window.fetch as a method of `options` throws "Illegal invocation".
  const fetchImpl: FetchLike | undefined = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") return { ok: false, kind: "unreachable", message: dohText.unreachable(host) };
  const requested = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeoutMs = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
  const question: Question = { id: randomId(), name: canonicalName(name), type };

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  // Racing, not only aborting: an injected fetch that ignores its signal still can't make us wait.
  const deadline = new Promise<DohResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, kind: "timeout", message: dohText.timeout(host, timeoutMs) });
    }, timeoutMs);
  });
  const cancelled = new Promise<DohResult>((resolve) => {
    onAbort = () => {
      controller.abort();
      resolve(aborted);
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([exchange(fetchImpl, resolver.url, host, question, options.method ?? "POST", controller.signal, dohText), deadline, cancelled]);
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener("abort", onAbort);
  }
}
