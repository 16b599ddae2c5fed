// Recent bounces from the mailbox, end to end without a tenant: the built pane in Chromium under a
// simulated Outlook on the web with nested app authentication (the simulator's bridge, which MSAL
// talks to), and Microsoft Graph answered by the local stand-in serving real bounce files. The
// pane's requests go to https://graph.microsoft.com; the test routes them at the network layer,
// so the Content-Security-Policy and CORS apply as in production.
import type { Page } from "playwright-core";
import { startGraphStandIn, type GraphStandIn, type StandInMessage } from "../support/graphStandIn";
import type { SimNestedAppAuth, SimProfile } from "../support/simulatedOffice";
import { testMailbox } from "../support/standInMailbox";
import { allowAxe, axeViolations, describeViolations } from "./support/axe";
import { openGuardedPage, screenshot, type GuardedPage } from "./support/chromium";
import { GRAPH_ORIGIN, routeGraph, type GraphRoute } from "./support/graphRoute";
import { serveRealOffice, serveSimulatedOffice, simulatedOfficeScript } from "./support/officeScripts";
import { item, sharedEml, waitForHeadline, webProfile } from "./support/outlookPane";
import { servedPaneInChromium } from "./support/servedPane";

const env = servedPaneInChromium();
const APP_ID = "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
const TOKEN = "stand-in-token-1";
const NAA: SimNestedAppAuth = { accessToken: TOKEN };
const ORDINARY = item("Lunch on Friday?", sharedEml("not-bounce-ordinary.eml"));
const ADMIN = "helpdesk@contoso.example";
/** The user view's headline for the sample 5.4.1 relay-denied bounce (issue 11: names the domain and who must act). */
const RELAY_HEADLINE = "fabrikam.com can't receive email right now — this is a set-up problem at fabrikam.com, not something you did";

let mailbox: StandInMessage[];
let standIn: GraphStandIn;

beforeAll(async () => {
  mailbox = await testMailbox();
});

beforeEach(async () => {
  standIn = await startGraphStandIn({ messages: mailbox, tokens: [TOKEN], publicOrigin: GRAPH_ORIGIN });
});

afterEach(async () => {
  await standIn?.close();
});

interface Pane extends GuardedPage {
  graph: GraphRoute;
  /** Every URL the page requested, in order. */
  requested: string[];
}

async function openPane(profile: SimProfile, options: { width?: number; search?: string; axe?: boolean } = {}): Promise<Pane> {
  const guarded = await openGuardedPage(env.browser, options.width ?? 320, serveSimulatedOffice(await simulatedOfficeScript(profile)));
  if (options.axe) await allowAxe(guarded.context);
  const requested: string[] = [];
  guarded.context.on("request", (r) => requested.push(r.url()));
  const graph = await routeGraph(guarded.context, standIn);
  await guarded.page.goto(`${env.server.origin}/taskpane.html${options.search ?? `?graphClientId=${APP_ID}`}`);
  return { ...guarded, graph, requested };
}

const profileWith = (naa: SimNestedAppAuth | undefined, extra: Partial<SimProfile> = {}): SimProfile =>
  webProfile(ORDINARY, { ...(naa ? { nestedAppAuth: naa } : {}), ...extra });

const list = (page: Page) => page.getByRole("list", { name: "Bounce reports from the last 30 days, newest first" });
const rows = (page: Page) => list(page).getByRole("button");

async function simCalls<T>(page: Page, pick: string): Promise<T> {
  return page.evaluate(
    (key) => JSON.parse(JSON.stringify((window as unknown as { __simulated: { calls: Record<string, unknown> } }).__simulated.calls[key])),
    pick,
  );
}

async function roaming(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __simulated: { roaming: Record<string, unknown> } }).__simulated.roaming)));
}

/** The Diagnostics panel's text (the host facts and failures the forward carries too). */
async function diagnosticsText(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Diagnostics" }).click();
  const copy = page.getByRole("button", { name: "Copy diagnostics" });
  await copy.waitFor();
  return (await page.locator("main").innerText()).split("Diagnostics").slice(1).join("Diagnostics");
}

