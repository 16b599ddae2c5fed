import type { Page } from "playwright-core";

export interface FocusStop {
  /** Role or tag and accessible text of the focused element. */
  name: string;
  /** How focus shows ("outline", "box-shadow", "::after border" … on the element or an ancestor), or null when it doesn't. */
  indicator: string | null;
}

/**
 * Describes the focused element and whether focus is visible on it. Fluent v9 draws its focus ring
 * on a pseudo-element (::after) of the control, or of a wrapper for checkboxes and switches, and
 * marks a focused Link with a double underline, so the element, its pseudo-elements and two
 * ancestors are examined.
 */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: "(body)", indicator: null };
    const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
    const name = `${el.getAttribute("role") ?? el.tagName.toLowerCase()} "${label}"`;
    const visible = (node: Element, pseudo: string | null): string | null => {
      const s = getComputedStyle(node, pseudo);
      if (pseudo && (s.content === "none" || s.content === "normal")) return null;
      if (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) return "outline";
      if (s.boxShadow !== "none" && s.boxShadow !== "") return "box-shadow";
      // Fluent's Link shows focus as a double underline (a plain link has none, or a single one).
      if (!pseudo && s.textDecorationLine.includes("underline") && s.textDecorationStyle === "double") return "double underline";
      if (
        pseudo &&
        ["Top", "Right", "Bottom", "Left"].some(
          (side) =>
            s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        )
      )
        return "border";
      return null;
    };
    let node: Element | null = el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      for (const pseudo of [null, "::after", "::before"]) {
        const how = visible(node, pseudo);
        if (how) return { name, indicator: `${pseudo ?? ""} ${how}${depth > 0 ? ` on ancestor ${depth}` : ""}`.trim() };
      }
    }
    return { name, indicator: null };
  });
}

/**
 * Presses Tab until the focused element's text matches `target`, recording every stop on the
 * way; fails after `maxStops` (a keyboard trap or a missing control).
 */
export async function tabTo(page: Page, target: RegExp, maxStops = 80): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    stops.push(stop);
    if (target.test(stop.name)) return stops;
  }
  throw new Error(`Tab never reached ${String(target)}; stops: ${stops.map((s) => s.name).join(" → ")}`);
}
