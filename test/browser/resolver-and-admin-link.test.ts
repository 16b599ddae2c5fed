// Issue 12, point 7, in the built pane: the policy and the docs agree about DNS-over-HTTPS
// resolvers (https only: a plain-http resolver on this computer is refused up front, nothing is
// sent to it, and the policy reports no violation), and a `?admin=` in the task pane URL is the
// organisation's only inside Outlook; in preview mode it is "from the link you opened".
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import type { SimProfile } from "../support/simulatedOffice";
import { openGuardedPage } from "./support/chromium";
import { serveSimulatedOffice, simulatedOfficeScript } from "./support/officeScripts";
import { eml, item, webProfile } from "./support/outlookPane";
import { servedPaneInChromium } from "./support/servedPane";

/** The forward's sender as Outlook reports it: Alex, who quoted his own "Forward to admin" message. */
const ALEX = { displayName: "Alex Wilber", emailAddress: "alex.wilber@contoso.com" };

const env = servedPaneInChromium();

/** A plain-http "resolver" on this computer that records anything that reaches it. */
async function localHttpResolver(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "access-control-allow-origin": "*", "access-control-allow-headers": "content-type, accept" });
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/dns-query`, hits, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

test("a plain-http resolver on this computer is refused with the reason; nothing is sent and the policy isn't hit", async () => {
  const diagnosis = await relayDeniedDiagnosis();
  const forward: SimProfile = webProfile({
    ...item("FW: Bounce: 550 5.4.1 Relay Access Denied", adminMailbox(quotedByOutlook(forwardHtml(diagnosis)))),
    dateTimeCreated: "2024-05-14T10:05:00Z",
    from: ALEX,
  });
  const resolver = await localHttpResolver();
  const guarded = await openGuardedPage(env.browser, 450, serveSimulatedOffice(await simulatedOfficeScript(forward)));
  const { page } = guarded;
  try {
    await page.goto(`${env.server.origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Admin view", selected: true }).waitFor({ timeout: 30_000 });
    await page.getByRole("switch", { name: "Run live DNS checks" }).click();
    const field = page.getByRole("textbox", { name: "DNS-over-HTTPS resolver" });
    await field.fill(resolver.url);
    await page.getByText(`The resolver address "${resolver.url}" must start with https://: the task pane sends DNS queries only over HTTPS.`).waitFor();
    await expect(page.getByRole("button", { name: "Run checks" }).isDisabled()).resolves.toBe(true);
    // Nothing stored: the setting keeps the https default.
    const roamed = await page.evaluate(() =>
      JSON.parse(JSON.stringify((window as unknown as { __simulated: { roaming: Record<string, unknown> } }).__simulated.roaming)),
    );
    expect(roamed.dnsChecks).toEqual({ enabled: true, resolverUrl: "https://cloudflare-dns.com/dns-query" });
    expect(resolver.hits).toEqual([]);
    expect(guarded.cspViolations).toEqual([]);
    expect(guarded.blocked).toEqual([]);
  } finally {
    await guarded.context.close();
    await resolver.close();
  }
});

test("preview mode: ?admin= on the page's URL is named as the link's", async () => {
  const guarded = await openGuardedPage(
    env.browser,
    450,
    serveSimulatedOffice(await simulatedOfficeScript({ name: "web", mailbox: "1.15", readyHost: null, item: null })),
  );
  const { page } = guarded;
  try {
    await page.goto(`${env.server.origin}/taskpane.html?admin=helpdesk%40contoso.com`);
    await page.getByLabel("Paste the bounce's text").fill(eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml"));
    await page.getByRole("button", { name: "Explain", exact: true }).click();
    await page.getByText("Helpdesk address from the link you opened: helpdesk@contoso.com").waitFor({ timeout: 30_000 });
    await expect(page.getByText(/set by your admin/).count()).resolves.toBe(0);
    expect(guarded.cspViolations).toEqual([]);
  } finally {
    await guarded.context.close();
  }
});

test("inside Outlook the manifest URL's ?admin= is the organisation's", async () => {
  const guarded = await openGuardedPage(
    env.browser,
    450,
    serveSimulatedOffice(
      await simulatedOfficeScript(webProfile(item("Undeliverable: Contract draft for review", eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml")))),
    ),
  );
  const { page } = guarded;
  try {
    await page.goto(`${env.server.origin}/taskpane.html?admin=helpdesk%40contoso.com`);
    await page.getByText("Your organisation's helpdesk address (set by your admin): helpdesk@contoso.com").waitFor({ timeout: 30_000 });
    expect(guarded.cspViolations).toEqual([]);
  } finally {
    await guarded.context.close();
  }
});
