// End-user flows on the built pane under a simulated Outlook on the web (Mailbox 1.15), at the two
// pane widths people use: DBEB 5.4.1, a code without specific guidance, an ordinary message, a
// pinned pane following the selection, and the dark theme. Every flow must keep to the page's
// Content-Security-Policy and send nothing off the machine.
import { screenshot, type GuardedPage } from "./support/chromium";
import {
  banner,
  eml,
  headline,
  item,
  luminance,
  openOutlookPane,
  paneColours,
  selectItem,
  sharedEml,
  switchTheme,
  waitForHeadline,
  webProfile,
} from "./support/outlookPane";
import { servedPaneInChromium } from "./support/servedPane";

const DBEB = item("Undeliverable: Quarterly figures", sharedEml("exo-new-5.4.1-dbeb-recipient-rejected.eml"));
const RELAY = item("Undeliverable: Site visit on Friday", eml("exo-new-5.4.1-relay-access-denied-with-hostile-html.eml"));
const UNKNOWN = item("Undelivered Mail Returned to Sender", eml("postfix-550-5.9.99-unknown-code.eml"));
const ORDINARY = item("Lunch on Friday?", sharedEml("not-bounce-ordinary.eml"));
const TYPICAL = item("Undeliverable: Contract draft for review", eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml"));

const env = servedPaneInChromium();

async function expectClean({ page, blocked, errors, cspViolations }: GuardedPage): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(cspViolations).toEqual([]);
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
}

describe.each([320, 450])("end-user flows, pane %i px wide", (width) => {
  test("DBEB 5.4.1: says the address doesn't exist at the recipient's organisation", async () => {
    const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(DBEB));
    try {
      const { page } = guarded;
      expect(await waitForHeadline(page)).toMatch(/address doesn't exist/i);
      await expect(banner(page).textContent()).resolves.toContain("Showing: Undeliverable: Quarterly figures");
      await page
        .getByText(/has no mailbox, group or contact with this address/)
        .first()
        .waitFor();
      // The code and Microsoft's words, then the user's own way to act: the address, not a forward.
      await page.getByText("550 5.4.1 Recipient address rejected: Access denied", { exact: true }).waitFor();
      await page.getByRole("button", { name: "Copy the address" }).waitFor();
      // The announcement carries the same headline as the screen.
      const status = await page.locator('[role="status"][aria-live="polite"]').first().textContent();
      expect(status).toContain(await headline(page).textContent());
      await screenshot(page, `user-dbeb-541-${width}`);
      await expectClean(guarded);
    } finally {
      await guarded.context.close();
    }
  });

  test("an unknown code (550 5.9.99): says there's no specific guidance and shows the server's own words", async () => {
    const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(UNKNOWN));
    try {
      const { page } = guarded;
      await waitForHeadline(page);
      await page.getByText("We don't have specific guidance for this exact code").waitFor();
      await page.getByText("550 5.9.99 Quantum relay misaligned, message refused", { exact: true }).waitFor();
      await page
        .getByText(/Quantum relay misaligned/)
        .first()
        .waitFor();
      await screenshot(page, `user-unknown-code-${width}`);
      await expectClean(guarded);
    } finally {
      await guarded.context.close();
    }
  });

  test("an ordinary message: says it isn't a bounce and how to get one in", async () => {
    const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(ORDINARY));
    try {
      const { page } = guarded;
      await page.getByText("No bounce found").first().waitFor({ timeout: 30000 });
      await expect(banner(page).textContent()).resolves.toContain("Showing: Lunch on Friday?");
      expect(await headline(page).count()).toBe(0);
      await screenshot(page, `user-no-bounce-${width}`);
      await expectClean(guarded);
    } finally {
      await guarded.context.close();
    }
  });

  test("a pinned pane follows the selection: NDR → ordinary → nothing → NDR, and no old diagnosis lingers", async () => {
    const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(RELAY));
    try {
      const { page } = guarded;
      const relayHeadline = await waitForHeadline(page);
      await expect(banner(page).textContent()).resolves.toContain("Site visit on Friday");
      await screenshot(page, `pinned-1-relay-${width}`);

      await selectItem(page, ORDINARY);
      await page.getByText("No bounce found").first().waitFor();
      await expect(banner(page).textContent()).resolves.toContain("Showing: Lunch on Friday?");
      expect(await headline(page).count()).toBe(0);
      expect(await page.getByText(relayHeadline).count()).toBe(0);
      await screenshot(page, `pinned-2-ordinary-${width}`);

      await selectItem(page, null);
      await page.getByText("No message to read").first().waitFor();
      expect(await banner(page).count()).toBe(0);
      expect(await page.getByText(/Site visit on Friday|Lunch on Friday/).count()).toBe(0);
      await screenshot(page, `pinned-3-nothing-${width}`);

      await selectItem(page, DBEB);
      await expect(banner(page).textContent()).resolves.toContain("Showing: Undeliverable: Quarterly figures");
      await waitForHeadline(page);
      expect(await page.getByText(/Site visit on Friday|Lunch on Friday/).count()).toBe(0);
      await screenshot(page, `pinned-4-dbeb-${width}`);
      await expectClean(guarded);
    } finally {
      await guarded.context.close();
    }
  });

  test("dark theme: the pane follows Office's theme at start and when it changes", async () => {
    const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(TYPICAL, { theme: "dark" }));
    try {
      const { page } = guarded;
      await waitForHeadline(page);
      const dark = await paneColours(page);
      expect(luminance(dark.background)).toBeLessThan(0.05);
      expect(luminance(dark.text)).toBeGreaterThan(0.7);
      await screenshot(page, `user-typical-dark-${width}`);

      await switchTheme(page, "light");
      await page.waitForFunction(() => {
        const bg = getComputedStyle(document.querySelector("#root > *") ?? document.body).backgroundColor;
        return bg === "rgb(255, 255, 255)";
      });
      const light = await paneColours(page);
      expect(luminance(light.text)).toBeLessThan(0.05);
      await switchTheme(page, "dark");
      await page.waitForFunction(
        (before) => getComputedStyle(document.querySelector("#root > *") ?? document.body).backgroundColor === before,
        dark.background,
      );
      await expectClean(guarded);
    } finally {
      await guarded.context.close();
    }
  });
});
