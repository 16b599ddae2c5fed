#!/usr/bin/env node
/**
 * Where the time from Office.onReady to the diagnosis on screen goes, on the browser suite's
 * typical NDR: opens the built pane (dist/, or PANE_DIST) under the simulated Outlook on the web,
 * as scripts/bench-pane.ts (npm run bench:pane) does, and prints per run
 *   - the request waterfall of the pane's own files (start → end, relative to navigation),
 *   - the pane's performance marks (src/taskpane/common/perfMarks.ts), relative to onReady,
 *   - optionally (--profile) a CPU profile summary: self time by script over the onReady → headline window.
 *
 *   npx tsx scripts/trace-first-diagnosis.mjs [--runs 5] [--quiet] [--profile] [--trace FILE.json] [--compare OTHER_DIST]
 *
 * --compare alternates runs between this build and another (e.g. one built from the previous
 * commit) and prints both medians: on a shared, loaded machine only an interleaved A/B is fair.
 *
 * --trace writes a Chromium trace (chrome://tracing / Perfetto) of the last run.
 * A diagnostic tool, not a test: it asserts nothing, and the benchmark stays in the browser suite.
 */
// Page functions run in Chromium; the rest in Node.
/* global window, performance, URL */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createRequire } from "node:module";

// The browser suite's own helpers (TypeScript, CommonJS with __dirname): loaded through tsx's require hook.
const require = createRequire(import.meta.url);
const { launchChromium, openGuardedPage } = require("../test/browser/support/chromium.ts");
const { serveSimulatedOffice, simulatedOfficeScript } = require("../test/browser/support/officeScripts.ts");
const { eml, item, waitForHeadline, webProfile } = require("../test/browser/support/outlookPane.ts");
const { DIST, servePane } = require("../test/browser/support/paneServer.ts");
const { serveFolder } = require("../test/browser/support/staticServer.ts");
const { SourceMapConsumer } = require("source-map");

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const profile = args.includes("--profile");
const traceFile = args.includes("--trace") ? args[args.indexOf("--trace") + 1] : undefined;
const quiet = args.includes("--quiet");
const compareDir = args.includes("--compare") ? args[args.indexOf("--compare") + 1] : undefined;
/** Totals (onReady → headline) of the --compare build's runs. */
const otherTotals = [];
/** Per run: ms from onReady to each pane mark (first occurrence) and to the headline. */
const phaseRuns = [];
const FIXTURE = "exo-new-5.1.1-recipient-not-found-typical-30kb.eml";

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : "      -");

/** Self time per script URL (ms) from a V8 CPU profile, only for samples inside [from, to] (µs, profile clock). */
function selfTimeByScript(cpu, fromUs, toUs) {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  let t = cpu.startTime;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    const dt = (cpu.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < fromUs || t > toUs) continue;
    const node = byId.get(cpu.samples[i]);
    const frame = node.callFrame;
    const key = frame.url ? `${basename(frame.url.split("?")[0]) || frame.url}` : `(${frame.functionName || "program"})`;
    totals.set(key, (totals.get(key) ?? 0) + dt);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

/** The profile time (µs) of the first sample inside the named function. */
function profileClockOffset(cpu, functionName) {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  let t = cpu.startTime;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    if (byId.get(cpu.samples[i]).callFrame.functionName === functionName) return t;
  }
  throw new Error(`no sample in ${functionName}: the profile can't be aligned`);
}

/** Source maps of the built pane, when it was built with them (hidden-source-map): names minified frames. */
const consumers = new Map();
async function consumerFor(file) {
  if (!consumers.has(file)) {
    const map = resolve(DIST, `${file}.map`);
    consumers.set(file, existsSync(map) ? await new SourceMapConsumer(JSON.parse(readFileSync(map, "utf8"))) : undefined);
  }
  return consumers.get(file);
}

/** "function file:line" for a frame, through the source map when there is one. */
async function frameName(f) {
  const file = basename(f.url.split("?")[0]);
  const consumer = file ? await consumerFor(file) : undefined;
  if (consumer && f.lineNumber >= 0) {
    const pos = consumer.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    if (pos.source) return `${pos.name ?? f.functionName ?? "(anon)"} ${pos.source.replace(/^webpack:\/\/[^/]*\//, "")}:${pos.line}`;
  }
  return `${f.functionName || "(anon)"} ${file}:${f.lineNumber}:${f.columnNumber}`;
}

/** Self time (ms) inside [from, to] (µs), by function and by source file (node_modules package or src/ path). */
async function topFunctions(cpu, fromUs, toUs, n) {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const files = new Map();
  let t = cpu.startTime;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    const dt = (cpu.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < fromUs || t > toUs) continue;
    const name = await frameName(byId.get(cpu.samples[i]).callFrame);
    totals.set(name, (totals.get(name) ?? 0) + dt);
    const where = name.includes(" ") ? name.slice(name.indexOf(" ") + 1).replace(/:\d+(:\d+)?$/, "") : name;
    const group = where.includes("node_modules/") ? where.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1") : where;
    files.set(group, (files.get(group) ?? 0) + dt);
  }
  const top = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { functions: top(totals), files: top(files) };
}

