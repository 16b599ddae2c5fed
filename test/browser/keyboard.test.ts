// The main flow by keyboard alone on the built pane in a simulated Outlook on the web: Tab to the
// admin steps and open them, Tab to "Forward to my admin" and press it, type the admin's address,
// submit. Every focus stop must show where focus is.
import type { Page } from "playwright-core";
import { screenshot } from "./support/chromium";
import { focusStop, tabTo, type FocusStop } from "./support/keyboard";
import { eml, item, openOutlookPane, waitForHeadline, webProfile } from "./support/outlookPane";
import { servedPaneInChromium } from "./support/servedPane";

const TYPICAL = item("Undeliverable: Contract draft for review", eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml"));
const ADMIN = "helpdesk@northwind.example";

const env = servedPaneInChromium();

function formsOpened(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __simulated: { calls: { newMessageForm: unknown[] } } }).__simulated.calls.newMessageForm.length);
}

describe.each([320, 450])("keyboard only, pane %i px wide", (width) => {
  test("opens the admin steps and forwards to the admin without a mouse, with focus always visible", async () => {
    const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(TYPICAL));
    const { page } = guarded;
    const stops: FocusStop[] = [];
    try {
      await waitForHeadline(page);

      // The first folded group of admin steps ("For fabrikam.example's admin" / "What their admin can check").
      stops.push(...(await tabTo(page, /admin/i)));
      const header = (await focusStop(page)).name;
      await page.keyboard.press("Enter");
      await page.locator("main pre[role=region]").first().waitFor();
      expect((await focusStop(page)).name).toBe(header); // focus stays on the header
      await screenshot(page, `keyboard-admin-steps-${width}`);

      stops.push(...(await tabTo(page, /Forward to (my |your )?admin/i)));
      await page.keyboard.press("Space");
      const address = page.getByRole("textbox", { name: "Your email admin's address" });
      await address.waitFor();
      if (!(await address.evaluate((el) => el === document.activeElement))) stops.push(...(await tabTo(page, /^input|textbox/)));
      stops.push(await focusStop(page));
      await page.keyboard.type(ADMIN);
      await screenshot(page, `keyboard-admin-address-${width}`);
      stops.push(...(await tabTo(page, /Save and forward/)));
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        () => (window as unknown as { __simulated: { calls: { newMessageForm: unknown[] } } }).__simulated.calls.newMessageForm.length > 0,
      );
      expect(await formsOpened(page)).toBe(1);

      const invisible = stops.filter((s) => s.indicator === null).map((s) => s.name);
      expect(invisible).toEqual([]);
      expect(guarded.cspViolations).toEqual([]);
      expect(guarded.errors).toEqual([]);
    } finally {
      await guarded.context.close();
    }
  });
});
