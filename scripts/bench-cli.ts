/**
 * Whole-process speed of the command line (start-up included), the way an admin runs it:
 *
 *  - corpus×20: every message of ../shared/corpus copied 20 times into a temp folder (never into
 *    the repo), through `--summary --json DIR` and `--json FILE...`;
 *  - generated: N varied NDRs (default 10,000; Exchange Online, Postfix with returned attachments,
 *    ordinary mail), through `--summary --json DIR`;
 *  - one small file, for the start-up cost of a small run.
 *
 * Each is run pinned to one core (`taskset -c 0`, when taskset exists) and on every core. Figures:
 * files/s from wall time (median and best of --runs), CPU seconds of the whole process tree (the
 * CLI and its classifier processes, from bash's `times`), and peak resident memory of the tree
 * (sum over its processes, sampled every 20 ms from /proc on Linux).
 *
 * Usage: npx tsx scripts/bench-cli.ts [--runs R] [--count N] [--copies C] [--bin PATH] [--only corpus|generated|small] [--keep]
 * (--bin benchmarks another checkout's bin/ndr-assistant.cjs, e.g. the main branch's, for before/after.)
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { filesUnder } from "./lib/filesUnder";

const ROOT = join(__dirname, "..");
const CORPUS = join(ROOT, "..", "shared", "corpus");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const RUNS = Number(arg("--runs", "5"));
const COUNT = Number(arg("--count", "10000"));
const COPIES = Number(arg("--copies", "20"));
const BIN = arg("--bin", join(ROOT, "bin", "ndr-assistant.cjs"));
const ONLY = arg("--only", "");
const KEEP = process.argv.includes("--keep");

/** Deterministic PRNG (mulberry32) so every run benchmarks the same files. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20240514);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const FIRST = ["megan", "lee", "pradeep", "isaiah", "adele", "diego", "grady", "lidia", "nestor", "patti", "joni", "lynne"];
const LAST = ["bowen", "gu", "gupta", "langer", "vance", "siciliani", "archie", "holloway", "wilke", "fernandez", "sherman", "robbins"];
const DOMAINS = Array.from(
  { length: 60 },
  (_, i) => `${pick(["fabrikam", "northwind", "tailspin", "wingtip", "litware", "adatum", "proseware", "woodgrove"])}${i}.example`,
);
const SUBJECTS = ["Quarterly figures", "Board pack", "Invoice 2024-117", "Travel plans", "Re: Contract draft", "Minutes of Tuesday"];

interface Failure {
  status: string;
  reply: string;
  text: string;
}
const FAILURES: readonly Failure[] = [
  { status: "5.4.1", reply: "550", text: "Relay Access Denied [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]" },
  { status: "5.4.1", reply: "550", text: "Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT088.eop-EUR01.prod.protection.outlook.com]" },
  { status: "5.1.1", reply: "550", text: "RESOLVER.ADR.RecipNotFound; not found" },
  { status: "5.2.2", reply: "552", text: "Mailbox full: quota exceeded" },
  { status: "5.7.1", reply: "550", text: "Service unavailable, Client host [203.0.113.7] blocked using Spamhaus" },
  { status: "5.7.509", reply: "550", text: "Access denied, sending domain contoso.com does not pass DMARC verification and has a DMARC policy of reject." },
  { status: "4.4.7", reply: "550", text: "Message expired" },
];

function received(hops: number, r: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < hops; i++) {
    const n = Math.floor(r() * 9000) + 1000;
    out.push(
      `Received: from AM0PR01MB${n}.eurprd01.prod.exchangelabs.com (2603:10a6:208:${i}::11)\r\n by AM0PR01MB${n + 1}.eurprd01.prod.exchangelabs.com with Microsoft SMTP Server id 15.20.7544.${i}; Tue, 14 May 2024 09:12:0${i % 10} +0000`,
    );
  }
  return out.join("\r\n");
}

function qp(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const esc = line.replace(/=/g, "=3D");
      const parts: string[] = [];
      for (let i = 0; i < esc.length; i += 72) parts.push(esc.slice(i, i + 72));
      return parts.join("=\r\n");
    })
    .join("\r\n");
}

/** Exchange Online "new" layout: text + HTML alternative, DSN, original headers. */
function exoNew(to: string, f: Failure, subject: string, id: number): string {
  const host = `AM0PR0${id % 9}MB${6000 + (id % 500)}.eurprd0${id % 9}.prod.outlook.com`;
  const text = `Your message to ${to} couldn't be delivered.\n\n${to.split("@")[1]} isn't set up to accept messages.\n\nHow to Fix It\n${"The message couldn't be delivered. ".repeat(8)}\n\nMore Info for Email Admins\nStatus code: ${f.reply} ${f.status}\n\nOriginal Message Details\nSender Address:\talex.wilber@contoso.com\nRecipient Address:\t${to}\nSubject:\t${subject}\n\nError Details\nReported error:\t${f.reply} ${f.status} ${f.text}\nDSN generated by:\t${host}\n`;
  const html = `<html><head><style>${".c{font-family:Segoe UI;font-size:14px;color:#333}".repeat(60)}</style></head><body>${text
    .split("\n")
    .map((l) => `<p style="font-family:Segoe UI">${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n")}</body></html>`;
  return `From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>\r\nTo: alex.wilber@contoso.com\r\nSubject: Undeliverable: ${subject}\r\nMessage-ID: <ndr-${id}@${host}>\r\nX-MS-Exchange-Message-Is-Ndr:\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="outer"\r\n\r\n--outer\r\nContent-Type: multipart/alternative; boundary="alt"\r\n\r\n--alt\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(text)}\r\n--alt\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(html)}\r\n--alt--\r\n\r\n--outer\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;${host}\r\n\r\nFinal-Recipient: rfc822;${to}\r\nAction: failed\r\nStatus: ${f.status}\r\nDiagnostic-Code: smtp;${f.reply} ${f.status} ${f.text}\r\n\r\n--outer\r\nContent-Type: text/rfc822-headers\r\n\r\n${received(30, rand)}\r\nARC-Seal: i=1; a=rsa-sha256; d=microsoft.com; cv=none; b=${"A".repeat(400)}\r\nFrom: Alex Wilber <alex.wilber@contoso.com>\r\nTo: ${to}\r\nSubject: ${subject}\r\nMessage-ID: <orig-${id}@contoso.com>\r\n\r\n--outer--\r\n`;
}

/** Postfix bounce with one or two recipients. */
function postfix(tos: string[], fs: Failure[], subject: string, id: number): string {
  const human = tos
    .map(
      (to, i) => `<${to}>: host mx.${to.split("@")[1]}[198.51.100.${i + 1}] said: ${fs[i].reply} ${fs[i].status} ${fs[i].text} (in reply to RCPT TO command)`,
    )
    .join("\r\n\r\n");
  const dsn = tos
    .map(
      (to, i) =>
        `Final-Recipient: rfc822; ${to}\r\nAction: failed\r\nStatus: ${fs[i].status}\r\nRemote-MTA: dns; mx.${to.split("@")[1]}\r\nDiagnostic-Code: smtp; ${fs[i].reply} ${fs[i].status} ${fs[i].text}`,
    )
    .join("\r\n\r\n");
  return `From: MAILER-DAEMON@mail${id % 4}.example.net (Mail Delivery System)\r\nTo: sender@example.net\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="pf${id}"\r\n\r\n--pf${id}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host mail${id % 4}.example.net.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n${human}\r\n\r\n--pf${id}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail${id % 4}.example.net\r\n\r\n${dsn}\r\n\r\n--pf${id}\r\nContent-Type: message/rfc822\r\n\r\n${received(6, rand)}\r\nFrom: Sender <sender@example.net>\r\nTo: ${tos.join(", ")}\r\nSubject: ${subject}\r\nContent-Type: multipart/mixed; boundary="o${id}"\r\n\r\n--o${id}\r\nContent-Type: text/plain\r\n\r\n${"Please find the figures attached. ".repeat(40)}\r\n--o${id}\r\nContent-Type: application/pdf; name="figures.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${PDF_LINE.repeat(200 + Math.floor(rand() * 400))}--o${id}--\r\n\r\n--pf${id}--\r\n`;
}

const PDF_LINE = "JVBERi0xLjcKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29k\r\n";

function ordinary(id: number): string {
  return `From: Megan Bowen <megan.bowen@fabrikam.example>\r\nTo: alex.wilber@contoso.com\r\nSubject: Lunch ${id}\r\nMessage-ID: <lunch-${id}@fabrikam.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${"Are you free on Thursday? ".repeat(30)}\r\n`;
}

function address(): string {
  return `${pick(FIRST)}.${pick(LAST)}@${pick(DOMAINS)}`;
}

function generate(dir: string, count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // 100 files per folder, so the walk is exercised as well as the reads.
    const sub = join(dir, `batch-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const roll = rand();
    let mime: string;
    if (roll < 0.55) mime = exoNew(address(), pick(FAILURES), pick(SUBJECTS), i);
    else if (roll < 0.8) mime = postfix([address()], [pick(FAILURES)], pick(SUBJECTS), i);
    else if (roll < 0.95) mime = postfix([address(), address()], [pick(FAILURES), pick(FAILURES)], pick(SUBJECTS), i);
    else mime = ordinary(i);
    writeFileSync(join(sub, `ndr-${String(i).padStart(5, "0")}.eml`), mime);
    bytes += Buffer.byteLength(mime);
  }
  return bytes;
}

/** The corpus copied `copies` times; returns the files in the order the CLI's walk lists them. */
function copyCorpus(dir: string, copies: number): string[] {
  const sources = filesUnder(CORPUS, (name) => name.endsWith(".eml") || name.endsWith(".msg"));
  for (let c = 0; c < copies; c++) {
    for (const src of sources) {
      const dest = join(dir, `copy-${String(c).padStart(2, "0")}`, relative(CORPUS, src));
      mkdirSync(join(dest, ".."), { recursive: true });
      copyFileSync(src, dest);
    }
  }
  return filesUnder(dir, (name) => name.endsWith(".eml") || name.endsWith(".msg"));
}

interface Measure {
  seconds: number;
  cpu: number;
  peakMb: number;
  stdout: string;
}

/** Resident memory of `pid` and all its descendants, in MB (0 where /proc is not there). */
function treeRssMb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "latin1");
      total += (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[21]) * 4096) / (1024 * 1024);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, "latin1").split(" ")) if (child.trim()) stack.push(Number(child));
      }
    } catch {
      // Gone while it was read, or no /proc.
    }
  }
  return total;
}

/** Runs the CLI under bash so `times` reports the CPU of the whole process tree. */
function measure(args: string[], pinned: boolean): Promise<Measure> {
  const outFile = join(tmpdir(), `ndr-bench-out-${process.pid}.txt`);
  const argFile = join(tmpdir(), `ndr-bench-args-${process.pid}.txt`);
  // Arguments go through a file (NUL-separated): thousands of paths would not fit a shell line nicely.
  writeFileSync(argFile, args.join("\0"));
  const script = `mapfile -d '' -t ARGS < "$1"; ${pinned ? "taskset -c 0 " : ""}"$2" "$3" "\${ARGS[@]}" > "$4" 2>/dev/null; echo "exit=$?" >&2; times >&2`;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn("bash", ["-c", script, "bench", argFile, process.execPath, BIN, outFile], { stdio: ["ignore", "ignore", "pipe"] });
    let peakMb = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakMb = Math.max(peakMb, treeRssMb(child.pid));
    }, 20);
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", () => {
      const seconds = (performance.now() - start) / 1000;
      clearInterval(sampler);
      const lines = err.trim().split("\n");
      const exit = /exit=(\d+)/.exec(err)?.[1];
      const childTimes = lines[lines.length - 1].split(/\s+/).map((t) => {
        const m = /(\d+)m([\d.]+)s/.exec(t);
        return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
      });
      const stdout = readFileSync(outFile, "utf8");
      rmSync(outFile, { force: true });
      rmSync(argFile, { force: true });
      if (exit !== "0" && exit !== "2") reject(new Error(`exit ${exit}: ${err.slice(0, 500)}`));
      else resolve({ seconds, cpu: childTimes[0] + childTimes[1], peakMb, stdout });
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bench(label: string, files: number, args: string[], pinned: boolean, check: (stdout: string) => void): Promise<void> {
  const runs: Measure[] = [];
  for (let r = 0; r < RUNS; r++) {
    const m = await measure(args, pinned);
    check(m.stdout);
    runs.push(m);
  }
  const rates = runs.map((m) => files / m.seconds);
  const where = pinned ? "1 core" : "all cores";
  console.log(
    `| ${label} | ${where} | ${files.toLocaleString("en-US")} | **${Math.round(median(rates)).toLocaleString("en-US")}** (best ${Math.round(Math.max(...rates)).toLocaleString("en-US")}) | ${median(runs.map((m) => m.seconds)).toFixed(2)} s | ${median(runs.map((m) => m.cpu)).toFixed(2)} s | ${Math.round(Math.max(...runs.map((m) => m.peakMb)))} MB |`,
  );
}

function summaryTotals(expectFiles: number): (stdout: string) => void {
  return (stdout) => {
    const totals = (JSON.parse(stdout) as { totals: { files: number; unreadable: number } }).totals;
    if (totals.files !== expectFiles || totals.unreadable) throw new Error(`unexpected totals ${JSON.stringify(totals)}`);
  };
}

function arrayOf(expectFiles: number): (stdout: string) => void {
  return (stdout) => {
    const n = (JSON.parse(stdout) as unknown[]).length;
    if (n !== expectFiles) throw new Error(`expected ${expectFiles} results, got ${n}`);
  };
}

async function main(): Promise<void> {
  const pinnable = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const modes = pinnable ? [true, false] : [false];
  const dir = mkdtempSync(join(tmpdir(), "ndr-bench-cli-"));
  console.log(`bin: ${BIN}; Node ${process.version}; ${RUNS} runs each; files/s from wall time, start-up included (median, best)`);
  console.log("| set | cores | files | files/s | wall | CPU (all processes) | peak RSS (all processes) |");
  console.log("|---|---|---|---|---|---|---|");
  try {
    if (!ONLY || ONLY === "small") {
      const one = [join(ROOT, "test", "fixtures", "dsn-only-5.1.1.eml")];
      for (const pinned of modes) await bench("one small file, text", 1, one, pinned, () => undefined);
    }
    if (!ONLY || ONLY === "corpus") {
      const corpusDir = join(dir, "corpus");
      const files = copyCorpus(corpusDir, COPIES);
      if (!files.length) console.log(`(no ${CORPUS}: corpus runs skipped)`);
      else {
        for (const pinned of modes) {
          await bench(`corpus×${COPIES} --summary --json`, files.length, ["--summary", "--json", corpusDir], pinned, summaryTotals(files.length));
          await bench(`corpus×${COPIES} --json FILE...`, files.length, ["--json", ...files], pinned, arrayOf(files.length));
        }
        // An older bin (--bin) has no --jobs.
        const help = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" }).stdout;
        if (help.includes("--jobs"))
          await bench(
            `corpus×${COPIES} --summary --json --jobs 1`,
            files.length,
            ["--summary", "--json", "--jobs", "1", corpusDir],
            false,
            summaryTotals(files.length),
          );
      }
    }
    if (!ONLY || ONLY === "generated") {
      const genDir = join(dir, "generated");
      const bytes = generate(genDir, COUNT);
      const label = `${COUNT.toLocaleString("en-US")} generated NDRs (${Math.round(bytes / COUNT / 1024)} KB avg) --summary --json`;
      for (const pinned of modes) await bench(label, COUNT, ["--summary", "--json", genDir], pinned, summaryTotals(COUNT));
    }
  } finally {
    if (KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

void main();
