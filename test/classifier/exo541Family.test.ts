/**
 * Issue 10 §3: 550 5.4.1 is a family. "Relay Access Denied" (norelaying) and "Recipient address
 * rejected: Access denied" (Directory-Based Edge Blocking, userunknown) keep their readings; every
 * other text under the code gets its own; an unrecognised one gets a cautious generic reading at low
 * confidence, never the relay steps by default. Hand-made NDRs in Exchange's classic layout (the
 * one on-premises servers write) and a Postfix report of a remote refusal.
 */
import { classify } from "../../src/classifier";

function exchangeNdr(reply: string, remote = "mx.fabrikam.com"): string {
  return [
    "From: Microsoft Outlook <postmaster@contoso.com>",
    "To: alex@contoso.com",
    "Subject: Undeliverable: Quarterly figures",
    "X-MS-Exchange-Message-Is-Ndr:",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "Delivery has failed to these recipients or groups:",
    "",
    "megan@fabrikam.com",
    "The message couldn't be delivered.",
    "",
    "Diagnostic information for administrators:",
    "",
    "Generating server: EX01.contoso.local",
    "",
    "megan@fabrikam.com",
    remote,
    `Remote Server returned '${reply}'`,
    "",
    "Original message headers:",
    "",
    "From: Alex <alex@contoso.com>",
    "To: Megan <megan@fabrikam.com>",
    "",
  ].join("\r\n");
}

describe.each([
  ["550 5.4.1 Relay Access Denied", "exo-5.4.1-relay-access-denied", "norelaying", "high"],
  ["550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "exo-5.4.1-dbeb-recipient-not-found", "userunknown", "high"],
  ["550 5.4.1 No answer from host", "exo-5.4.1-no-answer-from-host", "networkerror", "medium"],
  ["550 5.4.1 Unable to relay", "exo-5.4.1-unable-to-relay", "norelaying", "high"],
  ["541 5.4.1 Mail rejected by destination domain", "x-5.4.1-mail-rejected-by-destination-domain", "onhold", "low"],
])("5.4.1 '%s'", (reply, guidanceId, reason, confidence) => {
  it(`→ ${guidanceId}, reason ${reason}`, async () => {
    const d = await classify(exchangeNdr(reply));
    expect(d.isBounce).toBe(true);
    const r = d.recipients[0];
    expect(r.address).toBe("megan@fabrikam.com");
    expect(r.status).toBe("5.4.1");
    expect(r.guidance.id).toBe(guidanceId);
    expect(r.reason).toBe(reason);
    expect(r.confidence).toBe(confidence);
  });
});

describe("an unrecognised 5.4.1 text", () => {
  it("from Microsoft's servers: the cautious Microsoft reading, low confidence, no relay steps", async () => {
    const d = await classify(exchangeNdr("550 5.4.1 [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]", "fabrikam-com.mail.protection.outlook.com"));
    const r = d.recipients[0];
    expect(r.guidance.id).toBe("exo-5.4.1-unrecognised");
    expect(r.guidance.generic).toBe(true);
    expect(r.reason).toBe("onhold");
    expect(r.confidence).toBe("low");
    expect(r.guidance.adminSteps.flatMap((s) => (s.commands ?? []).map((c) => c.text)).join(" ")).not.toContain("Get-HybridConfiguration");
  });

  it("from another server: the RFC 3463 routing reading, low confidence", async () => {
    const d = await classify(exchangeNdr("550 5.4.1 Routing failed for this destination"));
    const r = d.recipients[0];
    expect(r.guidance.id).toBe("generic-5.4.1-routing");
    expect(r.reason).toBe("onhold");
    expect(r.confidence).toBe("low");
  });

  it("a how-to-fix article title naming 'Relay Access Denied' in the report doesn't make it one", async () => {
    const ndr = exchangeNdr("550 5.4.1 Delivery refused").replace(
      "The message couldn't be delivered.",
      "The message couldn't be delivered. See 'Fix email delivery issues for error code 550 5.4.1 Relay Access Denied' for help.",
    );
    const r = (await classify(ndr)).recipients[0];
    expect(r.guidance.id).not.toBe("exo-5.4.1-relay-access-denied");
    expect(r.reason).not.toBe("norelaying");
  });
});
