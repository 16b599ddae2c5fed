/**
 * The host-free Graph client against the local Graph stand-in (real HTTP, real bounce files):
 * paging, the InefficientFilter fallback, tokens and 401, Retry-After, at most 4 in flight,
 * the 25 MB $value cap's fallback, deleted messages, network and time-outs.
 */
import { classify } from "../../src/classifier";
import { createGraphClient, type GraphClientOptions } from "../../src/graph/client";
import { createLimiter } from "../../src/graph/limiter";
import { isBounceCandidate, recentSince } from "../../src/graph/query";
import type { MailboxMessage, MailboxResult, WaitNotice } from "../../src/graph/types";
import { type GraphStandIn, startGraphStandIn, type StandInMessage } from "../support/graphStandIn";
import { testMailbox } from "../support/standInMailbox";

const TOKEN = "token-1";
const NOW = new Date("2026-12-06T03:00:00Z");

let mailbox: StandInMessage[];
let standIn: GraphStandIn;

beforeAll(async () => {
  mailbox = await testMailbox({ newest: new Date(NOW.getTime() - 60_000) });
});

beforeEach(async () => {
  standIn = await startGraphStandIn({ messages: mailbox, tokens: [TOKEN] });
});

afterEach(async () => {
  await standIn.close();
});

function value<T>(r: MailboxResult<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.failure)}`);
  return r.value;
}

function failure<T>(r: MailboxResult<T>) {
  if (r.ok) throw new Error("expected a failure");
  return r.failure;
}

interface Harness {
  sleeps: number[];
  tokenCalls: Array<boolean | undefined>;
}

function client(extra: Partial<GraphClientOptions> = {}, tokens: string[] = [TOKEN]) {
  const h: Harness = { sleeps: [], tokenCalls: [] };
  let i = 0;
  const c = createGraphClient({
    fetch: (url, init) => fetch(url, init),
    token: async (o) => {
      h.tokenCalls.push(o?.forceRefresh);
      return tokens[Math.min(i++, tokens.length - 1)];
    },
    mailbox: `user${Math.random()}@contoso.example`,
    base: standIn.base,
    now: () => NOW,
    sleep: async (ms) => {
      h.sleeps.push(ms);
    },
    ...extra,
  });
  return { c, h };
}

/** What the server-side filter should return: bounce candidates of the last 30 days, newest first. */
function expectedBounces(): StandInMessage[] {
  const since = recentSince(NOW).getTime();
  return mailbox
    .filter((m) => Date.parse(m.receivedDateTime) >= since && isBounceCandidate({ messageClass: m.messageClass, from: m.from }))
    .sort((a, b) => Date.parse(b.receivedDateTime) - Date.parse(a.receivedDateTime));
}

async function listAll(c: ReturnType<typeof client>["c"]): Promise<{ all: MailboxMessage[]; pages: number; filteredHere: boolean[] }> {
  const all: MailboxMessage[] = [];
  const filteredHere: boolean[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = value(await c.listBounces(cursor));
    all.push(...page.bounces);
    filteredHere.push(page.filteredHere);
    cursor = page.cursor;
    pages++;
  } while (cursor && pages < 50);
  return { all, pages, filteredHere };
}

describe("listing bounces", () => {
  test("pages of 25, newest first, only bounce reports and postmaster/mailer-daemon mail", async () => {
    const { c } = client();
    const first = value(await c.listBounces());
    expect(first.bounces).toHaveLength(25);
    expect(first.filteredHere).toBe(false);
    expect(first.cursor).toBeDefined();
    const { all, pages } = await listAll(c);
    const expected = expectedBounces();
    expect(all.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(pages).toBe(Math.ceil(expected.length / 25));
    // Ordinary mail, receipts and auto-replies are left out.
    const subjects = all.map((m) => m.subject);
    expect(subjects).not.toContain("Lunch on Friday?");
    expect(subjects.some((s) => s.startsWith("Read:"))).toBe(false);
    expect(all[0]).toMatchObject({
      subject: "Undeliverable: Quarterly figures",
      messageClass: "REPORT.IPM.Note.NDR",
      from: { address: "postmaster@contoso.onmicrosoft.com" },
    });
    // Every request carried the token and asked for the same filter.
    expect(standIn.requests.every((r) => r.authorized)).toBe(true);
  });

  test("the query puts receivedDateTime first, as Graph's $orderby rule demands", async () => {
    const { c } = client();
    value(await c.listBounces());
    const url = new URL(standIn.requests[0].url, "http://x");
    const filter = url.searchParams.get("$filter") ?? "";
    expect(filter.startsWith("receivedDateTime ge 2026-11-06T03:00:00Z and (")).toBe(true);
    expect(filter).toContain("singleValueExtendedProperties/any(ep: ep/id eq 'String 0x001A' and startswith(ep/value,'REPORT.IPM.Note.NDR'))");
    expect(filter).toContain("startswith(from/emailAddress/address,'mailer-daemon@')");
    expect(url.searchParams.get("$orderby")).toBe("receivedDateTime desc");
    expect(url.searchParams.get("$top")).toBe("25");
  });

  test("only the last 30 days", async () => {
    await standIn.close();
    const spread = await testMailbox({ newest: new Date(NOW.getTime() - 60_000), spacingMinutes: 6 * 60 });
    standIn = await startGraphStandIn({ messages: spread, tokens: [TOKEN] });
    const { c } = client();
    const { all } = await listAll(c);
    const since = recentSince(NOW).getTime();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((m) => Date.parse(m.receivedDateTime) >= since)).toBe(true);
    expect(spread.some((m) => isBounceCandidate({ messageClass: m.messageClass, from: m.from }) && Date.parse(m.receivedDateTime) < since)).toBe(true);
  }, 30_000);

  test("InefficientFilter on the bounce filter: the date-only query, filtered here, gives the same list", async () => {
    standIn.refuseBounceFilter = true;
    const { c } = client();
    const first = value(await c.listBounces());
    expect(first.filteredHere).toBe(true);
    expect(first.fallbackFrom).toMatchObject({ kind: "inefficient-filter", status: 400, code: "InefficientFilter" });
    const { all, filteredHere } = await listAll(client().c);
    expect(filteredHere.every(Boolean)).toBe(true);
    expect(all.map((m) => m.id)).toEqual(expectedBounces().map((m) => m.id));
    const dateOnly = standIn.requests.filter((r) => r.target === "list" && !decodeURIComponent(r.url).includes("singleValueExtendedProperties/any"));
    expect(dateOnly.length).toBeGreaterThan(0);
  });

  test("BadRequest on the filter falls back the same way", async () => {
    standIn.fault({ on: "list", status: 400, code: "ErrorInvalidUrlQueryFilter", urlIncludes: "/any(", times: 1 });
    const { c } = client();
    const page = value(await c.listBounces());
    expect(page.filteredHere).toBe(true);
    expect(page.fallbackFrom).toMatchObject({ kind: "bad-request", code: "ErrorInvalidUrlQueryFilter" });
    expect(page.bounces.length).toBeGreaterThanOrEqual(25);
  });

  test("a nextLink to another origin is not followed (the token would go with it)", async () => {
    const evil = createGraphClient({
      fetch: async () =>
        new Response(JSON.stringify({ value: [], "@odata.nextLink": "https://evil.example/v1.0/me/messages?$skip=25" }), {
          status: 200,
          headers: { "content-type": "application/json" },
        }),
      token: async () => TOKEN,
      mailbox: "x@contoso.example",
    });
    const page = value(await evil.listBounces());
    expect(page.cursor).toBeUndefined();
    expect(failure(await evil.listBounces(JSON.stringify({ mode: "server", next: "https://evil.example/v1.0/me/messages" })))).toMatchObject({
      kind: "bad-request",
    });
  });
});

describe("tokens", () => {
  test("asked once for many requests in flight", async () => {
    const { c, h } = client();
    const page = value(await c.listBounces());
    await Promise.all(page.bounces.slice(0, 10).map((b) => c.fetchBounce(b.id, { purpose: "headline" })));
    expect(h.tokenCalls).toEqual([undefined]);
  });

  test("a 401 gets one fresh token; the request then succeeds", async () => {
    const { c, h } = client({}, ["expired", TOKEN]);
    const page = value(await c.listBounces());
    expect(page.bounces).toHaveLength(25);
    expect(h.tokenCalls).toEqual([undefined, true]);
  });

  test("still 401 with the fresh token: unauthorized, with Graph's code", async () => {
    const { c, h } = client({}, ["expired", "still-bad"]);
    expect(failure(await c.listBounces())).toMatchObject({ kind: "unauthorized", status: 401, code: "InvalidAuthenticationToken" });
    expect(h.tokenCalls).toHaveLength(2);
  });

  test("the automatic look-up never asks for a window; a request the user makes may", async () => {
    const { MailboxError } = await import("../../src/graph/types");
    const asked: Array<boolean | undefined> = [];
    const c = createGraphClient({
      fetch: (url, init) => fetch(url, init),
      token: async (o) => {
        asked.push(o?.interactive);
        if (o?.interactive === false) throw new MailboxError({ kind: "interaction-required", step: "Sign-in", message: "consent needed" });
        return TOKEN;
      },
      mailbox: `z${Math.random()}@contoso.example`,
      base: standIn.base,
      now: () => NOW,
    });
    expect(failure(await c.findBouncesOf({ internetMessageId: "<x@y.example>" }))).toMatchObject({ kind: "interaction-required" });
    expect(value(await c.findBouncesOf({ internetMessageId: "<x@y.example>" }, { interactive: true })).byHeaders).toEqual([]);
    expect(asked).toEqual([false, true]);
  });

  test("a sign-in failure passes through with its own kind and is not remembered", async () => {
    let calls = 0;
    const { MailboxError } = await import("../../src/graph/types");
    const c = createGraphClient({
      fetch: (url, init) => fetch(url, init),
      token: async () => {
        calls++;
        if (calls === 1)
          throw new MailboxError({ kind: "consent-refused", step: "Sign-in (nested app auth)", code: "user_cancelled", message: "The user cancelled." });
        return TOKEN;
      },
      mailbox: "y@contoso.example",
      base: standIn.base,
      now: () => NOW,
    });
    expect(failure(await c.listBounces())).toMatchObject({ kind: "consent-refused", code: "user_cancelled" });
    expect(standIn.requests).toHaveLength(0);
    expect(value(await c.listBounces()).bounces).toHaveLength(25);
  });
});

describe("403, 404, 429, 503", () => {
  test("403 is forbidden with Graph's code", async () => {
    standIn.fault({ on: "list", status: 403, code: "ErrorAccessDenied" });
    const { c } = client();
    expect(failure(await c.listBounces())).toMatchObject({ kind: "forbidden", status: 403, code: "ErrorAccessDenied" });
  });

  test("429 with Retry-After: waits what Graph asked, says so, then succeeds", async () => {
    standIn.fault({ on: "list", status: 429, retryAfter: "3", times: 2 });
    const { c, h } = client();
    const notices: WaitNotice[] = [];
    c.onWait?.((n) => notices.push(n));
    expect(value(await c.listBounces()).bounces).toHaveLength(25);
    expect(h.sleeps).toEqual([3000, 3000]);
    expect(notices).toEqual([
      { seconds: 3, status: 429 },
      { seconds: 3, status: 429 },
    ]);
  });

  test("503 without Retry-After backs off 2, 4, 8 s and then gives up as unavailable", async () => {
    standIn.fault({ on: "list", status: 503 });
    const { c, h } = client();
    expect(failure(await c.listBounces())).toMatchObject({ kind: "unavailable", status: 503, code: "ServiceUnavailable" });
    expect(h.sleeps).toEqual([2000, 4000, 8000]);
    expect(standIn.requests.filter((r) => r.target === "list")).toHaveLength(4);
  });

  test("asked to wait longer than 30 s: no silent wait, the failure says how long", async () => {
    standIn.fault({ on: "list", status: 429, retryAfter: "120" });
    const { c, h } = client();
    expect(failure(await c.listBounces())).toMatchObject({ kind: "throttled", status: 429, retryAfterSeconds: 120 });
    expect(h.sleeps).toEqual([]);
  });

  test("an HTTP-date Retry-After is read too", async () => {
    standIn.fault({ on: "list", status: 503, retryAfter: new Date(NOW.getTime() + 5000).toUTCString(), times: 1 });
    const { c, h } = client();
    value(await c.listBounces());
    expect(h.sleeps).toEqual([5000]);
  });

  test("a message deleted between list and pick: not found", async () => {
    const { c } = client();
    const [first] = value(await c.listBounces()).bounces;
    standIn.remove(first.id);
    expect(failure(await c.fetchBounce(first.id, { purpose: "open" }))).toMatchObject({ kind: "not-found", status: 404, code: "ErrorItemNotFound" });
    // Not retried through the body + headers fallback: it is gone.
    expect(standIn.requests.filter((r) => r.target === "message")).toHaveLength(0);
  });

  test("MailboxNotEnabledForRESTAPI: a mailbox Graph can't serve", async () => {
    standIn.fault({ on: "list", status: 404, code: "MailboxNotEnabledForRESTAPI" });
    const { c } = client();
    expect(failure(await c.listBounces())).toMatchObject({ kind: "mailbox-unsupported", code: "MailboxNotEnabledForRESTAPI" });
  });
});

describe("the way there", () => {
  test("network down: a typed failure", async () => {
    standIn.fault({ on: "list", status: "drop" });
    const { c } = client();
    expect(failure(await c.listBounces())).toMatchObject({ kind: "network" });
  });

  test("a slow Graph: time-out, never a hang", async () => {
    standIn.slowMs = 500;
    const { c } = client({ timeoutMs: 100 });
    expect(failure(await c.listBounces())).toMatchObject({ kind: "timeout" });
  });

  test("cancelled by the caller", async () => {
    standIn.slowMs = 300;
    const { c } = client();
    const controller = new AbortController();
    const pending = c.listBounces(undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(failure(await pending)).toMatchObject({ kind: "aborted" });
  });
});

describe("fetching one bounce", () => {
  test("the MIME byte for byte, which the classifier reads", async () => {
    const { c } = client();
    const [first] = value(await c.listBounces()).bounces;
    const fetched = value(await c.fetchBounce(first.id, { purpose: "open" }));
    const original = mailbox.find((m) => m.id === first.id);
    expect(fetched.path).toBe("graph-mime");
    expect(Buffer.from(fetched.input as Uint8Array).equals(original!.mime)).toBe(true);
    const d = await classify(fetched.input);
    expect(d.isBounce).toBe(true);
    expect(d.recipients[0].status).toBe("5.4.1");
  });

  test("over the cap: body + internetMessageHeaders instead, still classified", async () => {
    const { c } = client({ maxMimeBytes: 1000 });
    const [first] = value(await c.listBounces()).bounces;
    const fetched = value(await c.fetchBounce(first.id, { purpose: "open" }));
    expect(fetched.path).toBe("graph-body+headers");
    expect(fetched.fallbackFrom).toMatchObject({ kind: "too-large" });
    expect(typeof fetched.input).toBe("object");
    const parts = fetched.input as { text?: string; headers?: string; subject?: string };
    expect(parts.subject).toBe("Undeliverable: Quarterly figures");
    expect(parts.headers).toMatch(/^Subject: /m);
    const fallback = standIn.requests.find((r) => r.target === "message");
    expect(decodeURIComponent(fallback!.url)).toContain("$select=subject,body,internetMessageHeaders");
    expect((await classify(fetched.input)).isBounce).toBe(true);
  });

  test("headlines use a smaller cap than opening", async () => {
    const { c } = client({ headlineMimeBytes: 1000 });
    const [first] = value(await c.listBounces()).bounces;
    expect(value(await c.fetchBounce(first.id, { purpose: "headline" })).path).toBe("graph-body+headers");
    expect(value(await c.fetchBounce(first.id, { purpose: "open" })).path).toBe("graph-mime");
  });

  test("$value failing with 503: the fallback still gives the text", async () => {
    const { c } = client();
    const [first] = value(await c.listBounces()).bounces;
    standIn.fault({ on: "value", status: 503, retryAfter: "0" });
    const fetched = value(await c.fetchBounce(first.id, { purpose: "open" }));
    expect(fetched.path).toBe("graph-body+headers");
    expect(fetched.fallbackFrom).toMatchObject({ kind: "unavailable", status: 503 });
  });

  test("at most 4 requests in flight per mailbox, even when 25 are asked at once", async () => {
    const { c } = client();
    const page = value(await c.listBounces());
    standIn.slowMs = 40;
    standIn.maxInFlight = 0;
    const results = await Promise.all(page.bounces.map((b) => c.fetchBounce(b.id, { purpose: "headline" })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(standIn.maxInFlight).toBe(4);
  });

  test("two clients on the same mailbox share the 4 slots", async () => {
    const mailboxName = "shared@contoso.example";
    const a = client({ mailbox: mailboxName }).c;
    const b = client({ mailbox: mailboxName }).c;
    const page = value(await a.listBounces());
    standIn.slowMs = 40;
    standIn.maxInFlight = 0;
    await Promise.all(page.bounces.slice(0, 12).flatMap((m) => [a.fetchBounce(m.id, { purpose: "headline" }), b.fetchBounce(m.id, { purpose: "headline" })]));
    expect(standIn.maxInFlight).toBe(4);
  });
});

describe("the limiter", () => {
  test("opening a bounce goes ahead of queued headlines", async () => {
    const limiter = createLimiter(1);
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = limiter.run(async () => {
      await gate;
      order.push("first");
    });
    const background = [1, 2, 3].map((n) => limiter.run(async () => void order.push(`headline ${n}`)));
    const open = limiter.run(async () => void order.push("open"), "high");
    expect(limiter.inFlight).toBe(1);
    expect(limiter.queued).toBe(4);
    release();
    await Promise.all([first, open, ...background]);
    expect(order).toEqual(["first", "open", "headline 1", "headline 2", "headline 3"]);
  });

  test("a task cancelled while queued never runs", async () => {
    const limiter = createLimiter(1);
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((r) => (release = r)));
    const controller = new AbortController();
    let ran = false;
    const queued = limiter.run(async () => void (ran = true), "normal", controller.signal);
    controller.abort();
    await expect(queued).rejects.toThrow("cancelled");
    release();
    await first;
    expect(ran).toBe(false);
    expect(limiter.queued).toBe(0);
  });
});