async function turnOn(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Find my recent bounces" }).click();
}

async function expectAccessible(view: string, pane: Pane): Promise<void> {
  const violations = await axeViolations(pane.page);
  expect(describeViolations(view, violations)).toEqual([]);
}

function expectNoStrayRequests(pane: Pane): void {
  expect(pane.blocked).toEqual([]);
  expect(pane.cspViolations).toEqual([]);
  expect(pane.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
}

describe("before the user asks", () => {
  test("no network call at all, no sign-in, nothing loaded: only the offer and what it will read", async () => {
    const pane = await openPane(profileWith(NAA), { axe: true });
    try {
      const offer = pane.page.getByRole("region", { name: "Recent bounces" });
      await offer.getByRole("button", { name: "Find my recent bounces" }).waitFor({ timeout: 30000 });
      await expect(offer.innerText()).resolves.toContain(
        "reads the bounce reports in your mailbox from the last 30 days through Microsoft Graph. Nothing is stored, and nothing is sent anywhere else.",
      );
      // Let the pane settle (idle work, lazy chunks of the first screen) before judging.
      await pane.page.waitForTimeout(1500);
      await screenshot(pane.page, "recent-offer-320");
      const offMachine = pane.requested.filter((u) => !u.startsWith(env.server.origin));
      expect(offMachine).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
      expect(pane.graph.requests).toEqual([]);
      expect(standIn.requests).toEqual([]);
      // The sign-in and Graph code is a chunk fetched only after opting in.
      expect(pane.requested.filter((u) => /\/(mailbox|recent)\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
      expect(await simCalls<unknown[]>(pane.page, "naa")).toEqual([]);
      expect(await simCalls<number>(pane.page, "authContext")).toBe(0);
      expect(await roaming(pane.page)).toEqual({});
      await expectAccessible("recent bounces offer", pane);
      expectNoStrayRequests(pane);
    } finally {
      await pane.context.close();
    }
  });

  test("a client without nested app authentication: today's routes, and one sentence why there's no list", async () => {
    const pane = await openPane(profileWith(undefined));
    try {
      await pane.page
        .getByText("This Outlook can't list the bounces in your mailbox (it lacks nested app authentication).", { exact: false })
        .waitFor({ timeout: 30000 });
      expect(await pane.page.getByRole("button", { name: "Find my recent bounces" }).count()).toBe(0);
      // The other ways in are still there.
      await pane.page.getByRole("textbox", { name: /paste/i }).first().waitFor();
      expect(await diagnosticsText(pane.page)).toContain("Mailbox search (recent bounces)\nnot offered: no nested app authentication (NestedAppAuth 1.1)");
      expect(pane.graph.requests).toEqual([]);
      expectNoStrayRequests(pane);
    } finally {
      await pane.context.close();
    }
  });

  test("no app id configured: nothing offered; an invalid ?graphClientId= is listed in Diagnostics", async () => {
    const pane = await openPane(profileWith(NAA), { search: "?graphClientId=not-a-guid" });
    try {
      await pane.page.getByText("No bounce found", { exact: true }).waitFor({ timeout: 30000 });
      expect(await pane.page.getByRole("button", { name: "Find my recent bounces" }).count()).toBe(0);
      const text = await diagnosticsText(pane.page);
      expect(text).toContain("not offered: no app id configured");
      expect(text).toContain('?graphClientId= on the task pane URL) (InvalidClientId): Ignored "not-a-guid"');
    } finally {
      await pane.context.close();
    }
  });
});

describe("the list", () => {
  test.each([320, 450])("opt in → consent → 25 bounces with headlines → pick → diagnosis → forward with the bounce attached (%i px)", async (width) => {
    const pane = await openPane(profileWith(NAA), { width, axe: true });
    const { page } = pane;
    try {
      await turnOn(page);
      await page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      expect(await rows(page).count()).toBe(25);
      // Every headline read (the classifier ran on each report).
      await page.waitForFunction(() => !document.body.innerText.includes("Reading…"), undefined, { timeout: 30000 });
      const first = rows(page).first();
      await expect(first.innerText()).resolves.toMatch(
        /Undeliverable: Quarterly figures[\s\S]*5\.4\.1: The destination mail server doesn't accept mail for that domain/,
      );
      await screenshot(page, `recent-list-${width}`);
      await expectAccessible(`recent list ${width}`, pane);

      // The choice is remembered; the sign-in asked Outlook's bridge for Mail.Read only, for our app.
      expect(await roaming(page)).toEqual({ mailboxSearch: { enabled: true } });
      const naa = await simCalls<Array<{ method: string; clientId?: string; scope?: string }>>(page, "naa");
      expect(naa.map((c) => c.method)).toEqual(["GetInitContext", "GetToken", "GetTokenPopup"]);
      expect(naa.filter((c) => c.method !== "GetInitContext").every((c) => c.clientId === APP_ID && c.scope === "Mail.Read")).toBe(true);
      // At most 4 Graph requests in flight; every one with the token.
      expect(pane.graph.maxInFlight).toBeLessThanOrEqual(4);
      expect(standIn.maxInFlight).toBeLessThanOrEqual(4);
      expect(standIn.requests.every((r) => r.authorized)).toBe(true);
      expect(standIn.requests.filter((r) => r.target === "list")).toHaveLength(1);
      expect(standIn.requests.filter((r) => r.target === "value")).toHaveLength(25);

      await first.click();
      // The list's own section also has a heading: wait until the diagnosis has replaced it.
      await page.getByRole("button", { name: "Back to recent bounces" }).waitFor({ timeout: 30000 });
      const headline = await waitForHeadline(page);
      expect(headline).toBe(RELAY_HEADLINE);
      const showing = await page.getByRole("region", { name: "Message being explained" }).innerText();
      expect(showing).toMatch(/^Showing: Bounce from your mailbox: Undeliverable: Quarterly figures · /);
      await page.getByRole("button", { name: "Back to recent bounces" }).waitFor();
      await screenshot(page, `recent-picked-${width}`);

      await page
        .getByRole("button", { name: /forward to (my |your )?admin/i })
        .first()
        .click();
      await page.getByRole("textbox", { name: "Your email admin's address" }).fill(ADMIN);
      await page.getByRole("button", { name: "Save and forward" }).click();
      await page.waitForFunction(
        () => (window as unknown as { __simulated: { calls: { newMessageForm: unknown[] } } }).__simulated.calls.newMessageForm.length > 0,
        undefined,
        { timeout: 15000 },
      );
      const [form] = await simCalls<Array<{ subject: string; htmlBody: string; attachments?: Array<{ type: string; itemId: string; name: string }> }>>(
        page,
        "newMessageForm",
      );
      const picked = standIn.messages.find((m) => m.subject === "Undeliverable: Quarterly figures")!;
      // The bounce itself is attached, by the EWS id Outlook gives for its Graph id.
      expect(await simCalls<string[]>(page, "convertToEwsId")).toEqual([picked.id]);
      expect(form.attachments).toEqual([{ type: "item", itemId: picked.id.replace(/-/g, "/").replace(/_/g, "+"), name: "Undeliverable: Quarterly figures" }]);
      expect(form.subject).toMatch(/5\.4\.1|Bounce/);
      expect(form.htmlBody).toContain("a bounce report in the mailbox (Microsoft Graph)");

      // MSAL's nested path made no request of its own (no login.microsoftonline.com): Outlook's
      // bridge signs in. Off the machine the pane reached only office.js's CDN and Graph.
      const origins = [...new Set(pane.requested.filter((u) => !u.startsWith(env.server.origin)).map((u) => new URL(u).origin))].sort();
      expect(origins).toEqual(["https://appsforoffice.microsoft.com", GRAPH_ORIGIN]);

      // Back to the list: it's still there, the picked row marked.
      await page.getByRole("button", { name: "Back to recent bounces" }).click();
      await expect(rows(page).first().getAttribute("aria-current")).resolves.toBe("true");
      expectNoStrayRequests(pane);
    } finally {
      await pane.context.close();
    }
  });

  test("paging: Show more follows Graph's nextLink", async () => {
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      await pane.page.getByRole("button", { name: "Show more" }).click();
      await pane.page.getByText("50 bounce reports found.").waitFor({ timeout: 30000 });
      const lists = standIn.requests.filter((r) => r.target === "list").map((r) => decodeURIComponent(r.url));
      expect(lists).toHaveLength(2);
      expect(lists[1]).toContain("$skip=25");
      // Consent given earlier: no sign-in window this time.
      expect((await simCalls<Array<{ method: string }>>(pane.page, "naa")).map((c) => c.method)).toEqual(["GetInitContext", "GetToken"]);
    } finally {
      await pane.context.close();
    }
  });

  test("the pinned pane loses its item (a bounce report selected): with the search on, the list opens by itself", async () => {
    const pane = await openPane(webProfile(null, { nestedAppAuth: { ...NAA, consented: true }, roaming: { mailboxSearch: { enabled: true } } }));
    try {
      await pane.page.getByText("No message to read", { exact: true }).waitFor({ timeout: 30000 });
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      await screenshot(pane.page, "recent-no-item-320");
    } finally {
      await pane.context.close();
    }
  });

  test("…and when the sign-in needs a window, it waits for the user's click", async () => {
    const pane = await openPane(webProfile(null, { nestedAppAuth: NAA, roaming: { mailboxSearch: { enabled: true } } }));
    const { page } = pane;
    try {
      await page.getByText("Microsoft needs you to sign in again before your mailbox can be read.").waitFor({ timeout: 30000 });
      expect((await simCalls<Array<{ method: string }>>(page, "naa")).some((c) => c.method === "GetTokenPopup")).toBe(false);
      expect(standIn.requests).toEqual([]);
      await page.getByRole("button", { name: "Sign in and check" }).click();
      await page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      expect((await simCalls<Array<{ method: string }>>(page, "naa")).some((c) => c.method === "GetTokenPopup")).toBe(true);
    } finally {
      await pane.context.close();
    }
  });

  test("a slow Graph: the pane says it is looking, then lists", async () => {
    standIn.slowMs = 1500;
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await pane.page.getByText("Looking for bounce reports in your mailbox…").waitFor({ timeout: 30000 });
      await screenshot(pane.page, "recent-loading-320");
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
    } finally {
      await pane.context.close();
    }
  });

  test("turning it off: remembered, the list goes, nothing more is read", async () => {
    const pane = await openPane(profileWith({ ...NAA, consented: true }, { roaming: { mailboxSearch: { enabled: true } } }));
    const { page } = pane;
    try {
      await page.getByRole("button", { name: "Show my recent bounces" }).click();
      await page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      await page.waitForFunction(() => !document.body.innerText.includes("Reading…"), undefined, { timeout: 30000 });
      await page.getByRole("button", { name: "Turn off mailbox search" }).click();
      await page.getByText("Mailbox search is off: nothing more is read from your mailbox.").waitFor();
      expect(await roaming(page)).toEqual({ mailboxSearch: { enabled: false } });
      expect(await list(page).count()).toBe(0);
      const before = standIn.requests.length;
      await page.waitForTimeout(500);
      expect(standIn.requests.length).toBe(before);
      await screenshot(page, "recent-turned-off-320");
    } finally {
      await pane.context.close();
    }
  });
});

describe("this message bounced", () => {
  test("the open sent message: its bounce is found and explained without a click", async () => {
    const bounce = standIn.messages.find((m) => m.file.endsWith("exo-new-5.4.1-relay-access-denied.eml"))!;
    const sent = {
      ...ORDINARY,
      subject: "Quarterly figures",
      itemId: "AAMkSentQuarterlyFigures",
      internetMessageId: "<AM0PR01MB6001A1B2C3D4E5F6@AM0PR01MB6001.eurprd01.prod.exchangelabs.com>",
      dateTimeCreated: new Date(Date.parse(bounce.receivedDateTime) - 3 * 60_000).toISOString(),
    };
    const pane = await openPane(webProfile(sent, { nestedAppAuth: { ...NAA, consented: true }, roaming: { mailboxSearch: { enabled: true } } }), { axe: true });
    const { page } = pane;
    try {
      await page.getByText("This message bounced for 1 recipient").waitFor({ timeout: 30000 });
      expect(await waitForHeadline(page)).toBe(RELAY_HEADLINE);
      await expect(page.getByRole("region", { name: "Message being explained" }).innerText()).resolves.toContain(
        "Bounce from your mailbox: Undeliverable: Quarterly figures",
      );
      await screenshot(page, "recent-sent-match-320");
      await expectAccessible("this message bounced", pane);
      // Found by its headers: one list request with internetMessageHeaders, then the report itself.
      const lookups = standIn.requests.filter((r) => r.target === "list").map((r) => decodeURIComponent(r.url));
      expect(lookups.length).toBeGreaterThan(0);
      expect(lookups.every((u) => u.includes("internetMessageHeaders"))).toBe(true);
      // No window was shown for a look-up the user didn't ask for.
      expect((await simCalls<Array<{ method: string }>>(page, "naa")).some((c) => c.method === "GetTokenPopup")).toBe(false);
      expectNoStrayRequests(pane);
    } finally {
      await pane.context.close();
    }
  });

  test("with the search off: nothing extra, no request", async () => {
    const sent = { ...ORDINARY, internetMessageId: "<AM0PR01MB6001A1B2C3D4E5F6@AM0PR01MB6001.eurprd01.prod.exchangelabs.com>" };
    const pane = await openPane(webProfile(sent, { nestedAppAuth: { ...NAA, consented: true } }));
    try {
      await pane.page.getByText("No bounce found", { exact: true }).waitFor({ timeout: 30000 });
      await pane.page.waitForTimeout(1000);
      expect(await pane.page.getByText("This message bounced", { exact: false }).count()).toBe(0);
      expect(pane.graph.requests).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  test("the look-up needs a sign-in: it says so, and asks only when the user chooses to", async () => {
    const sent = { ...ORDINARY, internetMessageId: "<AM0PR01MB6001A1B2C3D4E5F6@AM0PR01MB6001.eurprd01.prod.exchangelabs.com>" };
    const pane = await openPane(webProfile(sent, { nestedAppAuth: NAA, roaming: { mailboxSearch: { enabled: true } } }));
    const { page } = pane;
    try {
      await page.getByText("Couldn't check whether this message bounced").waitFor({ timeout: 30000 });
      await page.getByText("Microsoft needs you to sign in again before your mailbox can be read.").waitFor();
      expect((await simCalls<Array<{ method: string }>>(page, "naa")).some((c) => c.method === "GetTokenPopup")).toBe(false);
      await page.getByRole("button", { name: "Sign in and check" }).click();
      // No sent date on this item, so the whole 30 days count: two reports name its Message-ID.
      await page.getByText("This message bounced for 2 recipients").waitFor({ timeout: 30000 });
      expect((await simCalls<Array<{ method: string }>>(page, "naa")).some((c) => c.method === "GetTokenPopup")).toBe(true);
      const reports = page.getByRole("list", { name: "Bounce reports for this message" }).getByRole("button");
      expect(await reports.count()).toBe(2);
      expect(await waitForHeadline(page)).toBe(RELAY_HEADLINE);
      await screenshot(page, "recent-sent-match-two-320");
      // The other report, one click away.
      await reports.nth(1).click();
      await page.waitForFunction((relayHeadline) => document.querySelector("main section[aria-labelledby] h2")?.textContent !== relayHeadline, RELAY_HEADLINE, {
        timeout: 15000,
      });
      await page.getByText("This message bounced for 2 recipients").waitFor();
      await expect(reports.nth(1).getAttribute("aria-current")).resolves.toBe("true");
    } finally {
      await pane.context.close();
    }
  });
});

/** Point 5 of the issue: every failure said plainly, with its code, in the pane and in Diagnostics. */
describe("failures", () => {
  async function expectFailure(pane: Pane, sentence: string | RegExp, code: string, shot: string): Promise<void> {
    const { page } = pane;
    await page.getByText("Your mailbox couldn't be searched").waitFor({ timeout: 30000 });
    await page.getByText(sentence).first().waitFor();
    await page.getByText(`Error code: ${code}`, { exact: false }).first().waitFor();
    // Nothing blank or stuck: the way forward is on screen, and so are the other routes in.
    await page.getByRole("button", { name: "Try again" }).first().waitFor();
    await page.getByRole("textbox", { name: /paste/i }).first().waitFor();
    await screenshot(page, shot);
    expect(await diagnosticsText(page)).toContain(code.split(" / ")[0]);
  }

  test("consent refused", async () => {
    const pane = await openPane(profileWith({ ...NAA, outcome: "refuse-consent" }));
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /You didn't give NDR Assistant permission to read your mail/, "access_denied / AADSTS65004", "recent-consent-refused-320");
      expect(standIn.requests).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  test("consent blocked by the tenant: the admin-consent link", async () => {
    const pane = await openPane(profileWith({ ...NAA, outcome: "consent-blocked" }), { axe: true });
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /Your organisation lets only an admin allow apps to read mail/, "access_denied / AADSTS90094", "recent-consent-blocked-320");
      const link = pane.page.getByRole("link", { name: /adminconsent/ });
      const href = new URL((await link.getAttribute("href")) ?? "");
      expect(href.origin + href.pathname).toBe("https://login.microsoftonline.com/organizations/v2.0/adminconsent");
      expect(href.searchParams.get("client_id")).toBe(APP_ID);
      expect(href.searchParams.get("scope")).toBe("https://graph.microsoft.com/Mail.Read");
      expect(href.searchParams.get("redirect_uri")).toBe(`${env.server.origin}/assets/support.html`);
      await expectAccessible("consent blocked", pane);
    } finally {
      await pane.context.close();
    }
  });

  test("Conditional Access", async () => {
    const pane = await openPane(profileWith({ ...NAA, outcome: "conditional-access" }));
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /Conditional Access/, "access_denied / AADSTS53003", "recent-conditional-access-320");
    } finally {
      await pane.context.close();
    }
  });

  test("401: Graph refuses the token even after a fresh one", async () => {
    standIn.tokens.clear();
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /didn't accept the sign-in \(401\)/, "InvalidAuthenticationToken / HTTP 401", "recent-401-320");
      expect(standIn.requests.filter((r) => r.target === "list")).toHaveLength(2);
    } finally {
      await pane.context.close();
    }
  });

  test("403", async () => {
    standIn.fault({ on: "list", status: 403, code: "ErrorAccessDenied" });
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /refused access to your mailbox \(403\)/, "ErrorAccessDenied / HTTP 403", "recent-403-320");
    } finally {
      await pane.context.close();
    }
  });

  test("429 with a long Retry-After: no silent wait, the pane says how long", async () => {
    standIn.fault({ on: "list", status: 429, retryAfter: "120" });
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /limiting requests to your mailbox right now \(429\)/, "ApplicationThrottled / HTTP 429", "recent-429-320");
      await pane.page.getByText("Microsoft asked to wait 120 s.").waitFor();
    } finally {
      await pane.context.close();
    }
  });

  test("429 with a short Retry-After: waits, says so, then lists", async () => {
    standIn.fault({ on: "list", status: 429, retryAfter: "2", times: 1 });
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await pane.page.getByText("Microsoft Graph asked NDR Assistant to wait 2 s; trying again then…").waitFor({ timeout: 30000 });
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      const lists = standIn.requests.filter((r) => r.target === "list");
      expect(lists).toHaveLength(2);
      expect(lists[1].at - lists[0].at).toBeGreaterThanOrEqual(1900);
    } finally {
      await pane.context.close();
    }
  });

  test("503, retried as Graph asks, then said plainly", async () => {
    standIn.fault({ on: "list", status: 503, retryAfter: "0" });
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await expectFailure(pane, /Microsoft Graph is unavailable right now/, "ServiceUnavailable / HTTP 503", "recent-503-320");
      expect(standIn.requests.filter((r) => r.target === "list")).toHaveLength(4);
      // Try again works once Graph is back.
      standIn.clearFaults();
      await pane.page.getByRole("button", { name: "Try again" }).first().click();
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
    } finally {
      await pane.context.close();
    }
  });

  test("InefficientFilter: the date-only query, filtered in the pane, and a note saying so", async () => {
    standIn.refuseBounceFilter = true;
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      await turnOn(pane.page);
      await pane.page.getByText(/bounce reports found\./).waitFor({ timeout: 30000 });
      await pane.page.getByText(/Microsoft Graph wouldn't filter for bounces, so NDR Assistant searched \d+ messages by date\./).waitFor();
      await expect(rows(pane.page).first().innerText()).resolves.toContain("Undeliverable: Quarterly figures");
      expect(await rows(pane.page).allInnerTexts()).not.toContainEqual(expect.stringContaining("Lunch on Friday?"));
      await screenshot(pane.page, "recent-inefficient-filter-320");
      expect(await diagnosticsText(pane.page)).toContain("InefficientFilter");
    } finally {
      await pane.context.close();
    }
  });

  test("network down", async () => {
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    try {
      pane.graph.offline = true;
      await turnOn(pane.page);
      await pane.page.getByText("Your mailbox couldn't be searched").waitFor({ timeout: 30000 });
      await pane.page.getByText(/Microsoft Graph couldn't be reached/).waitFor();
      await screenshot(pane.page, "recent-network-down-320");
      expect(await diagnosticsText(pane.page)).toContain("Graph: list bounces (network)");
      pane.graph.offline = false;
      await pane.page.getByRole("button", { name: "Try again" }).first().click();
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
    } finally {
      await pane.context.close();
    }
  });

  test("a message deleted between list and pick", async () => {
    const pane = await openPane(profileWith({ ...NAA, consented: true }));
    const { page } = pane;
    try {
      await turnOn(page);
      await page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      await page.waitForFunction(() => !document.body.innerText.includes("Reading…"), undefined, { timeout: 30000 });
      const gone = standIn.messages[0];
      standIn.remove(gone.id);
      await rows(page).first().click();
      await page.getByText("That bounce couldn't be opened").waitFor({ timeout: 30000 });
      await page.getByText(/That message is no longer in your mailbox \(404\)/).waitFor();
      // Its row goes; the rest of the list stays.
      expect(await rows(page).count()).toBe(24);
      await screenshot(page, "recent-deleted-320");
      expect(await diagnosticsText(page)).toContain("ErrorItemNotFound");
    } finally {
      await pane.context.close();
    }
  });
});

