/**
 * The mailbox's bounce reports through Microsoft Graph: list (paged, newest first), fetch one
 * (MIME up to a cap, else body + headers), and find the bounces of a sent message. Host-free:
 * `fetch` and the token come from the caller, so the same code runs in the pane (NAA), in jest
 * and in the benchmark against the local stand-in.
 *
 * Every request: a bearer token (fetched once and shared; one fresh token after a 401), at most
 * 4 in flight per mailbox (./limiter.ts), Retry-After honoured on 429/503/504 (./retryAfter.ts),
 * a deadline, and a typed failure carrying Graph's error code. Public methods never reject.
 */
import { readLimited } from "../shared/responseBody";
import { httpFailure } from "./errors";
import { AbortedError, type Limiter, limiterFor, type Priority } from "./limiter";
import { headersReferTo, hasThreadHeaders } from "./matching";
import {
  bodyAndHeadersUrl,
  bounceListUrl,
  GRAPH_BASE,
  isBounceCandidate,
  isOwnLink,
  type ListMode,
  MESSAGE_CLASS_PROPERTY,
  mimeUrl,
  PAGE_SIZE,
  recentSince,
} from "./query";
import { backoffSeconds, MAX_RETRIES, MAX_WAIT_SECONDS, parseRetryAfter } from "./retryAfter";
import {
  type BouncePage,
  type FetchedBounce,
  type FetchLike,
  type FetchOptions,
  type FindOptions,
  type ListOptions,
  type MailboxFailure,
  MailboxError,
  type MailboxMessage,
  type MailboxResult,
  type MailboxSource,
  type MessageHeader,
  type SentMessageMatches,
  type SentMessageRef,
  type TokenProvider,
  type WaitNotice,
} from "./types";

/** Opening a bounce reads its whole MIME up to this (the cap); beyond, body + headers. */
export const MAX_MIME_BYTES = 25 * 1024 * 1024;
/** A headline needs the report, not a 20 MB returned attachment: beyond this, body + headers. */
export const HEADLINE_MIME_BYTES = 2 * 1024 * 1024;
/** Graph's JSON answers (a page of messages, one body) are far smaller; a bigger one is refused. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 30_000;
/** Reading up to 25 MB on a slow link takes longer than a list page. */
export const OPEN_TIMEOUT_MS = 120_000;
/** The date-only fallback reads at most this many pages per call before handing back a cursor. */
export const MAX_FALLBACK_PAGES = 4;
/** The sent-message match looks at this many pages of recent bounces. */
const MATCH_PAGES = 4;
/** …and fetches at most this many reports without thread headers to look inside. */
export const MAX_CONTENT_CHECKS = 10;
/** Bounces arrive after the message; a few minutes of clock difference are allowed. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;

export interface GraphClientOptions {
  fetch: FetchLike;
  token: TokenProvider;
  /** The mailbox's address: requests are limited per mailbox. */
  mailbox: string;
  /** Defaults to https://graph.microsoft.com/v1.0. */
  base?: string;
  now?: () => Date;
  /** Waits for Retry-After; tests pass one that records instead of sleeping. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  timeoutMs?: number;
  openTimeoutMs?: number;
  maxMimeBytes?: number;
  headlineMimeBytes?: number;
  limiter?: Limiter;
}

interface Cursor {
  mode: ListMode;
  next: string;
}

function encodeCursor(cursor: Cursor): string {
  return JSON.stringify(cursor);
}

function decodeCursor(text: string, base: string): Cursor | undefined {
  try {
    const c = JSON.parse(text) as Partial<Cursor>;
    if ((c.mode === "server" || c.mode === "client") && typeof c.next === "string" && isOwnLink(c.next, base)) return { mode: c.mode, next: c.next };
  } catch {
    // not ours
  }
  return undefined;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Made when first needed: some test environments (jsdom) lack TextDecoder, and most imports never decode. */
