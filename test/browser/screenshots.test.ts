// Every view of the pane at 320 px, in light and dark, in English and French (issue 11, point 9),
// saved under test-artifacts/screenshots/views/ for people to look at. Each view must also keep to
// the pane's width: nothing may scroll sideways.
import type { Page } from "playwright-core";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import type { SimItem, SimProfile } from "../support/simulatedOffice";
import { openGuardedPage, screenshot, type GuardedPage } from "./support/chromium";
import { serveRealOffice } from "./support/officeScripts";
import { item, openOutlookPane, sharedEml, webProfile } from "./support/outlookPane";
import { openAdminGroups, overflowsSideways, problemSection } from "./support/paneViews";
import { servedPaneInChromium } from "./support/servedPane";

const env = servedPaneInChromium();
const WIDTH = 320;

type Lang = "en" | "fr";
type Theme = "light" | "dark";

const RELAY = item("Undeliverable: Quarterly figures for review", SAMPLES[0].eml);
const ORDINARY = item("Lunch on Friday?", sharedEml("not-bounce-ordinary.eml"));
const ALEX = { displayName: "Alex Wilber", emailAddress: "alex.wilber@contoso.com" };
const HELPDESK = { displayName: "IT Helpdesk", emailAddress: "helpdesk@contoso.com" };

const WORDS: Record<Lang, { forward: RegExp; why: RegExp }> = {
  en: { forward: /^Forward to my admin$/, why: /^Why we think so/ },
  fr: { forward: /^Transférer à mon administrateur$/, why: /^Pourquoi nous le pensons/ },
};

async function adminItem(): Promise<SimItem> {
  const mime = adminMailbox(quotedByOutlook(forwardHtml(await relayDeniedDiagnosis())));
  return {
    subject: "FW: Bounce: megan.bowen@fabrikam.com",
    dateTimeCreated: "2024-05-14T10:05:00Z",
    from: ALEX,
    itemId: "AAMkScreens",
    itemClass: "IPM.Note",
    mime,
  };
}

interface View {
  name: string;
  profile(): Promise<SimProfile>;
  /** Waits for the view and brings it into the state shown. */
  ready(page: Page, lang: Lang): Promise<void>;
}

const answer = (page: Page) => problemSection(page).locator("h2").waitFor({ timeout: 30000 });

const VIEWS: View[] = [
  { name: "user", profile: async () => webProfile(RELAY), ready: (page) => answer(page) },
  {
    name: "user-steps-open",
    profile: async () => webProfile(RELAY),
    ready: async (page, lang) => {
      await answer(page);
      await openAdminGroups(page);
      await problemSection(page).getByRole("button", { name: WORDS[lang].why }).click();
    },
  },
  {
    name: "forward-address-form",
    profile: async () => webProfile(RELAY),
    ready: async (page, lang) => {
      await answer(page);
      await page.getByRole("button", { name: WORDS[lang].forward }).click();
      await page.locator("form input[type=email]").waitFor();
    },
  },
  {
    name: "admin",
    profile: async () => webProfile(await adminItem(), { userProfile: HELPDESK }),
    ready: (page) => page.getByRole("tab", { selected: true }).waitFor({ timeout: 30000 }),
  },
  {
    name: "admin-colleague-forward",
    profile: async () =>
      webProfile({ ...item("FW: Undeliverable: Quarterly figures", sharedEml("forwarded-inline-ndr.eml")), from: ALEX }, { userProfile: HELPDESK }),
    ready: (page) => page.getByRole("tab", { selected: true }).waitFor({ timeout: 30000 }),
  },
  {
    name: "no-item",
    profile: async () => webProfile(null),
    ready: (page) =>
      page
        .locator("[role=status][aria-live=polite]")
        .filter({ hasText: /./ })
        .waitFor({ timeout: 30000 })
        .then(() => page.locator(".fui-MessageBar").first().waitFor()),
  },
  { name: "no-bounce", profile: async () => webProfile(ORDINARY), ready: (page) => page.locator(".fui-MessageBar").first().waitFor({ timeout: 30000 }) },
  {
    name: "error",
    profile: async () => webProfile(RELAY, { faults: { getAsFileAsync: "fail", body: "fail", headers: "fail" } }),
    ready: (page) => page.locator(".fui-MessageBar").first().waitFor({ timeout: 30000 }),
  },
];

async function shoot(guarded: GuardedPage, name: string): Promise<void> {
  const { page } = guarded;
  // Lazily loaded panels (the input panel under "No bounce found", the admin view's parts) show a
  // spinner for a moment: the screenshot is of the view a reader sees once they have arrived.
  await page.waitForFunction(() => document.querySelector(".fui-Spinner") === null, undefined, { timeout: 30000 });
  await screenshot(page, `views/${name}`);
  expect({ name, sideways: await overflowsSideways(page) }).toEqual({ name, sideways: false });
  expect(guarded.errors).toEqual([]);
  expect(guarded.cspViolations).toEqual([]);
}

describe.each<[Lang, Theme]>([
  ["en", "light"],
  ["en", "dark"],
  ["fr", "light"],
  ["fr", "dark"],
])("every view at 320 px, %s, %s", (lang, theme) => {
  test.each(VIEWS.map((v) => [v.name, v] as const))("%s", async (_name, view) => {
    const profile = { ...(await view.profile()), theme, displayLanguage: lang === "fr" ? "fr-FR" : "en-US" };
    const guarded = await openOutlookPane(env.browser, env.server, WIDTH, profile);
    try {
      await view.ready(guarded.page, lang);
      await shoot(guarded, `${view.name}-${lang}-${theme}-${WIDTH}`);
    } finally {
      await guarded.context.close();
    }
  });

  if (theme === "light") {
    // Outside Outlook there is no Office theme to follow: the preview is light.
    test("preview", async () => {
      const guarded = await openGuardedPage(env.browser, WIDTH, serveRealOffice());
      try {
        await guarded.page.goto(`${env.server.origin}/taskpane.html?lang=${lang}`);
        await guarded.page.locator("main section h2").first().waitFor({ timeout: 30000 });
        await screenshot(guarded.page, `views/preview-${lang}-${theme}-${WIDTH}`);
        expect(await overflowsSideways(guarded.page)).toBe(false);
      } finally {
        await guarded.context.close();
      }
    });
  }
});
