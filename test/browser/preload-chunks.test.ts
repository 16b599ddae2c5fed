// taskpane.html preloads the guidance tables' lazy chunks (build/plugins/preloadChunks.ts) so
// they download beside the entry script. A preload the page doesn't reuse would cost a second
// download, and one the policy refused would cost the head start: this checks neither happens.
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { eml, item, openOutlookPane, waitForHeadline, webProfile } from "./support/outlookPane";
import { DIST } from "./support/paneServer";
import { servedPaneInChromium } from "./support/servedPane";

const env = servedPaneInChromium();

function preloadedScripts(): string[] {
  const html = readFileSync(resolve(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<link\b[^>]*\brel=["']?preload\b[^>]*>/gi)]
    .filter(([tag]) => /\bas=["']?script\b/i.test(tag))
    .map(([tag]) => /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1] ?? "");
}

test("taskpane.html preloads the guidance chunk and the files it needs, all of them built", () => {
  const files = preloadedScripts();
  expect(files.some((f) => /^guidance\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  for (const file of files) expect(existsSync(resolve(DIST, file))).toBe(true);
  // The entry script is in the page already; preloading it again would be a wasted hint.
  expect(files.some((f) => f.startsWith("taskpane."))).toBe(false);
});

test("each preloaded file is fetched once, before the entry script asks for it, and the policy lets it through", async () => {
  const files = preloadedScripts();
  const guarded = await openOutlookPane(
    env.browser,
    env.server,
    450,
    webProfile(item("Undeliverable: Contract draft for review", eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml"))),
  );
  try {
    await waitForHeadline(guarded.page);
    const entries = await guarded.page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime, initiator: (e as PerformanceResourceTiming).initiatorType })),
    );
    const entry = entries.find((e) => basename(new URL(e.name).pathname).startsWith("taskpane."));
    expect(entry).toBeDefined();
    // Stamped by the simulated Office.js when onReady answers the pane (test/browser/support/officeScripts.ts).
    const officeReadyAt = await guarded.page.evaluate(() => (window as unknown as { __officeReadyAt?: number }).__officeReadyAt ?? -1);
    expect(officeReadyAt).toBeGreaterThan(0);
    for (const file of files) {
      const fetched = entries.filter((e) => basename(new URL(e.name).pathname) === file);
      expect({ file, times: fetched.length }).toEqual({ file, times: 1 });
      expect(fetched[0].initiator).toBe("link");
      // Requested alongside the entry script, not after it has run: by ordering, not by a time
      // window. The pane's script calls Office.onReady as it starts, so a request that began
      // before onReady answered came from the page's markup (the preload), not from the script.
      expect(fetched[0].start).toBeLessThan(officeReadyAt);
    }
    expect(guarded.cspViolations).toEqual([]);
    expect(guarded.errors).toEqual([]);
  } finally {
    await guarded.context.close();
  }
});
