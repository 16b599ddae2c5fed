/**
 * Input families that once took quadratic (or worse) time, each measured at two sizes: the big
 * input must cost about its size ratio more CPU, never its square. See support/cpuScaling.ts for
 * why this is CPU time, medians and a ratio rather than a wall-clock limit.
 */
import { classify } from "../../src/classifier";
import { htmlToText as htmlToPlainText } from "../../src/classifier/mail/htmlToText";
import { looksLikeMime } from "../../src/classifier/material";
import { recipientDomain } from "../../src/cli/summary/keys";
import { linearBound, measureScaling, measureScalingAsync } from "./support/cpuScaling";

jest.setTimeout(120_000);

const SIZE_RATIO = 32;
const BOUNCE_HEAD = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.com\nSubject: Undelivered Mail Returned to Sender\nContent-Type: text/plain\n\n";

/** [name, input of size n, the code under test, the small n]. */
type Family = [string, (n: number) => string, (input: string) => unknown, number];

const syncFamilies: Family[] = [
  // A row of table cells: each "</td>" writes a tab, so the line is one long run of tabs and spaces.
  ["HTML: '</td> ' cells then text", (n) => "<table><tr>" + "</td> ".repeat(n) + "x", htmlToPlainText, 2000],
  ["HTML: '</td>' cells (a run of tabs) then text", (n) => "<p>" + "</td>".repeat(n) + "x", htmlToPlainText, 2000],
  ["CLI: recipient domain of dots", (n) => "a@" + ".".repeat(n) + "x", recipientDomain, 2000],
];

test.each(syncFamilies)("%s grows linearly", (_name, make, run, n) => {
  const s = measureScaling(run, make(n), make(n * SIZE_RATIO), { smallRepeats: 4 });
  expect(s.bigMs).toBeLessThan(linearBound(s, SIZE_RATIO));
});

const classifyFamilies: Array<[string, (n: number) => string, number]> = [
  [
    "an HTML bounce of '</td> ' cells",
    (n) => `${BOUNCE_HEAD.replace("text/plain", "text/html")}<p>550 5.1.1 user unknown</p><table><tr>${"</td> ".repeat(n)}x</table>`,
    1000,
  ],
  // Blank lines after the reply: the quoted "Original Message" search once ran over all of them from each.
  ["a bounce followed by blank lines", (n) => `${BOUNCE_HEAD}<jo@example.net>: host mx.example.net said: 550 5.1.1 user unknown\n${"\n".repeat(n)}x\n`, 3000],
  // Issue 12: a line "Original Message" then tens of thousands of spaces cost ~20 s (every split of the run was tried).
  [
    "a line 'Original Message' followed by spaces",
    (n) => `${BOUNCE_HEAD}<jo@example.net>: host mx.example.net said: 550 5.1.1 user unknown\n\nOriginal Message${" ".repeat(n)}x\n`,
    1000,
  ],
  [
    "an HTML 'Original Message' followed by &nbsp;",
    (n) => `${BOUNCE_HEAD.replace("text/plain", "text/html")}<p>550 5.1.1 &lt;jo@example.net&gt; user unknown</p><p>Original Message${"&nbsp;".repeat(n)}x</p>`,
    1000,
  ],
  [
    "'-- Original Message' followed by dashes and tabs",
    (n) => `${BOUNCE_HEAD}<jo@example.net>: host mx.example.net said: 550 5.1.1 user unknown\n\n-- Original Message${"-\t".repeat(n)}x\n`,
    1000,
  ],
  // The Message Hops row reader once tried every split of a long space run.
  [
    "a Message Hops row of spaces",
    (n) => `${BOUNCE_HEAD}Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nMessage Hops\n1${" ".repeat(n)}x\n`,
    1000,
  ],
];

test.each(classifyFamilies)("classify: %s grows linearly", async (_name, make, n) => {
  const s = await measureScalingAsync((text: string) => classify(text), make(n), make(n * SIZE_RATIO), { smallRepeats: 2 });
  expect(s.bigMs).toBeLessThan(linearBound(s, SIZE_RATIO));
});

test("a Postfix reply padded with spaces before its '(in reply to …)' tail stays linear", async () => {
  const make = (n: number): string => `${BOUNCE_HEAD}<jo@example.net>: host mx.example.net said: 550 5.1.1 user unknown${" ".repeat(n)}x\n`;
  // One line is cut at 4,000 characters, so the size grows in lines of that length.
  const lines = (count: number): string => Array.from({ length: count }, (_, i) => make(3900).slice(BOUNCE_HEAD.length).replace("jo@", `jo${i}@`)).join("");
  const s = await measureScalingAsync((text: string) => classify(text), BOUNCE_HEAD + lines(2) + "\n", BOUNCE_HEAD + lines(64) + "\n");
  expect(s.bigMs).toBeLessThan(linearBound(s, SIZE_RATIO));
  const d = await classify(BOUNCE_HEAD + lines(3));
  expect(d.recipients.map((r) => r.address)).toEqual(["jo0@example.net", "jo1@example.net", "jo2@example.net"]);
});

test("pasted text with many folded CRLF header lines: no exponential backtracking", () => {
  // The old header test split each CRLF line two ways: 24 folded lines took seconds, 40 would not end.
  const make = (lines: number): string => "Subject: x\r\n" + " folded\r\n".repeat(lines) + "no colon here";
  const s = measureScaling(looksLikeMime, make(12), make(24), { smallRepeats: 10 });
  expect(s.bigMs).toBeLessThan(linearBound(s, 2));
  expect(looksLikeMime(make(400))).toBe(false);
  expect(looksLikeMime("Subject: x\r\n folded\r\nFrom: a@b.example\r\n\r\nbody")).toBe(true);
});
