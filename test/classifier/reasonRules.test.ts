/**
 * One short, home-made diagnostic per reason rule added for issue 3 (no corpus text): each test
 * fails if its rule is removed or shadowed by an earlier one.
 */
import { classify } from "../../src/classifier";
import { parseDeliveryStatus } from "../../src/classifier/deliveryStatus";
import { complaintRecipients, isJmrpComplaint } from "../../src/classifier/feedback";
import { decodeReport } from "../../src/classifier/layouts/engine/decode";

const extractProse = (text: string) => decodeReport(text).facts;
import { decideReason, type ReasonFacts } from "../../src/classifier/reason";

function reasonOf(diagnostic: string, extra: Partial<ReasonFacts> = {}): string {
  return decideReason({ status: "", reply: "", diagnostic, action: "failed", hosts: [], ...extra }).reason;
}

describe("reason phrase rules", () => {
  test.each([
    ["550 Address <x@y.test> malformed address: stray angle bracket", "syntaxerror"],
    ["recipient list was incorrectly constructed", "syntaxerror"],
    ["the MX record of shop.test indicated no SMTP service", "notaccept"],
    ["550 mail refused: no access from mail server [192.0.2.9] which is an open relay", "blocked"],
    ["554 we are not an open relay for that domain", "norelaying"],
    ["530 peer does not support TLS, refusing to send in clear", "failedstarttls"],
    ["You may not have permission to post messages to the group bakers@groups.test", "rejected"],
    ["Duplicated Message-ID seen twice on the list", "systemerror"],
    ["550 helo name mail.shop.test mismatches client ip 192.0.2.4", "requireptr"],
  ])("%s → %s", (diagnostic, reason) => {
    expect(reasonOf(diagnostic)).toBe(reason);
  });

  test("RESOLVER.RST.RecipSizeLimit is a message that is too big", () => {
    expect(reasonOf("550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", { status: "5.2.3", reply: "550" })).toBe("mesgtoobig");
  });

  test("X.2.1 with 'user unknown' after DATA is the mailbox refusing, at RCPT it is an unknown user", () => {
    expect(reasonOf("550 5.2.1 <ann@shop.test>... User Unknown", { status: "5.2.1", reply: "550" })).toBe("filtered");
    expect(reasonOf("550 5.2.1 <ann@shop.test>... User Unknown", { status: "5.2.1", reply: "550", command: "RCPT" })).toBe("userunknown");
  });
});

describe("fallback rules", () => {
  test("refused at the greeting with unknown words is a blocked client", () => {
    expect(reasonOf("554 gw3.shop.test : go away - 192.0.2.7", { reply: "554", command: "CONN" })).toBe("blocked");
    expect(reasonOf("554 gw3.shop.test : go away - 192.0.2.7", { reply: "554" })).toBe("onhold");
  });

  test("a failed (not delayed) 4xx with unknown words is on hold, a delay is expired", () => {
    expect(reasonOf("451 4.3.0 upstream hiccup", { status: "4.3.0", reply: "451" })).toBe("onhold");
    expect(reasonOf("451 4.3.0 upstream hiccup", { status: "4.3.0", reply: "451", action: "delayed" })).toBe("expired");
  });

  test("a recipient that was a program makes a mailer error", () => {
    expect(reasonOf("", { status: "5.5.0", toProgram: true })).toBe("mailererror");
  });

  test("report prose is read only when there is no diagnostic", () => {
    expect(reasonOf("", { bodyText: "The account has been disabled." })).toBe("suspend");
    expect(reasonOf("550 something odd", { reply: "550", bodyText: "The account has been disabled." })).toBe("onhold");
  });
});

