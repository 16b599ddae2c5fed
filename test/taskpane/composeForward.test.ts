import { loadEvidenceTexts } from "../../src/i18n/evidence";
import { findBlocks } from "../../src/roundtrip";
import { utf8Length } from "../../src/roundtrip/bytes/utf8";
import { replyPhrase } from "../../src/taskpane/common/replyPhrase";
import { CUT_NOTE, MAX_HTML_BODY_BYTES, composeForward, composeHtmlBody } from "../../src/taskpane/forward/composeForward";
import { MAX_SUBJECT_LENGTH, forwardSubject } from "../../src/taskpane/forward/forwardSubject";
import { escapeHtml } from "../../src/taskpane/forward/renderHtml";
import { diagnosis, outlookSource, recipient, relayEntry } from "./diagnosisBuilder";

const to = "helpdesk@contoso.com";

describe("forwardSubject", () => {
  it("says what happened in plain words, with the failed recipient and the code", () => {
    expect(forwardSubject(diagnosis())).toBe("Bounce: jo@fabrikam.com — the recipient's domain isn't set up to receive this mail (550 5.4.1)");
  });

  it("counts the other failed recipients", () => {
    const d = diagnosis({ recipients: [recipient(), recipient({ address: "al@fabrikam.com" }), recipient({ address: "bo@fabrikam.com" })] });
    expect(forwardSubject(d)).toBe("Bounce: jo@fabrikam.com and 2 others — the recipient's domain isn't set up to receive this mail (550 5.4.1)");
  });

  it("stays within 255 characters and keeps the code when the address is huge", () => {
    const d = diagnosis({ recipients: [recipient({ address: `${"x".repeat(400)}@fabrikam.com` })] });
    const subject = forwardSubject(d);
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject.startsWith("Bounce: xxx")).toBe(true);
    expect(subject.endsWith("(550 5.4.1)")).toBe(true);
  });

  it("shortens a long title before the address", () => {
    const entry = { ...relayEntry, title: `The recipient's domain ${"really ".repeat(60)}isn't set up` };
    const subject = forwardSubject(diagnosis({ recipients: [recipient({ guidance: entry })] }));
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject).toMatch(/^Bounce: jo@fabrikam\.com — the recipient's domain really .*… \(550 5\.4\.1\)$/);
  });

  it("keeps a subject on one line, and no marker words, whatever the address carries", () => {
    const d = diagnosis({ recipients: [recipient({ address: "jo@fabrikam.com\r\nBcc: evil@example.com NDR-ASSISTANT DIAGNOSIS" })] });
    const subject = forwardSubject(d);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).not.toMatch(/ASSISTANT\s+DIAGNOSIS/);
  });

  it("keeps German titles' capitals and lower-cases others' first letter", () => {
    expect(forwardSubject(diagnosis(), undefined, "de")).toContain("— The recipient's domain");
    const dns = { ...relayEntry, title: "DNS isn't set up" };
    expect(forwardSubject(diagnosis({ recipients: [recipient({ guidance: dns })] }))).toContain("— DNS isn't set up");
  });
});

describe("replyPhrase", () => {
  it.each([
    ["smtp;550 5.4.1 Relay Access Denied [host.prod.outlook.com 2024-05-14T09:12:43Z 08DC]", "Relay Access Denied"],
    ["#550 5.4.1 Relay Access Denied ##", "Relay Access Denied"],
    ["550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF.prod.outlook.com]", "Recipient address rejected: Access denied"],
    ["554 5.7.1 <orders@adventure-works.com>: Relay access denied", "Relay access denied"],
  ])("%s → %s", (input, expected) => {
    expect(replyPhrase(input)).toBe(expected);
  });
});

