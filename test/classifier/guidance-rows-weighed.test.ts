/**
 * selectGuidance runs for every failed recipient, inside the engine's throughput budget. Its
 * speed comes from weighing only the rows that a call's code or text can select (the code index
 * and the phrase automaton), so that is what is checked here, by count rather than by clock
 * (timings live in scripts/guidance-bench.ts). A return to scanning every row fails.
 */
import { matcherWork, selectGuidance, type GuidanceFacts } from "../../src/classifier/guidance";
import { TABLE_ROWS } from "../../src/classifier/guidance/table";

function rowsWeighed(facts: GuidanceFacts): number {
  const before = matcherWork.rowsWeighed;
  selectGuidance(facts);
  return matcherWork.rowsWeighed - before;
}

const REPLIES: GuidanceFacts[] = [
  {
    status: "5.4.1",
    reply: "550",
    diagnostic: "550 5.4.1 Relay Access Denied [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]",
    remoteMta: "dns;fabrikam-com.mail.protection.outlook.com",
  },
  {
    status: "5.1.1",
    reply: "550",
    diagnostic: "550 5.1.1 <neko@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table",
    reportingMta: "dns;neko1.example.com",
  },
  { status: "5.7.1", reply: "554", diagnostic: "554 5.7.1 <kijitora@example.com>: Relay access denied" },
  { status: "5.2.2", reply: "552", diagnostic: "552 5.2.2 <x@y.org>: Recipient address rejected: Mailbox is full" },
  { status: "5.0.0", reply: "550", diagnostic: "550 Requested action not taken: mailbox unavailable (user has moved)" },
  { status: "4.4.7", reply: "", diagnostic: "" },
];

const PROSE =
  `Your message to megan.bowen@fabrikam.com couldn't be delivered.\nfabrikam.com isn't set up to accept messages.\n${"The message couldn't be delivered because the destination isn't set up for this domain. ".repeat(100)}`.slice(
    0,
    8000,
  );

describe("rows the matcher weighs per call", () => {
  it("the table is large enough for the bound below to mean something", () => {
    expect(TABLE_ROWS.length).toBeGreaterThan(100);
  });

  it.each(REPLIES.map((f) => [f.diagnostic || f.status, f] as const))(
    "a reply text (%s) weighs the rows of its code and phrases, a small share of the table",
    (_label, facts) => {
      // 5.7.1 alone is shared by 14 entries; every other code by far fewer.
      expect(rowsWeighed(facts)).toBeLessThanOrEqual(20);
    },
  );

  it("a code shared by many entries (5.7.1) weighs those entries, not the table", () => {
    const shared = TABLE_ROWS.filter((r) => !r.generic && r.codes.includes("5.7.1")).length;
    expect(shared).toBeGreaterThan(5);
    const n = rowsWeighed({ status: "5.7.1", reply: "550", diagnostic: "" });
    expect(n).toBeGreaterThanOrEqual(shared);
    expect(n).toBeLessThan(shared + 5);
  });

  it("8 KB of report prose (the no-reply path) weighs only the rows its phrases reach", () => {
    expect(rowsWeighed({ status: "5.1.10", reply: "", diagnostic: "", bodyText: PROSE })).toBeLessThanOrEqual(20);
    expect(rowsWeighed({ status: "", reply: "", diagnostic: "", bodyText: PROSE })).toBeLessThanOrEqual(20);
  });

  it("the largest input it reads (16 KB reply, 64 KB body, no known phrase) weighs almost nothing", () => {
    const facts = {
      status: "5.0.0",
      reply: "550",
      diagnostic: "550 5.0.0 " + "lorem ipsum dolor sit amet relay access ".repeat(500),
      bodyText: "quoted original message text with no known phrase ".repeat(1400),
    };
    expect(rowsWeighed(facts)).toBeLessThanOrEqual(15);
  });

  it("a text naming every documented phrase reaches many rows, so the counter does count", () => {
    const all = TABLE_ROWS.flatMap((r) => r.ndrTexts ?? []).join("\n");
    expect(rowsWeighed({ status: "", reply: "", diagnostic: all.slice(0, 16000) })).toBeGreaterThan(50);
  });
});