const decodeUtf8 = (bytes: Uint8Array): string => new TextDecoder("utf-8").decode(bytes);

async function readJson(response: Response, step: string): Promise<unknown> {
  const bytes = await readLimited(response, MAX_JSON_BYTES);
  if (!bytes) throw new MailboxError({ kind: "bad-response", step, message: "Microsoft Graph's answer was larger than expected." });
  try {
    return JSON.parse(decodeUtf8(bytes));
  } catch {
    throw new MailboxError({ kind: "bad-response", step, message: "Microsoft Graph's answer wasn't JSON." });
  }
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** One message of a list page; anything malformed is left out rather than trusted. */
function toMessage(raw: unknown): MailboxMessage | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const m = raw as Record<string, unknown>;
  const id = str(m.id);
  const received = str(m.receivedDateTime);
  if (!id || !received) return undefined;
  const message: MailboxMessage = { id, subject: str(m.subject) ?? "", receivedDateTime: received };
  const email = (m.from as { emailAddress?: { name?: unknown; address?: unknown } } | undefined)?.emailAddress;
  if (email && typeof email === "object") {
    const from: MailboxMessage["from"] = {};
    const name = str(email.name);
    const address = str(email.address);
    if (name) from.name = name;
    if (address) from.address = address;
    message.from = from;
  }
  const internetMessageId = str(m.internetMessageId);
  if (internetMessageId) message.internetMessageId = internetMessageId;
  if (Array.isArray(m.singleValueExtendedProperties)) {
    for (const p of m.singleValueExtendedProperties as Array<{ id?: unknown; value?: unknown }>) {
      if (typeof p?.id === "string" && p.id.toLowerCase() === MESSAGE_CLASS_PROPERTY.toLowerCase() && typeof p.value === "string")
        message.messageClass = p.value;
    }
  }
  if (Array.isArray(m.internetMessageHeaders)) message.headers = toHeaders(m.internetMessageHeaders);
  return message;
}

function toHeaders(raw: unknown[]): MessageHeader[] {
  const headers: MessageHeader[] = [];
  for (const h of raw as Array<{ name?: unknown; value?: unknown }>) {
    if (typeof h?.name === "string" && typeof h.value === "string") headers.push({ name: h.name, value: h.value });
  }
  return headers;
}

function asFailure(e: unknown, step: string): MailboxFailure {
  if (e instanceof MailboxError) return e.failure;
  if (e instanceof AbortedError) return { kind: "aborted", step, message: "Cancelled." };
  return { kind: "bad-response", step, message: e instanceof Error ? e.message : String(e) };
}

async function result<T>(step: string, work: () => Promise<T>): Promise<MailboxResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, failure: asFailure(e, step) };
  }
}

interface SendOptions {
  priority?: Priority;
  /** Default true: may show the sign-in window. */
  interactive?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

export interface GraphClient extends MailboxSource {
  kind: "graph";
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = (options.base ?? GRAPH_BASE).replace(/\/$/, "");
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? defaultSleep;
  const limiter = options.limiter ?? limiterFor(options.mailbox);
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  const maxMime = options.maxMimeBytes ?? MAX_MIME_BYTES;
  const headlineMime = options.headlineMimeBytes ?? HEADLINE_MIME_BYTES;
  // Taken as a plain function value: calling window.fetch as a method of `options` throws "Illegal invocation".
  const fetchImpl: FetchLike = options.fetch;
  const waiters = new Set<(notice: WaitNotice) => void>();