describe("composeForward", () => {
  it("addresses the admin and attaches the open message when the bounce came from Outlook", () => {
    const request = composeForward({ diagnosis: diagnosis(), source: outlookSource, to: ` ${to} ` });
    expect(request.to).toBe(to);
    expect(request.attachCurrentItem).toBe(true);
    expect(request.htmlBody).toContain("The recipient&#39;s domain isn&#39;t set up to receive this mail");
    expect(request.htmlBody).toContain("Get-AcceptedDomain");
    expect(request.htmlBody).toContain("AM9PR02MB7321.eurprd02.prod.outlook.com");
    expect(request.htmlBody).toContain("&lt;abc@contoso.com&gt;");
    expect(request.htmlBody).toContain("Read diagnostics");
  });

  it("puts what an admin reads first in Exchange's order, always, with no private content and no tables", () => {
    const hops = [
      {
        hop: 1,
        time: "5/14/2024 9:12:01 AM",
        from: "AM9PR02MB7321.eurprd02.prod.outlook.com",
        to: "AM9PR02MB7321.eurprd02.prod.outlook.com",
        with: "mapi",
        relayTime: "*",
      },
      {
        hop: 2,
        time: "5/14/2024 9:12:03 AM",
        from: "AM9PR02MB7321.eurprd02.prod.outlook.com",
        to: "DB8EUR06FT012.mail.protection.outlook.com",
        with: "Microsoft SMTP Server",
        relayTime: "2 sec",
      },
    ];
    const d = diagnosis({ hops, recipients: [recipient({ remoteMta: "DB8EUR06FT012.mail.protection.outlook.com" })] });
    const { htmlBody } = composeForward({ diagnosis: d, source: outlookSource, to });
    const order = [
      "More info for email admins",
      "Status code:",
      "Original message details",
      "Error details",
      "Reported error:",
      "550 5.4.1 Relay Access Denied [DB8EUR06FT012",
      "DSN generated by:",
      "Remote server:",
      "Message hops",
      "Hop 2 · 5/14/2024 9:12:03 AM · from AM9PR02MB7321.eurprd02.prod.outlook.com · to DB8EUR06FT012.mail.protection.outlook.com · with Microsoft SMTP Server · relay time 2 sec",
    ];
    const at = order.map((text) => htmlBody.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(htmlBody).not.toMatch(/<table/i);
    // Who acts, in the third person: the forward goes to an admin, not back to the user.
    expect(htmlBody).toContain("<b>Who must act: </b>fabrikam.com&#39;s admin");
    expect(htmlBody).not.toMatch(/Your admin|forward this bounce/);
  });

  it("labels each command's shell outside the copied block and marks what must be replaced", () => {
    const entry = {
      ...relayEntry,
      adminSteps: [
        {
          text: "Check the recipient exists.",
          audience: "recipient-org" as const,
          commands: [
            { shell: "exchange-online-powershell" as const, text: "Get-EXORecipient -Identity <recipient>" },
            { shell: "exchange-management-shell" as const, text: "Get-Recipient <recipient>\nGet-SendConnector <connector-name>" },
          ],
        },
      ],
    };
    const { htmlBody } = composeForward({ diagnosis: diagnosis({ recipients: [recipient({ guidance: entry })] }), source: outlookSource, to });
    expect(htmlBody).toContain("<p><b>Exchange Online PowerShell:</b></p><pre");
    expect(htmlBody).toMatch(/>Get-EXORecipient -Identity jo@fabrikam\.com<\/pre>/);
    expect(htmlBody).toContain("<p><b>Exchange Management Shell (on-premises):</b></p><pre");
    expect(htmlBody).toContain("Replace &lt;connector-name&gt; before running it.");
  });

  it("defuses marker words from the message: a forged block in a reply doesn't survive as a block", () => {
    const forged = "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----\neyJ2IjoxfQ\n-----END NDR-ASSISTANT DIAGNOSIS v1 crc32=00000000 len=8-----";
    const d = diagnosis({ recipients: [recipient({ diagnostic: `550 5.4.1 ${forged}` })], original: { subject: forged } });
    const { htmlBody } = composeForward({ diagnosis: d, source: outlookSource, to, includeBounceText: true });
    const blocks = findBlocks(htmlBody);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].status).toBe("ok");
    expect(htmlBody.split("BEGIN NDR-ASSISTANT DIAGNOSIS")).toHaveLength(2);
  });

  it("does not attach anything for a pasted bounce", () => {
    const request = composeForward({ diagnosis: diagnosis(), source: { ...outlookSource, origin: "pasted-text", fromOutlook: false }, to });
    expect(request.attachCurrentItem).toBe(false);
  });

  it("escapes every piece of message content", () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const d = diagnosis({
      recipients: [recipient({ address: `"<b>"@evil.example`, diagnostic: `550 5.4.1 ${hostile}`, remoteMta: hostile })],
      original: { subject: hostile, messageId: hostile },
      reportingMta: hostile,
      warnings: [hostile],
    });
    const { htmlBody } = composeForward({ diagnosis: d, source: { ...outlookSource, label: hostile }, to });
    expect(htmlBody).not.toContain("<script");
    expect(htmlBody).not.toContain("<img");
    expect(htmlBody).not.toMatch(/<[^>]*onerror/i);
    expect(htmlBody).toContain(escapeHtml(hostile));
  });

  it("drops links that aren't https", () => {
    const entry = { ...relayEntry, docsUrl: "javascript:alert(1)", adminSteps: [{ text: "Look", where: { label: "Here", url: "http://example.com" } }] };
    const { htmlBody } = composeForward({ diagnosis: diagnosis({ recipients: [recipient({ guidance: entry })] }), source: outlookSource, to });
    expect(htmlBody).not.toContain("javascript:");
    expect(htmlBody).not.toContain("http://example.com");
    expect(htmlBody).toContain("Here");
  });

  it("words the classifier's reading warnings in the pane's language when given its texts", async () => {
    const d = diagnosis({
      warnings: ["Input larger than 100 bytes; the rest was not read."],
      warningCodes: [{ code: "warn.input-too-large", params: { limit: "100" } }],
    });
    const fr = await loadEvidenceTexts("fr");
    const french = composeForward({ diagnosis: d, source: outlookSource, to, evidenceTexts: fr }).htmlBody;
    expect(french).toContain(escapeHtml("Données de plus de 100 octets ; la suite n'a pas été lue."));
    expect(french).not.toContain("the rest was not read");
    // Without texts (English pane, or before they load) the classifier's own English goes in.
    expect(composeForward({ diagnosis: d, source: outlookSource, to }).htmlBody).toContain("the rest was not read");
  });

  it("cuts a huge report to 32 KB with a visible note, keeping the headline", () => {
    const huge = "5".repeat(200_000);
    const d = diagnosis({ recipients: [recipient({ diagnostic: `550 5.4.1 ${huge}` })], warnings: [huge] });
    const { htmlBody } = composeForward({ diagnosis: d, source: outlookSource, to });
    expect(utf8Length(htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(htmlBody).toContain(CUT_NOTE);
    expect(htmlBody).toContain("isn&#39;t set up to receive this mail");
    expect(htmlBody.endsWith("</div>")).toBe(true);
  });

  it("counts multi-byte characters against the 32 KB limit", () => {
    const wide = "日本語".repeat(20_000);
    const d = diagnosis({ recipients: [recipient({ diagnostic: wide })] });
    const { htmlBody } = composeForward({ diagnosis: d, source: outlookSource, to, includeBounceText: true });
    expect(utf8Length(htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(htmlBody).toContain(CUT_NOTE);
  });

  it("always gives the server's reply; quotes the rest of the bounce and the message and attachment names only when asked", () => {
    const source = {
      ...outlookSource,
      label: "Attachment: Secret-Plans.eml",
      origin: "file-attachment" as const,
      failures: [{ step: "getAttachmentContentAsync (Secret-Plans.eml)", code: "InvalidAttachmentId", message: "The attachment ID was invalid." }],
    };
    const d = diagnosis({
      recipients: [
        recipient({
          diagnostic: "550 5.4.1 Relay Access Denied [unique-reply-marker]",
          evidence: [{ source: "text-body", text: "unique-matched-line", note: "x" }],
        }),
      ],
    });
    const without = composeForward({ diagnosis: d, source, to }).htmlBody;
    expect(without).toContain("unique-reply-marker");
    expect(without).not.toContain("unique-matched-line");
    expect(without).not.toContain("Secret-Plans");
    expect(without).toContain("getAttachmentContentAsync (attachment) (InvalidAttachmentId)");
    expect(without).toContain("a file attached to the open message");
    // The host's own facts are in every forward.
    expect(without).toContain("Read diagnostics");

    const withText = composeForward({ diagnosis: d, source, to, includeBounceText: true }).htmlBody;
    expect(withText).toContain("unique-matched-line");
    expect(withText).toContain("The full bounce text");
    expect(withText).toContain("Attachment: Secret-Plans.eml");
  });

  it("adds no cut note when everything fits", () => {
    const { htmlBody } = composeForward({ diagnosis: diagnosis(), source: outlookSource, to });
    expect(htmlBody).not.toContain(CUT_NOTE);
  });

  it("keeps the limit for thousands of recipients", () => {
    const many = Array.from({ length: 3000 }, (_, i) => recipient({ address: `user${i}@fabrikam.com` }));
    const { htmlBody, subject } = composeForward({ diagnosis: diagnosis({ recipients: many }), source: outlookSource, to });
    expect(utf8Length(htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(subject).toContain("and 2999 others");
  });

  it("never cuts inside a tag", () => {
    const sections = [[{ type: "pre" as const, text: "<".repeat(50_000) }]];
    const html = composeHtmlBody(sections, 2000);
    expect(utf8Length(html)).toBeLessThanOrEqual(2000);
    expect(html).toMatch(/&lt;…<\/pre>/);
    expect(html).not.toMatch(/&l<|&lt<|&[a-z]*…/);
  });
});
