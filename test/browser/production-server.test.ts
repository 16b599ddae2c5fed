// The built pane served by the production server (npm run serve) instead of the test's static
// server, framed the way Outlook on the web shows it: inside an iframe of another origin. The pane
// must load and explain a bounce under the server's headers, with the header policy equal to the
// meta policy the page carries, and no policy violation or console error.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Response } from "playwright-core";
import { launchChromium, openGuardedPage, screenshot } from "./support/chromium";
import { serveRealOffice, serveSimulatedOffice, simulatedOfficeScript } from "./support/officeScripts";
import { eml, item, webProfile } from "./support/outlookPane";
import { serveProduction } from "./support/productionServer";
import { serveFolder, type StaticServer } from "./support/staticServer";

const IMMUTABLE = "public, max-age=31536000, immutable";

let server: StaticServer;
/**
 * Stands in for Outlook on the web: another origin (another port) whose page frames the pane. On
 * loopback like the server, since Chromium won't let a public page frame a local server, which a
 * real deployment (both public) never meets.
 */
let outlook: StaticServer;
let outlookFolder: string;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveProduction(), launchChromium()]);
  outlookFolder = await mkdtemp(join(tmpdir(), "ndr-outlook-"));
  await writeFile(
    join(outlookFolder, "mail.html"),
    `<!doctype html><title>Outlook</title><iframe id=pane title="NDR Assistant" style="width:450px;height:850px;border:0" src="${server.origin}/taskpane.html?admin=helpdesk%40contoso.com"></iframe>`,
  );
  outlook = await serveFolder(outlookFolder);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await outlook?.close();
  if (outlookFolder) await rm(outlookFolder, { recursive: true, force: true });
});

test("inside an iframe of another origin (as Outlook on the web shows it), the pane explains a bounce", async () => {
  const profile = webProfile(item("Undeliverable: Contract draft for review", eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml")));
  const guarded = await openGuardedPage(browser, 1000, serveSimulatedOffice(await simulatedOfficeScript(profile)));
  const { context, page } = guarded;
  try {
    expect(new URL(outlook.origin).origin).not.toBe(new URL(server.origin).origin);
    const responses: Response[] = [];
    page.on("response", (r) => responses.push(r));
    await page.goto(`${outlook.origin}/mail.html`);
    const frame = (await (await page.waitForSelector("iframe#pane")).contentFrame()) as Frame;
    await frame.locator("main section[aria-labelledby] h2").first().waitFor({ timeout: 30000 });
    await screenshot(page, "production-server-framed-450");

    const html = responses.find((r) => new URL(r.url()).pathname === "/taskpane.html");
    expect(html?.status()).toBe(200);
    const headers = (await html?.allHeaders()) ?? {};
    const meta = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"));
    expect(headers["content-security-policy"]).toBe(meta);
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "strict-transport-security": "max-age=31536000",
      "cache-control": "no-cache",
    });

    const scripts = responses.filter((r) => r.url().startsWith(server.origin) && r.url().endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const h = await script.allHeaders();
      expect({ url: script.url(), cache: h["cache-control"] }).toEqual({ url: script.url(), cache: IMMUTABLE });
      expect(["br", "gzip"]).toContain(h["content-encoding"]);
    }

    expect(guarded.cspViolations).toEqual([]);
    expect(guarded.errors).toEqual([]);
    expect(guarded.blocked).toEqual([]);
  } finally {
    await context.close();
  }
});

test("opened directly in a browser with the real office.js, the pane starts in preview mode", async () => {
  const guarded = await openGuardedPage(browser, 450, serveRealOffice());
  try {
    await guarded.page.goto(`${server.origin}/`);
    expect(new URL(guarded.page.url()).pathname).toBe("/taskpane.html");
    await guarded.page.getByRole("region", { name: "Check another bounce" }).waitFor({ timeout: 30000 });
    expect(guarded.cspViolations).toEqual([]);
    expect(guarded.errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
  } finally {
    await guarded.context.close();
  }
});
