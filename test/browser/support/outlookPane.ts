import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { SimItem, SimProfile } from "../../support/simulatedOffice";
import { openGuardedPage, type GuardedPage } from "./chromium";
import { serveSimulatedOffice, simulatedOfficeScript } from "./officeScripts";
import { FIXTURES } from "./paneServer";
import type { StaticServer } from "./staticServer";

const SHARED_FIXTURES = resolve(__dirname, "../../fixtures");

/** An .eml from test/fixtures/browser. */
export function eml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), "utf8");
}

/** An .eml from test/fixtures (the unit tests' fixtures, read as they are). */
export function sharedEml(name: string): string {
  return readFileSync(resolve(SHARED_FIXTURES, name), "utf8");
}

/** A message as Outlook on the web hands it to a read add-in (an IPM.Note, so the add-in is active). */
export function item(subject: string, mime: string, itemId = `AAMk${subject.replace(/[^A-Za-z0-9]/g, "").slice(0, 40)}`): SimItem {
  return {
    subject,
    dateTimeCreated: "2026-09-02T14:05:31Z",
    from: { displayName: "Microsoft Outlook", emailAddress: "postmaster@northwind.example" },
    itemId,
    itemClass: "IPM.Note",
    mime,
  };
}

export function webProfile(selected: SimItem | null, extra: Partial<SimProfile> = {}): SimProfile {
  return { name: "web", mailbox: "1.15", readyHost: "Outlook", item: selected, ...extra };
}

/** The built pane in a guarded page under a simulated Outlook on the web with this profile. */
export async function openOutlookPane(browser: Browser, server: StaticServer, width: number, profile: SimProfile): Promise<GuardedPage> {
  const guarded = await openGuardedPage(browser, width, serveSimulatedOffice(await simulatedOfficeScript(profile)));
  await guarded.page.goto(`${server.origin}/taskpane.html`);
  return guarded;
}

/** The first problem's headline: the diagnosis is on screen. */
export function headline(page: Page) {
  return page.locator("main section[aria-labelledby] h2").first();
}

export async function waitForHeadline(page: Page, timeout = 30000): Promise<string> {
  await headline(page).waitFor({ timeout });
  return (await headline(page).textContent()) ?? "";
}

/** The "Showing: <subject>" line. */
export function banner(page: Page) {
  return page.getByRole("region", { name: "Message being explained" });
}

/** What the page-side simulator offers a test (window.__simulated). */
export interface SimulatedHandle {
  setItem(item: SimItem | null): Promise<void>;
  setTheme(theme: "light" | "dark"): Promise<void>;
}

/** Replaces the selected item in the simulated Outlook (fires ItemChanged, as a pinned pane sees). */
export async function selectItem(page: Page, next: SimItem | null): Promise<void> {
  await page.evaluate((value) => (window as unknown as { __simulated: SimulatedHandle }).__simulated.setItem(value), next);
}

export async function switchTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.evaluate((value) => (window as unknown as { __simulated: SimulatedHandle }).__simulated.setTheme(value), theme);
}

/** Relative luminance (WCAG) of a computed CSS colour like "rgb(41, 41, 41)". */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Background and text colour of the pane's root (FluentProvider) as computed in the page. */
export async function paneColours(page: Page): Promise<{ background: string; text: string }> {
  return page.evaluate(() => {
    const root = document.querySelector("#root > *") ?? document.body;
    const style = getComputedStyle(root);
    return { background: style.backgroundColor, text: style.color };
  });
}
