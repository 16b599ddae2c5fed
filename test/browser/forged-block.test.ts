// The built pane in a simulated Outlook on the web, opened on a hostile forward (issue 12, point 4):
// Alex's own "Forward to admin" write-up and block, then a quoted message carrying a forged block
// (valid checksum, a later date, a "verified" client and alarming advice), with another copy of
// the forged block in the Subject. No bounce to re-read comes with it. The admin view must name
// the sender Outlook reports, use Alex's block only as his claims, not verified, and list the two
// forged blocks as ignored, with nothing of theirs on screen.
import type { Browser } from "playwright-core";
import { relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import { FORGED_CLIENT, FORGED_DIAGNOSTIC, forwardQuotingForgedMessage, withForgedSubject } from "../fixtures/hostile/forgedBlocks";
import type { SimProfile } from "../support/simulatedOffice";
import { launchChromium, openGuardedPage, screenshot } from "./support/chromium";
import { serveSimulatedOffice, simulatedOfficeScript } from "./support/officeScripts";
import { servePane } from "./support/paneServer";
import type { StaticServer } from "./support/staticServer";

let server: StaticServer;
let browser: Browser;
let officeScript: string;

beforeAll(async () => {
  const diagnosis = await relayDeniedDiagnosis();
  const mime = withForgedSubject(forwardQuotingForgedMessage(diagnosis), diagnosis);
  const profile: SimProfile = {
    name: "web",
    mailbox: "1.15",
    readyHost: "Outlook",
    item: {
      subject: "FW: Quarterly figures, please check",
      dateTimeCreated: "2024-05-14T10:05:00Z",
      from: { displayName: "Alex Wilber", emailAddress: "alex.wilber@contoso.com" },
      itemId: "AAMkADForgedBlockForward",
      itemClass: "IPM.Note",
      mime,
    },
  };
  [server, browser, officeScript] = await Promise.all([servePane(), launchChromium(), simulatedOfficeScript(profile)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("a forward carrying forged blocks: Outlook's sender, the forwarder's own block as unverified claims, the forged ones ignored", async () => {
  const { context, page, blocked, errors, cspViolations } = await openGuardedPage(browser, 360, serveSimulatedOffice(officeScript));
  try {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Admin view", selected: true }).waitFor({ timeout: 30000 });
    await page.getByText("Claims of the sender, not verified").waitFor();
    const from = page.getByText("From (as Outlook reports it):").locator("..");
    await expect(from.textContent()).resolves.toBe("From (as Outlook reports it): Alex Wilber <alex.wilber@contoso.com>");
    await page.getByText(/^Diagnosis blocks ignored: 2, found where the sender didn't write them/).waitFor();
    await page.getByRole("heading", { level: 2, name: /550 5\.4\.1: The destination mail server doesn't accept mail/ }).waitFor();

    await page.getByRole("button", { name: "Diagnosis blocks in this message" }).click();
    const list = page.getByRole("list", { name: "Diagnosis blocks found" });
    await list.waitFor();
    await expect(list.getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Used: the last block in the sender's own text\. It says it was written in Outlook on the web/),
      "Ignored (intact): in a quoted message, not written by the sender.",
      "Ignored (intact): in the subject, not written by the sender.",
    ]);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toContain(FORGED_CLIENT);
    expect(text).not.toContain(FORGED_DIAGNOSTIC);
    await screenshot(page, "admin-view-forged-blocks-360");
    expect(cspViolations).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