  // One token shared by every request in flight (25 headline fetches must not ask 25 times, or
  // open 25 consent prompts); replaced once when Graph says it is no longer good.
  let token: Promise<string> | undefined;
  let tokenValue: string | undefined;
  const ask = (forceRefresh: boolean, interactive: boolean): Promise<string> => {
    const pending = options.token({ ...(forceRefresh ? { forceRefresh: true } : {}), interactive });
    token = pending;
    tokenValue = undefined;
    pending.then(
      (value) => {
        if (token === pending) tokenValue = value;
      },
      // A failed sign-in is not remembered: the next request (a retry by the user) asks again.
      () => {
        if (token === pending) token = undefined;
      },
    );
    return pending;
  };
  const getToken = async (interactive: boolean): Promise<string> => {
    try {
      return await (token ?? ask(false, interactive));
    } catch (e) {
      // A look-up that mustn't show a window found one needed; a request the user made may show it.
      if (interactive && e instanceof MailboxError && e.failure.kind === "interaction-required") return token ?? ask(false, true);
      throw e;
    }
  };
  /** After a 401 with `stale`: a fresh token, asked for once however many requests were refused. */
  const refreshAfter = (stale: string, interactive: boolean): Promise<string> => (token && tokenValue !== stale ? token : ask(true, interactive));

  /**
   * One Graph GET, its body read by `read` while the request still holds its slot (a body
   * streaming in is still a request in flight for Graph's concurrency limit).
   */
  async function send<T>(step: string, url: string, read: (response: Response) => Promise<T>, opts: SendOptions = {}): Promise<T> {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      if (opts.signal?.aborted) throw new AbortedError();
      const interactive = opts.interactive !== false;
      const bearer = await getToken(interactive);
      const outcome = await limiter.run(() => exchange(step, url, bearer, read, opts), opts.priority, opts.signal);
      if (outcome.ok) return outcome.value;
      const { status, headers, bodyText } = outcome;
      if (status === 401 && !refreshed) {
        refreshed = true;
        await refreshAfter(bearer, interactive);
        continue;
      }
      if ((status === 429 || status === 503 || status === 504) && attempt < MAX_RETRIES) {
        const asked = parseRetryAfter(headers.get("retry-after"), now());
        const wait = asked ?? backoffSeconds(attempt);
        if (wait <= MAX_WAIT_SECONDS) {
          for (const w of waiters) w({ seconds: wait, status });
          await sleep(wait * 1000, opts.signal);
          continue;
        }
        throw new MailboxError(httpFailure(step, status, bodyText, headers, wait));
      }
      const asked = status === 429 || status === 503 ? parseRetryAfter(headers.get("retry-after"), now()) : undefined;
      throw new MailboxError(httpFailure(step, status, bodyText, headers, asked));
    }
  }

  type Exchange<T> = { ok: true; value: T } | { ok: false; status: number; headers: Headers; bodyText: string };

