/**
 * Hostile input: classify() never throws and always finishes. How its time grows with the input
 * is checked with CPU-time ratios (linearTime.test.ts and the last test here), never wall-clock
 * limits, which fail on a loaded machine.
 */
import fc from "fast-check";
import { classify } from "../../src/classifier";
import type { ClassifyInput } from "../../src/classifier/types";

jest.setTimeout(120000);

async function finishes(input: ClassifyInput): Promise<void> {
  const d = await classify(input);
  expect(typeof d.isBounce).toBe("boolean");
  expect(Array.isArray(d.warnings)).toBe(true);
}

test("random bytes never throw", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
      await finishes(bytes);
    }),
    { numRuns: 200 },
  );
});

test("random MIME-ish text (headers, boundaries, DSN fields) never throws", async () => {
  const piece = fc.constantFrom(
    "Content-Type: multipart/report; boundary=b\r\n",
    "Content-Type: message/delivery-status\r\n",
    "Content-Type: message/rfc822\r\n",
    "Content-Transfer-Encoding: base64\r\n",
    "Content-Transfer-Encoding: quoted-printable\r\n",
    "--b\r\n",
    "--b--\r\n",
    "\r\n",
    "Final-Recipient: rfc822;a@b.c\r\n",
    "Action: failed\r\n",
    "Status: 5.4.1\r\n",
    "Diagnostic-Code: smtp;550-5.4.1 Relay Access Denied\r\n",
    "Subject: Undeliverable: x\r\n",
    "Remote Server returned '550 5.4.1 Relay Access Denied'\r\n",
    "=?utf-8?B?AAAA?=\r\n",
    "<a@b.c>: host x said: 550 5.1.1 no\r\n",
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(piece, fc.string({ maxLength: 40 })), { maxLength: 200 }), async (parts) => {
      await finishes(parts.join(""));
    }),
    { numRuns: 300 },
  );
});

test("deep MIME nesting is cut off, not recursed without bound", async () => {
  let mime = "Subject: Undeliverable: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n";
  for (let i = 1; i < 500; i++) mime += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary=b${i}\r\n\r\n`;
  mime += "text\r\n";
  await finishes(mime);
  expect((await classify(mime)).warnings.join(" ")).toMatch(/nesting too deep/);
});

test("10,000 `550-` continuation lines in a Diagnostic-Code", async () => {
  const lines = Array.from({ length: 10000 }, (_, i) => ` 550-5.1.1 continuation line number ${i}`).join("\r\n");
  const mime = `From: MAILER-DAEMON@x.example\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822;a@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp;550-5.1.1 first\r\n${lines}\r\n 550 5.1.1 last\r\n--b--\r\n`;
  const d = await classify(mime);
  expect(d.recipients[0].status).toBe("5.1.1");
  expect(d.recipients[0].diagnostic.startsWith("550 5.1.1 first continuation line number 0")).toBe(true);
});

test.each([
  ["a", "a"],
  ["space", " "],
  ["at-sign", "@"],
  ["digit", "5"],
  ["hash", "#"],
  ["less-than", "<"],
])("a 1 MB line of one character (%s) finishes quickly", async (_name, ch) => {
  const line = ch.repeat(1024 * 1024);
  await finishes(`Subject: Undeliverable: x\r\nFrom: postmaster@x.example\r\n\r\n${line}\r\n`);
  await finishes({ text: line });
  await finishes({ html: `<p>${line}` });
});

test("unterminated boundaries and headers without bodies", async () => {
  for (const mime of [
    "Content-Type: multipart/report; boundary=zz\r\n\r\n--zz\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822;a@b.example\r\nAction: failed\r\nStatus: 5.0.0\r\n",
    'Content-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n',
    "Content-Type: multipart/mixed\r\n\r\nno boundary param",
    "Subject: x",
  ]) {
    await finishes(mime);
  }
});

test("time grows roughly linearly with input size", async () => {
  const unit =
    "Reporting-MTA: dns;x\r\nFinal-Recipient: rfc822;a@b.example\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp;550 5.1.1 user unknown\r\n\r\n";
  const make = (n: number): string =>
    `Subject: Undeliverable\r\nContent-Type: multipart/report; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n${unit.repeat(n)}--b--\r\n`;
  /** This process's CPU milliseconds: other work on a shared machine doesn't count, as it would in wall-clock time. */
  const cpuMs = async (input: string): Promise<number> => {
    const start = process.cpuUsage();
    await classify(input);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const smallInput = make(200);
  const bigInput = make(2000);
  await cpuMs(smallInput);
  await cpuMs(bigInput);
  const small: number[] = [];
  const big: number[] = [];
  // Interleaved, median of 5: one GC pause or JIT tier-up can't decide the ratio.
  for (let i = 0; i < 5; i++) {
    small.push(await cpuMs(smallInput));
    big.push(await cpuMs(bigInput));
  }
  // Generous: 10× input (measured ~17×, with fixed costs) must not cost anywhere near 100× (quadratic).
  expect(median(big)).toBeLessThan(Math.max(median(small), 5) * 40);
});
