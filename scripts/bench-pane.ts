/**
 * Benchmark (npm run bench:pane, after npm run build): from Office.onReady answering the pane to
 * the diagnosis headline on screen, on a typical ~30 KB Exchange Online NDR, over 20 fresh page
 * loads of the built pane in headless Chromium (simulated Outlook on the web). Prints the median
 * and p95 and writes them, with the pane's JS loaded by then, to test-artifacts/timing.json.
 * A figure for the README, not a test: npm test doesn't run it, and it asserts no duration.
 *
 *   npm run bench:pane [-- --runs 20]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/browser/support/chromium";
import { eml, item, openOutlookPane, waitForHeadline, webProfile } from "../test/browser/support/outlookPane";
import { DIST, servePane } from "../test/browser/support/paneServer";

const FIXTURE = "exo-new-5.1.1-recipient-not-found-typical-30kb.eml";
const TIMING_FILE = resolve(__dirname, "../test-artifacts/timing.json");

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const RUNS = arg("runs", 20);
const round = (ms: number): number => Math.round(ms * 10) / 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const gzipKb = (file: string): number => round(gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length / 1024);

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, "taskpane.html"))) throw new Error(`${DIST}/taskpane.html is missing: build the pane first (npm run build).`);
  const mime = eml(FIXTURE);
  const [server, browser] = await Promise.all([servePane(), launchChromium()]);
  const samples: number[] = [];
  /** The pane's own JS files the page had fetched when the diagnosis appeared (first run). */
  let scriptsBeforeDiagnosis: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const guarded = await openOutlookPane(browser, server, 450, webProfile(item("Undeliverable: Contract draft for review", mime)));
      try {
        // The headline's first paint is stamped in the page, by a MutationObserver armed before the pane's script ran.
        await waitForHeadline(guarded.page);
        const ms = await guarded.page.evaluate(() => {
          const w = window as unknown as { __officeReadyAt?: number; __diagnosisAt?: number };
          return w.__diagnosisAt !== undefined && w.__officeReadyAt !== undefined ? w.__diagnosisAt - w.__officeReadyAt : NaN;
        });
        if (!Number.isFinite(ms)) throw new Error(`run ${run + 1}: the page recorded no onReady or diagnosis time`);
        samples.push(ms);
        if (run === 0) {
          const urls = await guarded.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
          scriptsBeforeDiagnosis = urls.filter((u) => u.startsWith(server.origin) && u.endsWith(".js")).map((u) => basename(new URL(u).pathname));
        }
      } finally {
        await guarded.context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const scripts = scriptsBeforeDiagnosis.map((file) => ({ file, gzipKb: gzipKb(file) }));
  const result = {
    what: "Office.onReady callback → first problem headline in the DOM (built pane, headless Chromium, simulated Outlook on the web)",
    fixture: `test/fixtures/browser/${FIXTURE}`,
    bytes: Buffer.byteLength(mime),
    runs: RUNS,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    samplesMs: samples.map(round),
    /** The pane's JS (not office.js) loaded by the time the diagnosis was on screen, gzipped as served from a CDN. */
    jsBeforeDiagnosis: { files: scripts, totalGzipKb: round(scripts.reduce((sum, s) => sum + s.gzipKb, 0)) },
    measuredAt: new Date().toISOString(),
  };
  mkdirSync(resolve(TIMING_FILE, ".."), { recursive: true });
  writeFileSync(TIMING_FILE, JSON.stringify(result, null, 2) + "\n");
  console.log(
    `onReady → diagnosis: median ${result.medianMs} ms, p95 ${result.p95Ms} ms (min ${result.minMs}, max ${result.maxMs}) over ${RUNS} runs; ` +
      `pane JS before the diagnosis ${result.jsBeforeDiagnosis.totalGzipKb} KB gzipped (${scripts.map((s) => s.file).join(", ")}) (${TIMING_FILE})`,
  );
  if (!scripts.some((s) => s.file.startsWith("taskpane."))) throw new Error("the entry script was not among the files loaded before the diagnosis");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
