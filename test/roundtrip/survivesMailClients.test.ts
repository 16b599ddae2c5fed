/**
 * The block inside a real-looking forward survives what mail clients do to it on the way back:
 * (a) HTML reply quoting, (b) HTML to text then "> " quoting, (c) re-wrapping at 72 and 40,
 * (d) joining into one paragraph, (e) forwarding twice, (f) CRLF, (g) quoted-printable residue.
 */
import { encodeBlock, findBlocks, type BlockResult, type PayloadV1 } from "../../src/roundtrip";
import {
  crlf,
  htmlToText,
  joinParagraph,
  outlookRerender,
  quoteHtmlGmail,
  quoteHtmlReply,
  quoteLines,
  quotedPrintable,
  rewrap,
} from "./support/mailTransforms";
import { relayDeniedPayload } from "./support/realisticPayload";

let payload: PayloadV1;
let forwardHtml: string;

beforeAll(async () => {
  payload = await relayDeniedPayload();
  // The readable part around the block, as the forward carries it.
  forwardHtml =
    '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px"><h2>Your message couldn&#39;t be delivered</h2>' +
    "<p>Megan Bowen &lt;megan.bowen@fabrikam.com&gt;: 550 5.4.1 Relay Access Denied</p>" +
    encodeBlock(payload).html +
    "</div>";
});

function expectOne(results: BlockResult[]): void {
  expect(results).toEqual([{ status: "ok", payload, warnings: [], unknownGuidanceIds: [] }]);
}

test("the forward as sent", () => {
  expectOne(findBlocks(forwardHtml));
});

test("(a) quoted in an Outlook HTML reply (blockquote, div, From/Sent block)", () => {
  const reply = quoteHtmlReply(forwardHtml);
  expect(reply).toContain("<b>Sent:</b>");
  expectOne(findBlocks(reply));
});

test("(a') re-rendered by Outlook desktop (one MsoNormal paragraph per line) and then quoted", () => {
  expectOne(findBlocks(quoteHtmlReply(outlookRerender(forwardHtml))));
});

test('(b) converted to plain text, then quoted with "> " on every line', () => {
  const text = quoteLines(htmlToText(quoteHtmlReply(forwardHtml)));
  expect(text).not.toMatch(/<(div|p|br|blockquote)\b/);
  expect(text).toMatch(/^> -----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----$/m);
  expectOne(findBlocks(text));
});

test.each([72, 40])("(c) re-wrapped at %i columns (long base64 lines cut and re-flowed)", (width) => {
  const text = rewrap(quoteLines(htmlToText(forwardHtml)), width);
  expect(text.split("\n").every((l) => l.length <= width)).toBe(true);
  expectOne(findBlocks(text));
});

test('(c\') the text form re-wrapped at 40 and then quoted with "| "', () => {
  expectOne(findBlocks(quoteLines(rewrap(encodeBlock(payload).text, 40), "| ")));
});

test("(d) every line joined into one paragraph", () => {
  const text = joinParagraph(htmlToText(forwardHtml));
  expect(text).not.toContain("\n");
  expectOne(findBlocks(text));
});

test("(e) forwarded twice: double HTML quoting, and double text quoting", () => {
  expectOne(findBlocks(quoteHtmlGmail(quoteHtmlReply(forwardHtml))));
  expectOne(findBlocks(quoteLines(quoteLines(htmlToText(quoteHtmlReply(forwardHtml))), ">")));
});

test("(f) CRLF line ends", () => {
  expectOne(findBlocks(crlf(htmlToText(forwardHtml))));
  expectOne(findBlocks(crlf(quoteHtmlReply(forwardHtml))));
});

test("(g) quoted-printable soft breaks and =3D left undecoded, in HTML and in quoted text", () => {
  const qpHtml = quotedPrintable(quoteHtmlReply(forwardHtml));
  expect(qpHtml).toMatch(/=\r\n/);
  expect(qpHtml).toContain("crc32=3D");
  expectOne(findBlocks(qpHtml));
  expectOne(findBlocks(quoteLines(quotedPrintable(quoteLines(joinParagraph(htmlToText(forwardHtml)))))));
});

test("indented with spaces and tabs, and with a quote prefix that varies per line", () => {
  const lines = htmlToText(forwardHtml).split("\n");
  expectOne(findBlocks(lines.map((l, i) => (i % 2 ? "    " : "\t") + l).join("\n")));
  expectOne(findBlocks(lines.map((l, i) => [">", "> ", ">> ", "| ", " > "][i % 5] + l).join("\n")));
});

test("the same block quoted twice in one message is reported once; two different blocks newest first", () => {
  const newer: PayloadV1 = { ...payload, createdAt: "2024-05-15T08:00:00.000Z" };
  const twice = quoteHtmlReply(forwardHtml + forwardHtml);
  expectOne(findBlocks(twice));
  const both = findBlocks(quoteHtmlReply(encodeBlock(payload).html + quoteLines(encodeBlock(newer).text)));
  expect(both.map((b) => (b.status === "ok" ? b.payload.createdAt : b.status))).toEqual([newer.createdAt, payload.createdAt]);
});

test("a message without a block gives nothing", () => {
  expect(findBlocks(quoteHtmlReply("<p>Hello, the printer is broken.</p>"))).toEqual([]);
  expect(findBlocks("")).toEqual([]);
});
