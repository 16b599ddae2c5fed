/** Exchange Online's "Message Hops" table, read into Diagnosis.hops from the text or the HTML part. */
import { classify } from "../../src/classifier";
import { extractHops } from "../../src/classifier/prose/hops";
import type { MessageHop } from "../../src/classifier/types";
import { classifyFixture, fixtureBytes } from "./fixtureLoader";

const CIPHER = "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)";
const RELAY_FIXTURE_HOPS: MessageHop[] = [
  { hop: 1, time: "5/14/2024 9:11:58 AM", to: "AM0PR01MB6001.eurprd01.prod.exchangelabs.com", with: "mapi", relayTime: "*" },
  {
    hop: 2,
    time: "5/14/2024 9:11:59 AM",
    from: "AM0PR01MB6001.eurprd01.prod.exchangelabs.com",
    to: "AM0PR01MB6002.eurprd01.prod.exchangelabs.com",
    with: CIPHER,
    relayTime: "1 sec",
  },
  {
    hop: 3,
    time: "5/14/2024 9:12:01 AM",
    from: "AM0PR01MB6002.eurprd01.prod.exchangelabs.com",
    to: "BN8NAM12FT045.mail.protection.outlook.com",
    with: CIPHER,
    relayTime: "2 sec",
  },
];

/** The HTML alternative of a fixture, as Office.js body.getAsync(Html) would hand it over. */
function htmlPartOf(name: string): string {
  const src = Buffer.from(fixtureBytes(name)).toString("latin1");
  const start = src.indexOf("Content-Type: text/html");
  const body = src.slice(src.indexOf("\r\n\r\n", start) + 4, src.indexOf("\r\n--", start));
  return Buffer.from(
    body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");
}

describe("Message Hops from the new Exchange Online layout", () => {
  it("reads every row of the text part, the time cell wrapped onto its own line, an empty FROM kept empty", async () => {
    const d = await classifyFixture("exo-new-5.4.1-relay-access-denied.eml");
    expect(d.layout).toBe("exo-new");
    expect(d.hops).toEqual(RELAY_FIXTURE_HOPS);
  });

  it("reads the HTML table when only HTML is there", async () => {
    const html = htmlPartOf("exo-new-5.4.1-relay-access-denied.eml");
    expect(html).toContain("<th>RELAY TIME</th>");
    const d = await classify({ html, subject: "Undeliverable: Quarterly figures" });
    expect(d.isBounce).toBe(true);
    expect(d.hops).toEqual(RELAY_FIXTURE_HOPS);
  });

  it("reads the older single-line form, date and time in separate cells", async () => {
    const d = await classifyFixture("exo-new-5.4.1-dbeb-recipient-rejected.eml");
    expect(d.hops).toEqual([
      {
        hop: 1,
        time: "5/14/2024 9:11:58 AM",
        from: "AM0PR01MB6001.eurprd01.prod.exchangelabs.com",
        to: "AM0PR01MB6002.eurprd01.prod.exchangelabs.com",
        with: "HTTPS",
        relayTime: "*",
      },
    ]);
  });

  it("reads the table when tabs became runs of spaces (empty cells then go by what the others look like)", () => {
    const text = [
      "Message Hops",
      "HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME",
      "1       9/1/2017",
      "6:40:30 AM              mail.example.org               *",
      "2       9/1/2017",
      "6:40:32 AM      mail.example.org       localhost       ESMTP   2 sec",
      "",
      "Original Message Headers",
    ].join("\r\n");
    expect(extractHops(text)).toEqual([
      { hop: 1, time: "9/1/2017 6:40:30 AM", to: "mail.example.org", relayTime: "*" },
      { hop: 2, time: "9/1/2017 6:40:32 AM", from: "mail.example.org", to: "localhost", with: "ESMTP", relayTime: "2 sec" },
    ]);
  });

  it("the rows end where the table does: the original's headers below are not hops", () => {
    const row = (n: number): string => `${n}\t5/14/2024 9:12:0${n} AM\ta.example\tb.example\tSMTP\t*`;
    const head = "Message Hops\nHOP\tTIME (UTC)\tFROM\tTO\tWITH\tRELAY TIME\n";
    expect(extractHops(`${head}${row(1)}\n\nOriginal Message Headers\n\nReceived: from a.example\n2\t5/14/2024\tx\n`).map((h) => h.hop)).toEqual([1]);
    // Two blank lines end it; one is what HTML rows turn into.
    expect(extractHops(`${head}${row(1)}\n\n\n${row(2)}\n`).map((h) => h.hop)).toEqual([1]);
    expect(extractHops(`${head}${row(1)}\n\n${row(2)}\n`).map((h) => h.hop)).toEqual([1, 2]);
    // Numbers must follow on: a "3" after hop 1 is not a row.
    expect(extractHops(`${head}${row(1)}\n${row(3)}\n`).map((h) => h.hop)).toEqual([1]);
  });

  it("no table, a redacted one, or a mere mention of hops gives none, and the field stays off the Diagnosis", async () => {
    expect(extractHops("")).toEqual([]);
    expect(extractHops("Message Hops\nREDACTED\n\nOriginal Message Headers")).toEqual([]);
    expect(extractHops("See the Message Hops section for details.\n1\t5/14/2024\tx\ty\tz\t*")).toEqual([]);
    const d = await classifyFixture("exo-classic-5.4.1-relay-access-denied.eml");
    expect(d.isBounce).toBe(true);
    expect("hops" in d).toBe(false);
  });

  it("hostile tables stay bounded: at most 64 rows, cells cut to 300 characters", () => {
    const rows = Array.from({ length: 500 }, (_, i) => `${i + 1}\t5/14/2024 9:12:01 AM\ta.example\tb.example\tSMTP\t*`);
    expect(extractHops(`Message Hops\n${rows.join("\n")}\n`)).toHaveLength(64);
    const long = Array.from({ length: 50 }, (_, i) => `${i + 1}\t5/14/2024 9:12:01 AM\t${"a".repeat(5000)}.example\tb.example\tSMTP\t*`);
    const hops = extractHops(`Message Hops\n${long.join("\n")}\n`);
    // The section read is bounded too (32 KB), so fewer rows of this size fit.
    expect(hops.length).toBeGreaterThan(0);
    expect(hops.length).toBeLessThan(10);
    expect(Math.max(...hops.map((h) => (h.with ?? h.from ?? "").length))).toBeLessThanOrEqual(300);
  });
});
