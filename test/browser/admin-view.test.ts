// The built pane in a simulated Outlook on the web, opened on a message an admin received: a
// "Forward to my admin" diagnostics message (composed by the real composeForward over a classified
// 5.4.1 bounce), quoted by Outlook. The pane opens in the admin view; the live DNS checks go to
// an HTTPS resolver URL that the test routes to a real DoH server on 127.0.0.1 (the page's
// Content-Security-Policy admits HTTPS resolvers only, so the policy is exercised too).
import type { Browser } from "playwright-core";
import { startDohTestServer, type DohTestServer } from "../dns/support/dohTestServer";
import { buildTestZone } from "../dns/support/testZone";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import type { SimProfile } from "../support/simulatedOffice";
import { launchChromium, openGuardedPage, screenshot } from "./support/chromium";
import { routeResolver, TEST_RESOLVER_URL } from "./support/dohRoute";
import { serveSimulatedOffice, simulatedOfficeScript } from "./support/officeScripts";
import { servePane } from "./support/paneServer";
import type { StaticServer } from "./support/staticServer";

let server: StaticServer;
let browser: Browser;
let doh: DohTestServer;
let officeScript: string;

beforeAll(async () => {
  const diagnosis = await relayDeniedDiagnosis();
  // The recipient's domain in the fixture is fabrikam.com: in the test zone, Exchange Online plus a backup MX.
  const mime = adminMailbox(quotedByOutlook(forwardHtml(diagnosis)));
  const profile: SimProfile = {
    name: "web",
    mailbox: "1.15",
    readyHost: "Outlook",
    item: {
      subject: "FW: Bounce: 550 5.4.1 Relay Access Denied",
      dateTimeCreated: "2024-05-14T10:05:00Z",
      from: { displayName: "Alex Wilber", emailAddress: "alex.wilber@contoso.com" },
      itemId: "AAMkADAdminViewForward",
      itemClass: "IPM.Note",
      mime,
    },
  };
  [server, browser, doh, officeScript] = await Promise.all([
    servePane(),
    launchChromium(),
    startDohTestServer(buildTestZone()),
    simulatedOfficeScript(profile),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await doh?.close();
});

describe.each([320, 450])("admin view, pane %i px wide", (width) => {
  test("opens the forwarded diagnostics in the admin view and runs the live checks against the local resolver", async () => {
    const { context, page, blocked, errors, cspViolations } = await openGuardedPage(browser, width, serveSimulatedOffice(officeScript));
    await routeResolver(context, doh);
    try {
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("tab", { name: "Admin view", selected: true }).waitFor({ timeout: 30000 });
      await page.getByText("Claims of the sender, not verified").waitFor();
      await page.getByText("From (as Outlook reports it):").waitFor();
      await page.getByRole("list", { name: "What to verify" }).waitFor();
      await page
        .getByText("When you run these checks, the domain name fabrikam.com is sent to cloudflare-dns.com over HTTPS. Nothing else leaves your mailbox.")
        .waitFor();
      await screenshot(page, `admin-view-${width}`);

      await page.getByRole("switch", { name: "Run live DNS checks" }).click();
      const resolver = page.getByRole("textbox", { name: "DNS-over-HTTPS resolver" });
      await resolver.fill(TEST_RESOLVER_URL);
      const requestsBefore = doh.requests.length;
      await page.getByRole("button", { name: "Run checks" }).click();
      const results = page.getByRole("list", { name: "DNS check results" });
      await results.waitFor({ timeout: 20000 });
      const mx = results.getByRole("listitem").filter({ hasText: "Mail routing (MX records)" }).first();
      // fabrikam.com: Exchange Online plus a backup MX → a warning, with both records listed.
      await expect(mx.textContent()).resolves.toMatch(/Warning:\s*Mail routing \(MX records\)/);
      await expect(mx.textContent()).resolves.toContain("fabrikam-com.mail.protection.outlook.com");
      await expect(mx.textContent()).resolves.toContain("backup-mx.fabrikam.net");
      await results.getByText("Autodiscover", { exact: true }).waitFor();
      await screenshot(page, `admin-dns-results-${width}`);

      const asked = doh.requests.slice(requestsBefore);
      expect(asked.map((r) => `${r.method} ${r.question?.type} ${r.question?.name}`).sort()).toEqual([
        "POST CNAME autodiscover.fabrikam.com",
        "POST MX fabrikam.com",
        "POST TXT fabrikam.com",
      ]);
      // Preflights aren't asserted: with Playwright's request routing on, Chromium may answer them itself.
      // The setting went to roaming settings.
      const roamed = await page.evaluate(() =>
        JSON.parse(JSON.stringify((window as unknown as { __simulated: { roaming: Record<string, unknown> } }).__simulated.roaming)),
      );
      expect(roamed.dnsChecks).toEqual({ enabled: true, resolverUrl: TEST_RESOLVER_URL });
      expect(cspViolations).toEqual([]);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
