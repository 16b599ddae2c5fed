import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export const OFFICE_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const SCREENSHOT_DIR = resolve(__dirname, "../../../test-artifacts/screenshots");

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Answers a request for a file under the Office CDN prefix (path relative to it). */
export type OfficeScriptHandler = (route: Route, relativePath: string) => Promise<void>;

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Every request that tried to leave the machine (and was aborted). */
  blocked: string[];
  /** Uncaught page errors and console errors, for failure messages. */
  errors: string[];
  /** Content-Security-Policy violations the page reported ("directive: blocked URI or sample"). */
  cspViolations: string[];
}

function isLoopback(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.protocol === "data:" || url.protocol === "blob:";
}

/**
 * A page that cannot reach the network: loopback passes, the Office CDN goes to `officeScripts`,
 * everything else is aborted and recorded, so a test can assert the pane phoned nobody.
 */
export async function openGuardedPage(browser: Browser, width: number, officeScripts: OfficeScriptHandler): Promise<GuardedPage> {
  // Reduced motion: Fluent skips its expand animations, so screenshots show settled layouts.
  const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers: "block", reducedMotion: "reduce" });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const raw = route.request().url();
    const url = new URL(raw);
    if (raw.startsWith(OFFICE_CDN_PREFIX)) return officeScripts(route, raw.slice(OFFICE_CDN_PREFIX.length).split(/[?#]/)[0]);
    if (isLoopback(url)) return route.continue();
    blocked.push(raw);
    return route.abort("blockedbyclient");
  });
  const cspViolations: string[] = [];
  await context.exposeFunction("__ndrCspViolation", (line: string) => cspViolations.push(line));
  await context.addInitScript(() => {
    const report = (window as unknown as { __ndrCspViolation(line: string): void }).__ndrCspViolation;
    document.addEventListener("securitypolicyviolation", (e) => report(`${e.effectiveDirective}: ${e.blockedURI || e.sample || "inline"}`), true);
  });
  // Stamps performance.now() when the first problem headline enters the DOM (read by the timing benchmark).
  await context.addInitScript(() => {
    const w = window as unknown as { __diagnosisAt?: number };
    const observer = new MutationObserver(() => {
      if (document.querySelector("main section[aria-labelledby] h2")) {
        w.__diagnosisAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { context, page, blocked, errors, cspViolations };
}

/** Waits until the page height has stopped changing (lazy chunks, late layout) for a few frames. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = -1;
        let stable = 0;
        const started = performance.now();
        const tick = (): void => {
          const height = document.documentElement.scrollHeight;
          stable = height === last ? stable + 1 : 0;
          last = height;
          if (stable >= 5 || performance.now() - started > 3000) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await settle(page);
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