const [server, browser] = await Promise.all([servePane(), launchChromium()]);
const office = serveSimulatedOffice(await simulatedOfficeScript(webProfile(item("Undeliverable: Contract draft for review", eml(FIXTURE)))));
const other = compareDir ? await serveFolder(compareDir) : undefined;
try {
  for (let run = 0; run < runs; run++) {
    if (other) {
      const g = await openGuardedPage(browser, 450, office);
      await g.page.goto(`${other.origin}/taskpane.html`);
      await waitForHeadline(g.page);
      otherTotals.push(await g.page.evaluate(() => window.__diagnosisAt - window.__officeReadyAt));
      await g.context.close();
    }
    const guarded = await openGuardedPage(browser, 450, office);
    const { page } = guarded;
    const cdp = await page.context().newCDPSession(page);
    const last = run === runs - 1;
    if (profile) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    const traceChunks = [];
    if (traceFile && last) {
      cdp.on("Tracing.dataCollected", (e) => traceChunks.push(...e.value));
      await cdp.send("Tracing.start", {
        categories: "devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing,loading,netlog",
        transferMode: "ReportEvents",
      });
    }
    await page.goto(`${server.origin}/taskpane.html?perf=1`);
    await waitForHeadline(page);
    await page.waitForTimeout(300);
    const data = await page.evaluate(() => {
      const w = window;
      const res = performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, initiator: e.initiatorType }));
      const marks = performance.getEntriesByType("mark").map((m) => ({ name: m.name, t: m.startTime }));
      const paints = performance.getEntriesByType("paint").map((p) => ({ name: p.name, t: p.startTime }));
      return { ready: w.__officeReadyAt, diagnosis: w.__diagnosisAt, res, marks, paints, timeOrigin: performance.timeOrigin };
    });
    const total = data.diagnosis - data.ready;
    const at = { headline: total };
    for (const m of data.marks) if (m.name.startsWith("ndr:") && !(m.name in at)) at[m.name] = m.t - data.ready;
    phaseRuns.push(at);
    if (quiet) {
      await guarded.context.close();
      continue;
    }
    console.log(`\nrun ${run + 1}: onReady at ${fmt(data.ready)} ms, headline at ${fmt(data.diagnosis)} ms → ${total.toFixed(1)} ms`);
    console.log("  requests (ms since navigation):");
    for (const r of data.res) console.log(`    ${fmt(r.start)} → ${fmt(r.end)}  ${basename(new URL(r.name).pathname)}`);
    console.log("  marks (ms since onReady):");
    for (const m of [...data.marks, ...data.paints].sort((a, b) => a.t - b.t)) console.log(`    ${fmt(m.t - data.ready)}  ${m.name}`);
    if (profile) {
      // Calibration: a busy loop with a known name, started at a known performance.now(); its first
      // sample puts the profile's clock (µs, TimeTicks) and the page's clock side by side.
      const calibratedAt = await page.evaluate(
        "(function ndrCalibrate() { const t0 = performance.now(); while (performance.now() - t0 < 8) {} return t0; })()",
      );
      const { profile: cpu } = await cdp.send("Profiler.stop");
      const offsetUs = profileClockOffset(cpu, "ndrCalibrate") - calibratedAt * 1000;
      const windowFrom = offsetUs + data.ready * 1000;
      const windowTo = windowFrom + total * 1000;
      console.log("  CPU self time by script in the onReady → headline window (ms):");
      for (const [k, v] of selfTimeByScript(cpu, windowFrom, windowTo).slice(0, 12)) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`);
      // Per phase: between consecutive pane marks (ndr:*), what ran.
      const phases = [{ name: "ndr:onReady", t: data.ready }, ...data.marks.filter((m) => m.name.startsWith("ndr:")), { name: "headline", t: data.diagnosis }];
      for (let i = 1; i < phases.length; i++) {
        const from = windowFrom + (phases[i - 1].t - data.ready) * 1000;
        const to = windowFrom + (phases[i].t - data.ready) * 1000;
        if (to - from < 2000) continue;
        const part = await topFunctions(cpu, from, to, 6);
        console.log(
          `  ${phases[i - 1].name} → ${phases[i].name}: ${((to - from) / 1000).toFixed(1)} ms; ${part.files.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")}`,
        );
      }
      const { functions, files } = await topFunctions(cpu, windowFrom, windowTo, 20);
      console.log("  self time by source file or package (ms):");
      for (const [k, v] of files) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`);
      console.log("  top functions (self ms):");
      for (const [k, v] of functions) console.log(`    ${v.toFixed(1).padStart(6)}  ${k}`);
    }
    if (traceFile && last) {
      const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
      await cdp.send("Tracing.end");
      await done;
      writeFileSync(traceFile, JSON.stringify({ traceEvents: traceChunks }));
      console.log(`  trace written to ${traceFile}`);
    }
    await guarded.context.close();
  }
  // Medians of each mark's time since onReady (and of the step from the previous mark).
  const median = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  };
  const names = [...new Set(phaseRuns.flatMap((r) => Object.keys(r)))].sort(
    (a, b) => median(phaseRuns.map((r) => r[a] ?? NaN).filter(Number.isFinite)) - median(phaseRuns.map((r) => r[b] ?? NaN).filter(Number.isFinite)),
  );
  console.log(`\nmedians over ${phaseRuns.length} runs (ms since onReady; step = median of the difference to the previous mark):`);
  let previous;
  for (const name of names) {
    const t = median(phaseRuns.map((r) => r[name]).filter(Number.isFinite));
    const step = previous ? median(phaseRuns.map((r) => r[name] - (r[previous] ?? 0)).filter(Number.isFinite)) : t;
    console.log(`  ${fmt(t)}  (step ${fmt(step)})  ${name}`);
    previous = name;
  }
  if (other) {
    console.log(
      `  this build: median ${fmt(median(phaseRuns.map((r) => r.headline)))} ms; ${compareDir}: median ${fmt(median(otherTotals))} ms (${runs} interleaved runs each)`,
    );
  }
} finally {
  await other?.close();
  await browser.close();
  await server.close();
}
