import { CUT_NOTE, MAX_HTML_BODY_BYTES, composeForward, composeHtmlBody } from "../../src/taskpane/forward/composeForward";
import { MAX_SUBJECT_LENGTH, forwardSubject } from "../../src/taskpane/forward/forwardSubject";
import { escapeHtml } from "../../src/taskpane/forward/renderHtml";
import { replyPhrase } from "../../src/taskpane/forward/replyPhrase";
import { utf8Length } from "../../src/roundtrip/bytes/utf8";
import { loadEvidenceTexts } from "../../src/i18n/evidence";
import { diagnosis, outlookSource, recipient, relayEntry } from "./diagnosisBuilder";

const to = "helpdesk@contoso.com";

describe("forwardSubject", () => {
  it("names the code, the server's words and the failed recipient", () => {
    expect(forwardSubject(diagnosis())).toBe("Bounce 550 5.4.1 Relay Access Denied to jo@fabrikam.com: please help");
  });

  it("counts the other failed recipients", () => {
    const d = diagnosis({ recipients: [recipient(), recipient({ address: "al@fabrikam.com" }), recipient({ address: "bo@fabrikam.com" })] });
    expect(forwardSubject(d)).toBe("Bounce 550 5.4.1 Relay Access Denied to jo@fabrikam.com and 2 others: please help");
  });

  it("stays within 255 characters and keeps the code when the address is huge", () => {
    const d = diagnosis({ recipients: [recipient({ address: `${"x".repeat(400)}@fabrikam.com` })] });
    const subject = forwardSubject(d);
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(subject.startsWith("Bounce 550 5.4.1 to xxx")).toBe(true);
  });

  it("keeps a subject on one line even when the reply carries CR/LF", () => {
    const d = diagnosis({ recipients: [recipient({ diagnostic: "550 5.4.1 Relay\r\nBcc: evil@example.com" })] });
    expect(forwardSubject(d)).not.toMatch(/[\r\n]/);
  });

  it("falls back to the guidance title when the message gave no reply text", () => {
    const d = diagnosis({ recipients: [recipient({ diagnostic: "" })] });
    expect(forwardSubject(d)).toContain(relayEntry.title);
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
    expect(request.htmlBody).toContain("Wait up to 72 hours");
    expect(request.htmlBody).toContain("Get-AcceptedDomain");
    expect(request.htmlBody).toContain("The recipient&#39;s admin");
    expect(request.htmlBody).toContain("AM9PR02MB7321.eurprd02.prod.outlook.com");
    expect(request.htmlBody).toContain("&lt;abc@contoso.com&gt;");
    expect(request.htmlBody).toContain("Read diagnostics");
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
    const d = diagnosis({ warnings: ["Input larger than 100 bytes; the rest was not read."], warningCodes: [{ code: "warn.input-too-large", params: { limit: "100" } }] });
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

  it("quotes the bounce (server reply, matched lines, message and attachment names) only when asked", () => {
    const source = {
      ...outlookSource,
      label: "Attachment: Secret-Plans.eml",
      origin: "file-attachment" as const,
      failures: [{ step: "getAttachmentContentAsync (Secret-Plans.eml)", code: "InvalidAttachmentId", message: "The attachment ID was invalid." }],
    };
    const d = diagnosis({ recipients: [recipient({ diagnostic: "550 5.4.1 Relay Access Denied [unique-reply-marker]" })] });
    const without = composeForward({ diagnosis: d, source, to }).htmlBody;
    expect(without).not.toContain("unique-reply-marker");
    expect(without).not.toContain("Secret-Plans");
    expect(without).toContain("getAttachmentContentAsync (attachment) (InvalidAttachmentId)");
    expect(without).toContain("a file attached to the open message");
    // The host's own facts are in every forward.
    expect(without).toContain("Read diagnostics");

    const withText = composeForward({ diagnosis: d, source, to, includeBounceText: true }).htmlBody;
    expect(withText).toContain("unique-reply-marker");
    expect(withText).toContain("The bounce text");
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
