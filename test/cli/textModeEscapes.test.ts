/** Text mode writes message content to a terminal: escape sequences in it must arrive defused. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import { toText } from "../../src/cli/format";

const ESC = "\u001b";
const BEL = "\u0007";
const CSI = "\u009b";

// The server's reply clears the screen; the subject sets the terminal title; the remote host
// carries an 8-bit CSI; the address a bidi override.
const hostileBounce = [
  "From: MAILER-DAEMON@mx.example.org",
  "To: sender@example.com",
  `Subject: Undelivered Mail Returned to Sender ${ESC}]0;pwned${BEL}`,
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  "",
  "--B",
  "Content-Type: text/plain",
  "",
  "This is the mail system at host mx.example.org.",
  "",
  "--B",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.example.org",
  "",
  `Final-Recipient: rfc822; jo\u202e@example.net`,
  "Action: failed",
  "Status: 5.1.1",
  `Remote-MTA: dns; mx${CSI}2J.example.net`,
  `Diagnostic-Code: smtp; 550 5.1.1 <jo@example.net>: Recipient address rejected: ${ESC}[2J${ESC}[31m user unknown`,
  "",
  "--B",
  "Content-Type: text/rfc822-headers",
  "",
  `Subject: Quarterly ${ESC}[5m report`,
  "",
  "--B--",
  "",
].join("\r\n");

function hasControl(s: string): boolean {
  // eslint-disable-next-line no-control-regex -- looking for control characters is the test
  return /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(s);
}

test("toText defuses escape sequences from the diagnostic, subject, server, address and file name", async () => {
  const d = await classify(hostileBounce);
  // The fixture really carries the sequences into the diagnosis: otherwise this test proves nothing.
  expect(d.recipients[0].diagnostic).toContain(`${ESC}[2J`);
  expect(d.recipients[0].remoteMta).toBe(`mx${CSI}2J.example.net`);
  expect(d.original?.subject).toBe(`Quarterly ${ESC}[5m report`);
  const text = toText({ file: `bounce${ESC}[2J.eml`, diagnosis: d });
  expect(hasControl(text)).toBe(false);
  expect(text).toContain("Recipient address rejected: \\x1b[2J\\x1b[31m user unknown");
  expect(text).toContain("bounce\\x1b[2J.eml");
  expect(text).toContain("jo\\u202e@example.net");
  expect(text).toContain("refused by: mx\\u009b2J.example.net");
  expect(text).toContain("original subject: Quarterly \\x1b[5m report");
});

test("an unreadable file's name and error are defused too", () => {
  const text = toText({ file: `x${ESC}[2J.eml`, error: `ENOENT ${ESC}]0;t${BEL}` });
  expect(hasControl(text)).toBe(false);
  expect(text).toBe("x\\x1b[2J.eml: cannot read (ENOENT \\x1b]0;t\\x07)");
});

test("the real CLI in text mode prints no escape byte for a hostile bounce", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-cli-esc-"));
  const file = join(dir, "hostile.eml");
  writeFileSync(file, hostileBounce);
  const bin = join(__dirname, "..", "..", "bin", "ndr-assistant.cjs");
  const r = spawnSync(process.execPath, [bin, file], { encoding: "utf8", timeout: 60000 });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("user unknown");
  expect(r.stdout).not.toContain(ESC);
  expect(hasControl(r.stdout.replace(/\n/g, ""))).toBe(false);
}, 60000);