  async function exchange<T>(step: string, url: string, bearer: string, read: (response: Response) => Promise<T>, opts: SendOptions): Promise<Exchange<T>> {
    const controller = new AbortController();
    const limit = opts.timeoutMs ?? timeoutMs;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    const onAbort = (): void => controller.abort();
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "GET",
          // The token is the only credential: no cookies, and no referrer naming the pane.
          credentials: "omit",
          referrerPolicy: "no-referrer",
          headers: { Authorization: `Bearer ${bearer}`, Accept: "application/json", ...opts.headers },
          signal: controller.signal,
        });
      } catch {
        throw cut();
      }
      if (!response.ok) {
        let bodyText = "";
        try {
          const bytes = await readLimited(response, 64 * 1024);
          bodyText = bytes ? decodeUtf8(bytes) : "";
        } catch {
          // The status says enough.
        }
        return { ok: false, status: response.status, headers: response.headers, bodyText };
      }
      try {
        return { ok: true, value: await read(response) };
      } catch (e) {
        if (e instanceof MailboxError) throw e;
        throw cut();
      }
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
    }

    /** fetch rejects with a bare TypeError for DNS, TCP, TLS and CORS failures alike; a browser gives no detail. */
    function cut(): Error {
      if (opts.signal?.aborted) return new AbortedError();
      if (timedOut) return new MailboxError({ kind: "timeout", step, message: `Microsoft Graph did not answer within ${Math.round(limit / 1000)} s.` });
      return new MailboxError({ kind: "network", step, message: "Microsoft Graph could not be reached (network down, or blocked)." });
    }
  }

  async function page(step: string, url: string, signal?: AbortSignal, interactive = true): Promise<{ messages: MailboxMessage[]; next?: string }> {
    const json = (await send(step, url, (r) => readJson(r, step), { signal, interactive })) as { value?: unknown; "@odata.nextLink"?: unknown };
    if (!json || !Array.isArray(json.value)) throw new MailboxError({ kind: "bad-response", step, message: "Microsoft Graph's list had no value array." });
    const messages = json.value.map(toMessage).filter((m): m is MailboxMessage => m !== undefined);
    const link = str(json["@odata.nextLink"]);
    // The token travels with the next request: only ever to Graph itself.
    return link && isOwnLink(link, base) ? { messages, next: link } : { messages };
  }

  /** Date-only pages filtered here, up to `maxPages`, stopping once a screenful is found. */
  async function scanHere(step: string, first: string, signal: AbortSignal | undefined, maxPages: number, enough: number, interactive = true) {
    const found: MailboxMessage[] = [];
    let scanned = 0;
    let next: string | undefined = first;
    for (let read = 0; next && read < maxPages && found.length < enough; read++) {
      const p: { messages: MailboxMessage[]; next?: string } = await page(step, next, signal, interactive);
      scanned += p.messages.length;
      found.push(...p.messages.filter(isBounceCandidate));
      next = p.next;
    }
    return { found, scanned, next };
  }

  async function listBounces(cursorText: string | undefined, list: ListOptions = {}): Promise<BouncePage> {
    const { signal } = list;
    const interactive = list.interactive !== false;
    const step = "Graph: list bounces";
    const cursor = cursorText ? decodeCursor(cursorText, base) : undefined;
    if (cursorText && !cursor) throw new MailboxError({ kind: "bad-request", step, message: "The list's position is no longer valid; refresh the list." });
    if (cursor?.mode === "server") {
      const p = await page(step, cursor.next, signal, interactive);
      return {
        bounces: p.messages,
        cursor: p.next ? encodeCursor({ mode: "server", next: p.next }) : undefined,
        filteredHere: false,
        scanned: p.messages.length,
      };
    }
    if (cursor?.mode === "client") return clientPage(step, cursor.next, signal, interactive);
    const since = recentSince(now());
    try {
      const p = await page(step, bounceListUrl({ since, mode: "server", base }), signal, interactive);
      return {
        bounces: p.messages,
        cursor: p.next ? encodeCursor({ mode: "server", next: p.next }) : undefined,
        filteredHere: false,
        scanned: p.messages.length,
      };
    } catch (e) {
      if (!refusedFilter(e)) throw e;
      const result = await clientPage(step, bounceListUrl({ since, mode: "client", base }), signal, interactive);
      return { ...result, fallbackFrom: e.failure };
    }
  }

  async function clientPage(step: string, url: string, signal: AbortSignal | undefined, interactive: boolean): Promise<BouncePage> {
    const { found, scanned, next } = await scanHere(step, url, signal, MAX_FALLBACK_PAGES, PAGE_SIZE, interactive);
    return { bounces: found, cursor: next ? encodeCursor({ mode: "client", next }) : undefined, filteredHere: true, scanned };
  }

  async function fetchBounce(id: string, fetchOptions: FetchOptions): Promise<FetchedBounce> {
    const open = fetchOptions.purpose === "open";
    const cap = open ? maxMime : headlineMime;
    const priority: Priority = open ? "high" : "normal";
    const step = "Graph: GET message $value";
    let mimeFailure: MailboxFailure;
    try {
      const bytes = await send(step, mimeUrl(id, base), (r) => readLimited(r, cap), {
        priority,
        signal: fetchOptions.signal,
        interactive: fetchOptions.interactive,
        timeoutMs: open ? openTimeoutMs : timeoutMs,
        headers: { Accept: "*/*" },
      });
      if (bytes) return { id, input: bytes, path: "graph-mime", bytes: bytes.byteLength };
      mimeFailure = {
        kind: "too-large",
        step,
        message: `The message is larger than ${Math.round(cap / (1024 * 1024))} MB; reading its text and headers instead.`,
      };
    } catch (e) {
      mimeFailure = asFailure(e, step);
      // Gone, refused or cancelled: the text would be too. Everything else may still give the text.
      if (!["too-large", "unavailable", "timeout", "bad-response", "network"].includes(mimeFailure.kind)) throw new MailboxError(mimeFailure);
    }
    const fallbackStep = "Graph: GET message body + internetMessageHeaders";
    const json = (await send(fallbackStep, bodyAndHeadersUrl(id, base), (r) => readJson(r, fallbackStep), {
      priority,
      signal: fetchOptions.signal,
      interactive: fetchOptions.interactive,
      headers: { Prefer: 'outlook.body-content-type="text"' },
    })) as { subject?: unknown; body?: { contentType?: unknown; content?: unknown }; internetMessageHeaders?: unknown };
    const headers = Array.isArray(json?.internetMessageHeaders) ? toHeaders(json.internetMessageHeaders) : [];
    const content = str(json?.body?.content) ?? "";
    const html = str(json?.body?.contentType)?.toLowerCase() === "html";
    const input = {
      subject: str(json?.subject),
      headers: headers.map((h) => `${h.name}: ${h.value}`).join("\r\n"),
      ...(html ? { html: content } : { text: content }),
    };
    return { id, input, path: "graph-body+headers", bytes: 0, fallbackFrom: mimeFailure };
  }

  async function findBouncesOf(message: SentMessageRef, find: FindOptions = {}): Promise<SentMessageMatches> {
    const { signal } = find;
    const interactive = find.interactive === true;
    const step = "Graph: find bounces of the open message";
    const recent = recentSince(now());
    const sent = message.date ? Date.parse(message.date) : Number.NaN;
    const since = Number.isFinite(sent) && sent - CLOCK_SLACK_MS > recent.getTime() ? new Date(sent - CLOCK_SLACK_MS) : recent;
    let bounces: MailboxMessage[] = [];
    try {
      let next: string | undefined = bounceListUrl({ since, mode: "server", withHeaders: true, base });
      for (let read = 0; next && read < MATCH_PAGES; read++) {
        const p: { messages: MailboxMessage[]; next?: string } = await page(step, next, signal, interactive);
        bounces.push(...p.messages);
        next = p.next;
      }
    } catch (e) {
      if (!refusedFilter(e)) throw e;
      bounces = (
        await scanHere(step, bounceListUrl({ since, mode: "client", withHeaders: true, base }), signal, MATCH_PAGES, Number.POSITIVE_INFINITY, interactive)
      ).found;
    }
    const byHeaders = bounces.filter((b) => headersReferTo(b.headers, message.internetMessageId));
    const toCheck = bounces
      .filter((b) => !hasThreadHeaders(b.headers))
      // Oldest first: a bounce comes soon after the message it reports on.
      .sort((a, b) => Date.parse(a.receivedDateTime) - Date.parse(b.receivedDateTime))
      .slice(0, MAX_CONTENT_CHECKS);
    return { byHeaders, toCheck };
  }

  return {
    kind: "graph",
    listBounces: (cursor, list) => result("Graph: list bounces", () => listBounces(cursor, list)),
    fetchBounce: (id, fetchOptions) => result("Graph: GET message $value", () => fetchBounce(id, fetchOptions)),
    findBouncesOf: (message, find) => result("Graph: find bounces of the open message", () => findBouncesOf(message, find)),
    onWait(listener) {
      waiters.add(listener);
      return () => waiters.delete(listener);
    },
  };
}

function refusedFilter(e: unknown): e is MailboxError {
  return e instanceof MailboxError && (e.failure.kind === "inefficient-filter" || e.failure.kind === "bad-request");
}
