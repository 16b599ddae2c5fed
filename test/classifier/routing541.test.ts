/**
 * A bare 5.4.1 from a server that isn't Microsoft's (Zoho's "541 5.4.1 Mail rejected by
 * destination domain") is RFC 3463 X.4.1, not Exchange Online's Relay Access Denied.
 */
import { classify } from "../../src/classifier";

function dsn(diagnostic: string, remoteMta: string): string {
  return [
    "From: Mail Delivery System <MAILER-DAEMON@mbox.example.org>",
    "To: sender@example.org",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mbox.example.org.",
    "",
    `<someone@example.com>: host ${remoteMta}[192.0.2.5] said: ${diagnostic} (in reply to end of DATA command)`,
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mbox.example.org",
    "",
    "Final-Recipient: rfc822; someone@example.com",
    "Action: failed",
    "Status: 5.4.1",
    `Remote-MTA: dns; ${remoteMta}`,
    `Diagnostic-Code: smtp; ${diagnostic}`,
    "",
    "--b1--",
    "",
  ].join("\r\n");
}

describe("5.4.1 outside Microsoft", () => {
  it("Zoho's 'Mail rejected by destination domain' gets its own reading, reason on hold (the words don't say why)", async () => {
    const d = await classify(dsn("541 5.4.1 Mail rejected by destination domain", "mx.zoho.com"));
    const r = d.recipients[0];
    expect(r.status).toBe("5.4.1");
    expect(r.guidance.id).toBe("x-5.4.1-mail-rejected-by-destination-domain");
    expect(r.reason).toBe("onhold");
    expect(r.evidence.some((e) => e.note === "guidance x-5.4.1-mail-rejected-by-destination-domain")).toBe(true);
  });

  it("a 5.4.1 text nobody documented, from another server, gets the generic routing entry", async () => {
    const d = await classify(dsn("550 5.4.1 Domain routing failure", "mx.example.com"));
    expect(d.recipients[0].guidance.id).toBe("generic-5.4.1-routing");
    expect(d.recipients[0].reason).toBe("onhold");
  });

  it("the same server saying Relay Access Denied gets the relay entry (the words decide, from any host)", async () => {
    const d = await classify(dsn("550 5.4.1 Relay Access Denied", "mx.zoho.com"));
    expect(d.recipients[0].guidance.id).toBe("exo-5.4.1-relay-access-denied");
  });

  it("a bare 5.4.1 from Exchange Online Protection gets the cautious 5.4.1 reading at low confidence, not the relay steps", async () => {
    const d = await classify(dsn("550 5.4.1 [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]", "fabrikam-com.mail.protection.outlook.com"));
    const r = d.recipients[0];
    expect(r.guidance.id).toBe("exo-5.4.1-unrecognised");
    expect(r.reason).toBe("onhold");
    expect(r.confidence).toBe("low");
  });
});
