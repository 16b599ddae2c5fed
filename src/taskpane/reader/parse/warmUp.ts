/**
 * A small made-up delivery status notification the parse worker classifies once as it starts,
 * so the classifier's code is compiled (and its tables built) before the first real message
 * arrives instead of inside it. The result is thrown away.
 */
import type { ParseEngine } from "./parseCandidate";
import { parseCandidate } from "./parseCandidate";

const WARM_UP_DSN = [
  "From: Mail Delivery System <MAILER-DAEMON@mx.warmup.invalid>",
  "To: sender@warmup.invalid",
  "Subject: Undelivered Mail Returned to Sender",
  "Date: Mon, 01 Jan 2024 00:00:00 +0000",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="warm"',
  "",
  "--warm",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Delivery has failed to these recipients or groups:",
  "nobody@warmup.invalid",
  "Remote server returned '550 5.1.1 <nobody@warmup.invalid>: Recipient address rejected: User unknown'",
  "",
  "--warm",
  "Content-Type: text/html; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "<html><body><p>Delivery has failed to <b>nobody@warmup.invalid</b>.</p></body></html>",
  "",
  "--warm",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.warmup.invalid",
  "",
  "Final-Recipient: rfc822; nobody@warmup.invalid",
  "Action: failed",
  "Status: 5.1.1",
  "Diagnostic-Code: smtp; 550 5.1.1 <nobody@warmup.invalid>: Recipient address rejected: User unknown",
  "",
  "--warm",
  "Content-Type: text/rfc822-headers",
  "",
  "From: sender@warmup.invalid",
  "To: nobody@warmup.invalid",
  "Subject: Hello",
  "",
  "--warm--",
  "",
].join("\r\n");

export async function warmUp(engine: ParseEngine): Promise<void> {
  try {
    await parseCandidate({ input: new TextEncoder().encode(WARM_UP_DSN), pastedText: false, blocks: { role: "message" } }, engine);
  } catch {
    // Only moves work earlier.
  }
}
