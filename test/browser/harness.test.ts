// Checks the browser-test harness itself on a trivial page: the Office CDN is served locally (real
// office.js or the simulator), nothing else leaves loopback, and the file server stays in its folder.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, openGuardedPage, OFFICE_CDN_PREFIX } from "./support/chromium";
import { serveRealOffice, serveSimulatedOffice, simulatedOfficeScript } from "./support/officeScripts";
import { serveFolder, type StaticServer } from "./support/staticServer";

const PAGE = `<!doctype html><html><head><script src="${OFFICE_CDN_PREFIX}office.js"></script></head><body>
<img src="https://tracker.invalid/pixel.png" alt="">
<pre id="out">waiting</pre>
<script>
  Office.onReady().then(function (info) {
    var item = Office.context && Office.context.mailbox ? Office.context.mailbox.item : undefined;
    document.getElementById("out").textContent = JSON.stringify({ host: info.host, subject: item ? item.subject : null });
  });
</script></body></html>`;

let folder: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ndr-harness-"));
  await writeFile(join(folder, "taskpane.html"), PAGE);
  server = await serveFolder(folder);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

async function readyResult(page: import("playwright-core").Page): Promise<{ host: string | null; subject: string | null }> {
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("out")?.textContent !== "waiting", undefined, { timeout: 30000 });
  return JSON.parse((await page.textContent("#out")) ?? "null");
}

test("real office.js from the npm package resolves onReady outside Office with host null", async () => {
  const { context, page, blocked } = await openGuardedPage(browser, 450, serveRealOffice());
  try {
    expect(await readyResult(page)).toEqual({ host: null, subject: null });
    expect(blocked).toContain("https://tracker.invalid/pixel.png");
  } finally {
    await context.close();
  }
});

test("the simulated Office answers as Outlook with the profile's item", async () => {
  const script = await simulatedOfficeScript({
    name: "web",
    mailbox: "1.15",
    readyHost: "Outlook",
    item: {
      subject: "Harness check",
      dateTimeCreated: "2026-09-02T14:05:31Z",
      from: { displayName: "Postmaster", emailAddress: "postmaster@northwind.example" },
      itemId: "AAMkHarness",
      itemClass: "IPM.Note",
    },
  });
  const { context, page, blocked } = await openGuardedPage(browser, 320, serveSimulatedOffice(script));
  try {
    expect(await readyResult(page)).toEqual({ host: "Outlook", subject: "Harness check" });
    expect(await page.evaluate(() => typeof (window as unknown as { __simulated?: unknown }).__simulated)).toBe("object");
    expect(blocked).toEqual(["https://tracker.invalid/pixel.png"]);
  } finally {
    await context.close();
  }
});

test("the file server serves only its folder", async () => {
  const ok = await fetch(`${server.origin}/taskpane.html`);
  expect(ok.status).toBe(200);
  const escape = await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`);
  expect(escape.status).toBe(404);
});
