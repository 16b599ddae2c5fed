import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** Served from the pane's own origin, so the page's script-src 'self' admits it: the test keeps the real policy. */
const AXE_PATH = "/__test__/axe.min.js";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Lets pages of this context load axe-core from their own origin. Call before navigating. */
export async function allowAxe(context: BrowserContext): Promise<void> {
  await context.route(`**${AXE_PATH}`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: AXE_SOURCE }));
}

interface AxeNode {
  target: unknown[];
  html: string;
}

/**
 * Fluent's focus manager (Tabster) puts aria-hidden, tabindex=0 "dummy" elements at the edges of
 * arrow-key groups (the TabList); they pass focus on at once and must stay hidden from screen
 * readers. axe reports them under aria-hidden-focus; Microsoft's own checker suppresses exactly
 * these (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Nothing else is dropped.
 */
function isTabsterDummy(ruleId: string, node: AxeNode): boolean {
  return ruleId === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(node.html);
}

/** Runs axe-core (WCAG 2.x A/AA plus best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: AxeNode[] }> }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html })),
    }));
  });
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`) }));
}

/** One line per violation, for failure messages and the findings file. */
export function describeViolations(view: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${view}: ${v.id} (${v.impact ?? "?"}) ${v.help} — ${v.targets.slice(0, 3).join(", ")}`);
}