describe("provider rules (named host plus exact wording)", () => {
  test("KDDI au '550 : User unknown' is the recipient's filter", () => {
    expect(reasonOf("550 : User unknown", { reply: "550", hosts: ["mx.ezweb.ne.jp"] })).toBe("filtered");
    expect(reasonOf("550 : User unknown", { reply: "550", hosts: ["mx.shop.test"] })).toBe("userunknown");
  });

  test("NTT docomo 'Unknown user' after DATA is the recipient refusing the sender", () => {
    expect(reasonOf("550 Unknown user ann@docomo.ne.jp", { reply: "550", hosts: ["mfsmax.docomo.ne.jp"], command: "DATA" })).toBe("rejected");
    expect(reasonOf("550 Unknown user ann@docomo.ne.jp", { reply: "550", hosts: ["mfsmax.docomo.ne.jp"], command: "RCPT" })).toBe("userunknown");
  });

  test("Cox AUP block-list code is blocked", () => {
    expect(reasonOf("550 5.1.0 <a@b.test> sender rejected. AUP#CXRBL", { status: "5.1.0", reply: "550", hosts: ["mx.cox.net"] })).toBe("blocked");
  });
});

describe("report layouts read by the prose pass", () => {
  test("Sendmail v5: a generic line takes the session's reply", () => {
    const facts = extractProse(
      "While talking to mx.shop.test:\n>>> MAIL From:<me@here.test>\n<<< 501 <me@here.test>... no access from mail server [192.0.2.9] which is an open relay\n554 <ann@shop.test>... Remote protocol error\n554 <bob@shop.test>... 550 Host unknown\n",
    );
    const ann = facts.recipients.find((r) => r.address === "ann@shop.test");
    const bob = facts.recipients.find((r) => r.address === "bob@shop.test");
    expect(ann?.diagnostic).toContain("open relay");
    expect(bob?.diagnostic).toContain("Host unknown");
  });

  test("Zoho error-code line and delay line", () => {
    const a = extractProse("ann@shop.test Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <ann@shop.test>... Mailbox Full\n");
    expect(a.recipients[0]).toMatchObject({ address: "ann@shop.test" });
    expect(a.recipients[0].diagnostic).toMatch(/^550 5\.2\.2 .*Mailbox Full/);
    const b = extractProse("[Status: Error, Address: <bob@shop.test>, ResponseCode 421, , Host not reachable.]\n");
    expect(b.recipients[0].diagnostic).toBe("421 Host not reachable.");
  });

  test("Exim: reason indented under the address, with the SMTP stage as command", () => {
    const facts = extractProse(
      "The following address(es) failed:\n\n  ann@shop.test\n    SMTP error from remote mail server after initial connection:\n    host mx.shop.test [192.0.2.3]: 554 go away\n",
    );
    expect(facts.recipients[0]).toMatchObject({ address: "ann@shop.test", command: "CONN" });
    expect(facts.recipients[0].diagnostic).toBe("554 go away");
  });

  test("a display name before <addr>: and bullet recipient lines", () => {
    const a = extractProse("someone@shop.test <ann@shop.test>: malformed address: <ann@shop.test> may not follow someone@shop.test\n");
    expect(a.recipients.map((r) => r.address)).toEqual(["ann@shop.test"]);
    const b = extractProse("Delivery to the following recipients failed permanently:\n\n   * bob@shop.test\n\n-- carol@shop.test\n");
    expect(b.recipients.map((r) => r.address)).toEqual(["bob@shop.test", "carol@shop.test"]);
  });

  test("Lotus Notes 'Failure Reasons' heading and the returned message after it", () => {
    const facts = extractProse(
      "------- Failure Reasons  --------\n\nMailbox locked by administrator\nann@shop.test\n\n------- Returned Message --------\nReceived: from x by y with HELO\n",
    );
    expect(facts.recipients[0]).toMatchObject({ address: "ann@shop.test", diagnostic: "Mailbox locked by administrator" });
    expect(facts.proseEnd).toBeLessThan(facts.recipients[0].diagnostic.length + 200);
  });

  test("a postfix reply wrapped without indentation keeps its command", () => {
    const facts = extractProse(
      "<ann@shop.test>: host mx.shop.test[192.0.2.1] said: 550 5.2.1\n<ann@shop.test>... User Unknown (in reply to RCPT TO command)\n",
    );
    expect(facts.recipients[0].command).toBe("RCPT");
  });
});

