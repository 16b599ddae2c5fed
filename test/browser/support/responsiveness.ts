/**
 * How quickly the pane's UI thread answers a click, measured in the page: from the click event's
 * own timestamp (set when the browser took the input, before it waited in the page's queue) to
 * the first animation frame after the pane handled it, plus the longest main-thread task seen
 * (Long Tasks API). A UI thread busy parsing a message would show in both.
 */
import type { Locator, Page } from "playwright-core";

interface Probe {
  clicks: number[];
  longestTask: number;
}

/** Arms the probe in the page (idempotent); call before the work under test starts. */
export async function armResponsivenessProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __probe?: Probe };
    if (w.__probe) return;
    const probe: Probe = { clicks: [], longestTask: 0 };
    w.__probe = probe;
    document.addEventListener(
      "click",
      (event) => {
        const start = event.timeStamp;
        // After this click's handlers (React's included) and the frame that shows their result.
        requestAnimationFrame(() => setTimeout(() => probe.clicks.push(performance.now() - start), 0));
      },
      true,
    );
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
      }).observe({ type: "longtask", buffered: false });
    } catch {
      // No Long Tasks API: the click latency alone is measured.
    }
  });
}

/** Clicks `target` and returns how long the page took to answer it (ms, measured in the page). */
export async function clickLatency(page: Page, target: Locator): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.clicks.length);
  await target.click();
  await page.waitForFunction((n) => (window as unknown as { __probe: Probe }).__probe.clicks.length > n, before, { timeout: 30_000 });
  return page.evaluate(() => {
    const clicks = (window as unknown as { __probe: Probe }).__probe.clicks;
    return clicks[clicks.length - 1];
  });
}

/** The longest main-thread task since the probe was armed (ms; 0 when none over 50 ms). */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.longestTask);
}

/** Starts a new window for longestTask. */
export async function resetLongestTask(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __probe: Probe }).__probe.longestTask = 0;
  });
}
