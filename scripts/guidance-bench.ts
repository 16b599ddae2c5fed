/**
 * Micro-benchmark of selectGuidance: µs per call, median of several timed runs, per kind of facts.
 * Usage: npx tsx scripts/guidance-bench.ts [CORPUS_DIR] [RUNS]
 * Target: a few µs per typical call (the engine asks once per failed recipient). These timings
 * are the matcher's speed check; test/classifier/guidance-rows-weighed.test.ts checks the
 * rows weighed per call, which needs no clock.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classify } from "../src/classifier";
import { matcherWork, selectGuidance, type GuidanceFacts } from "../src/classifier/guidance";
import { filesUnder, isEml } from "./lib/filesUnder";

const EXO_BODY = `Your message to megan.bowen@fabrikam.com couldn't be delivered.
fabrikam.com isn't set up to accept messages.
How to Fix It
${"The message couldn't be delivered because the destination isn't set up for this domain. ".repeat(20)}
More Info for Email Admins
${"This error usually means the recipient domain's MX record or accepted domain is wrong. ".repeat(30)}
Original Message Details
Created Date: 5/14/2024 9:11:58 AM
Sender Address: alex.wilber@contoso.com
`;

/** Facts shaped like the engine's: a reply text and no body, or (when the reply is missing) up to 8 KB of prose. */
const TYPICAL: GuidanceFacts[] = [
  {
    status: "5.4.1",
    reply: "550",
    diagnostic: "550 5.4.1 Relay Access Denied [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]",
    remoteMta: "dns;fabrikam-com.mail.protection.outlook.com",
    reportingMta: "dns;AM0PR01MB6002.eurprd01.prod.exchangelabs.com",
  },
  {
    status: "5.4.1",
    reply: "550",
    diagnostic: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BL0PR02MB4416.namprd02.prod.outlook.com]",
    reportingMta: "dns;BL0PR02MB4416.namprd02.prod.outlook.com",
  },
  {
    status: "5.1.1",
    reply: "550",
    diagnostic: "550 5.1.1 <neko@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table",
    remoteMta: "dns;mx.example.co.jp",
    reportingMta: "dns;neko1.example.com",
  },
  { status: "5.7.1", reply: "554", diagnostic: "554 5.7.1 <kijitora@example.com>: Relay access denied", reportingMta: "dns;e2-22.smtp-out.amazonses.com" },
  { status: "5.2.2", reply: "552", diagnostic: "552 5.2.2 <x@y.org>: Recipient address rejected: Mailbox is full" },
  { status: "4.4.7", reply: "", diagnostic: "" },
  {
    status: "5.7.606",
    reply: "550",
    diagnostic: "550 5.7.606 Access denied, banned sending IP [192.0.2.7]. To request removal from this list please visit https://sender.office.com/",
  },
  { status: "5.0.0", reply: "550", diagnostic: "550 Requested action not taken: mailbox unavailable (user has moved)" },
  { status: "5.1.10", reply: "550", diagnostic: "", bodyText: EXO_BODY.slice(0, 8000) },
  { status: "", reply: "", diagnostic: "", bodyText: EXO_BODY.slice(0, 8000) },
];

/** The most the matcher will ever read: a 16 KB reply and a 64 KB body that match nothing. */
const WORST: GuidanceFacts[] = [
  {
    status: "5.0.0",
    reply: "550",
    diagnostic: "550 5.0.0 " + "lorem ipsum dolor sit amet relay access ".repeat(500),
    bodyText: "quoted original message text with no known phrase ".repeat(1400),
    remoteMta: "x".repeat(600),
  },
];

/** The facts the engine's Diagnosis holds for every corpus recipient (the reply-text path). */
async function corpusFacts(corpus: string): Promise<GuidanceFacts[]> {
  const facts: GuidanceFacts[] = [];
  for (const f of filesUnder(join(corpus, "set-of-emails", "maildir"), isEml)) {
    const d = await classify(new Uint8Array(readFileSync(f)));
    for (const r of d.recipients)
      facts.push({ status: r.status, reply: r.reply, diagnostic: r.diagnostic, remoteMta: r.remoteMta, reportingMta: d.reportingMta });
  }
  return facts;
}

/** µs per call over `set`, repeated for at least `ms` milliseconds. */
function timeRun(set: GuidanceFacts[], ms: number): number {
  let n = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const f of set) sink += selectGuidance(f).matched.length;
    n += set.length;
    now = performance.now();
  }
  if (sink < 0) console.log(sink); // keeps the calls observable to the optimiser
  return ((now - start) * 1000) / n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const corpus = resolve(process.argv[2] ?? join(__dirname, "..", "..", "shared", "corpus"));
  const runs = Number(process.argv[3] ?? 7);
  const sets: [string, GuidanceFacts[]][] = [
    ["typical (reply text, or 8 KB prose when no reply)", TYPICAL],
    ["reply text only (first 8 typical)", TYPICAL.slice(0, 8)],
    ["8 KB prose, no reply text", TYPICAL.slice(8)],
    ["worst case (16 KB reply + 64 KB body)", WORST],
  ];
  const fromCorpus = await corpusFacts(corpus);
  if (fromCorpus.length > 0) sets.push([`corpus recipients (${fromCorpus.length})`, fromCorpus]);
  for (const [name, set] of sets) {
    timeRun(set, 300); // warm-up: let the JIT settle before timing
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(timeRun(set, 400));
    const before = matcherWork.rowsWeighed;
    for (const f of set) selectGuidance(f);
    const rows = (matcherWork.rowsWeighed - before) / set.length;
    console.log(
      `${name}: ${median(times).toFixed(2)} µs/call median of ${runs} (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}), ${rows.toFixed(1)} rows weighed/call`,
    );
  }
}

void main();