describe("preview", () => {
  test("the sample mailbox: the same list, labelled as samples, nothing fetched", async () => {
    const guarded = await openGuardedPage(env.browser, 320, serveRealOffice());
    const graph = await routeGraph(guarded.context, standIn);
    const { page } = guarded;
    try {
      await page.goto(`${env.server.origin}/taskpane.html`);
      await page.getByRole("button", { name: "Try the list with sample bounces" }).click();
      await page.getByText("These are NDR Assistant's bundled samples, not your mail.", { exact: false }).waitFor({ timeout: 30000 });
      await page.waitForFunction(() => !document.body.innerText.includes("Reading…"), undefined, { timeout: 30000 });
      const count = await rows(page).count();
      expect(count).toBeGreaterThan(3);
      await screenshot(page, "recent-samples-320");
      await rows(page).first().click();
      await waitForHeadline(page);
      await expect(page.getByRole("region", { name: "Message being explained" }).innerText()).resolves.toMatch(/^Showing: Sample mailbox: /);
      expect(graph.requests).toEqual([]);
      expect(guarded.blocked).toEqual([]);
    } finally {
      await guarded.context.close();
    }
  });
});

describe("dark theme", () => {
  test("the list reads in Outlook's dark theme", async () => {
    const pane = await openPane(profileWith({ ...NAA, consented: true }, { theme: "dark" }), { width: 450 });
    try {
      await turnOn(pane.page);
      await pane.page.getByText("25 bounce reports found.").waitFor({ timeout: 30000 });
      await pane.page.waitForFunction(() => !document.body.innerText.includes("Reading…"), undefined, { timeout: 30000 });
      await screenshot(pane.page, "recent-list-dark-450");
    } finally {
      await pane.context.close();
    }
  });
});
