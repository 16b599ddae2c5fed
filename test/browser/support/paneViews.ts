/** What the browser tests look for on the user view: the problem, its admin groups, primary buttons. */
import type { Page } from "playwright-core";

/** The first problem's section (its h2 is the five-second answer). */
export function problemSection(page: Page) {
  return page.locator("main section[aria-labelledby]").first();
}

/** Opens every folded group of admin steps in the first problem ("For fabrikam.com's admin", "For your admin (only if …)"). */
export async function openAdminGroups(page: Page): Promise<number> {
  const section = problemSection(page);
  const folded = section.locator('button[aria-expanded="false"]').filter({ hasNotText: "Why we think so" });
  let opened = 0;
  // Each click re-renders; take the first folded one again until none is left.
  for (let i = 0; i < 10 && (await folded.count()) > 0; i++) {
    await folded.first().click();
    opened++;
  }
  return opened;
}

export interface ShownButton {
  name: string;
  top: number;
  bottom: number;
}

/**
 * Visible buttons drawn in the brand colour: Fluent's primary appearance. Compared with the
 * theme's own --colorBrandBackground, so it holds in light and dark.
 */
export function primaryButtons(page: Page): Promise<ShownButton[]> {
  return page.evaluate(() => {
    const provider = document.querySelector(".fui-FluentProvider") ?? document.body;
    const probe = document.createElement("div");
    probe.style.backgroundColor = "var(--colorBrandBackground)";
    provider.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return Array.from(document.querySelectorAll("button"))
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !b.closest("[hidden]") && getComputedStyle(b).backgroundColor === brand;
      })
      .map((b) => {
        const r = b.getBoundingClientRect();
        return { name: (b.textContent ?? "").trim(), top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
      });
  });
}

/** Every command block's copied text with the shell named above it (the text Copy puts on the clipboard). */
export function commandBlocks(page: Page): Promise<Array<{ shell: string; text: string }>> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("main pre[role=region] code")).map((code) => {
      const label = code.parentElement?.getAttribute("aria-label") ?? "";
      return { shell: label.replace(/, (step|étape) \d+( \(.*\))?$/, ""), text: code.textContent ?? "" };
    }),
  );
}

/** Whether the page scrolls sideways (anything wider than the pane). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
