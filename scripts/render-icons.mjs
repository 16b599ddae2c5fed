// Renders assets/icon.svg to the PNG sizes the manifest references. Run by hand after changing the
// SVG (node scripts/render-icons.mjs); the PNGs are committed, not produced at build or test time.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { chromium } from "playwright-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Desktop 16/32/80, mobile 25/32/48 at scales 1–3 (50, 64, 96, 75, 144), IconUrl 64, HighResolutionIconUrl 128.
const SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

const svg = await readFile(path.join(root, "assets", "icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const scaled = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${scaled}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    const file = path.join(root, "assets", `icon-${size}.png`);
    await writeFile(file, png);
    console.log(`${path.relative(root, file)} ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