describe("delivery-status details", () => {
  test("a status comment and a program recipient are kept", () => {
    const dsn = parseDeliveryStatus(
      "Reporting-MTA: dns; mx.test\n\nFinal-Recipient: rfc822; ann@shop.test\nX-Actual-Recipient: rfc822; |/usr/bin/filter ann\nAction: failed\nStatus: 5.1.10 (host/domain does not accept mail)\n",
    );
    expect(dsn.recipients[0]).toMatchObject({ statusComment: "host/domain does not accept mail", program: "|/usr/bin/filter ann" });
  });

  test("a Diagnostic-Code continued with unindented 550- lines stays one reply", () => {
    const dsn = parseDeliveryStatus(
      "Final-Recipient: rfc822; ann@shop.test\nAction: failed\nDiagnostic-Code: smtp; 550-First line.\n550-gw.shop.test [192.0.2.1]:25 is not permitted to\n550 relay through this server without authentication.\nStatus: 5.0.0\n",
    );
    expect(dsn.recipients[0].diagnostic).toContain("not permitted to relay through this server");
  });
});

describe("complaint reports", () => {
  test("JMRP subject needs an attached message", () => {
    expect(isJmrpComplaint("complaint about message from 192.0.2.1", true)).toBe(true);
    expect(isJmrpComplaint("complaint about message from 192.0.2.1", false)).toBe(false);
    expect(isJmrpComplaint("Re: a complaint about message from Bob", true)).toBe(false);
  });

  test("recipient from ARF fields, else from the attached message", () => {
    expect(complaintRecipients("Feedback-Type: abuse\nOriginal-Rcpt-To: ann@shop.test\n", undefined)[0]?.address).toBe("ann@shop.test");
    expect(complaintRecipients(undefined, "X-HmXmrOriginalRecipient: bob@shop.test\nTo: other@shop.test\n")[0]?.address).toBe("bob@shop.test");
  });

  test("a JMRP complaint classifies as a feedback report naming the recipient", async () => {
    const eml =
      'From: staff@mail.test\r\nSubject: complaint about message from 192.0.2.8\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nTo: ann@shop.test\r\nFrom: bulk@sender.test\r\nSubject: offer\r\n\r\nbuy\r\n--b--\r\n';
    const d = await classify(eml);
    expect(d.kind).toBe("feedback-report");
    expect(d.isBounce).toBe(false);
    expect(d.recipients[0]).toMatchObject({ address: "ann@shop.test", reason: "feedback" });
  });
});

describe("MIME oddities", () => {
  test("a multipart whose boundary never appears is read as text", async () => {
    const eml =
      'From: MAILER-DAEMON@mx.test\r\nSubject: Returned mail: Service unavailable\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="nowhere"\r\n\r\nReporting-MTA: dns; mx.test\r\n\r\nFinal-Recipient: rfc822; ann@shop.test\r\nAction: failed\r\nStatus: 5.1.1\r\n';
    const d = await classify(eml);
    expect(d.isBounce).toBe(true);
    expect(d.recipients[0]).toMatchObject({ address: "ann@shop.test", status: "5.1.1", reason: "userunknown" });
  });

  test("an 8bit windows-1252 part is decoded by its charset, not as UTF-8", async () => {
    const head =
      "From: postmaster@mx.test\r\nSubject: Undeliverable: test\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    // "ü" is 0xFC in windows-1252 (and in Latin-1; Node's decoder treats the two alike, browsers do not).
    const body = "<ann@shop.test>: host mx.shop.test[192.0.2.1] said: 550 5.1.1 Benutzer M\u00fcller unbekannt\r\n";
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...Array.from(body, (c) => c.charCodeAt(0))]);
    const d = await classify(bytes);
    expect(d.recipients[0].diagnostic).toContain("M\u00fcller");
  });
});
