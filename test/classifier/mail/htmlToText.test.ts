/** HTML to text for reading a report, and the scan preset the diagnosis-block finder uses. */
import { decodeEntitiesForScan, htmlToScanText, htmlToText, looksLikeHtml } from "../../../src/classifier/mail/htmlToText";
import { linearBound, measureScaling } from "../../properties/support/cpuScaling";

describe("htmlToText (reading)", () => {
  it("keeps blocks as lines, cells as tabs, folds whitespace and drops hidden content", () => {
    const html =
      "<html><head><title>DSN</title><style>p{}</style></head><body><p>Your message to\n  jo@example.net couldn't be delivered.</p><table><tr><td>Action Required</td><td>Recipient</td></tr></table><script>alert(1)</script><!-- note --><p>a &amp; b &lt;c&gt; &#39;d&#39; &#x41; &unknown;</p></body></html>";
    expect(htmlToText(html)).toBe("Your message to jo@example.net couldn't be delivered.\n\nAction Required\tRecipient\n\na & b <c> 'd' A &unknown;");
  });
  it("keeps line breaks inside <pre> (lines are still trimmed)", () => {
    expect(htmlToText("<pre>Received: a\n by b</pre><p>x   y</p>")).toBe("Received: a\nby b\n\nx y");
  });
  it("reads a '<' that starts no tag as text", () => {
    expect(htmlToText("<p>5 < 6 and 7 > 3</p>")).toBe("5 < 6 and 7 > 3");
  });
  it("marks list items only when asked (the classifier reads them as plain lines)", () => {
    const html = "<ul><li>Check the address</li><li>Ask them</li></ul><ol><li>One</li></ol>";
    expect(htmlToText(html)).toBe("Check the address\n\nAsk them\n\nOne");
    expect(htmlToText(html, { listItemMarker: "- " })).toBe("- Check the address\n\n- Ask them\n\n- One");
  });
  it("an unclosed comment runs to the end", () => {
    expect(htmlToText("<p>a</p><!-- b <p>c</p>")).toBe("a");
  });
});

describe("htmlToScanText (finding a block)", () => {
  it("keeps text as written and makes every block and cell a line break", () => {
    expect(htmlToScanText("<div>BEGIN</div><td>abc</td>x\n  y &bogus; &#0;")).toBe("\nBEGIN\n\nabc\nx\n  y    ");
    expect(decodeEntitiesForScan("a &amp; b &nope; c")).toBe("a & b   c");
  });
  it("tells HTML from text", () => {
    expect(looksLikeHtml("<p>x</p>")).toBe(true);
    expect(looksLikeHtml("a < b")).toBe(false);
  });
});

describe("hostile markup stays linear", () => {
  it.each([
    ["'</td> ' cells", (n: number) => "<table><tr>" + "</td> ".repeat(n) + "x"],
    ["'<' runs", (n: number) => "<".repeat(n) + "a"],
    ["'&' runs", (n: number) => "&".repeat(n) + ";"],
    ["unclosed hidden elements", (n: number) => "<script>".repeat(n) + "x"],
    ["&nbsp; runs", (n: number) => "<p>Original Message" + "&nbsp;".repeat(n) + "x</p>"],
  ])("%s", (_name, make) => {
    const s = measureScaling((t: string) => [htmlToText(t), htmlToScanText(t)], make(1000), make(32000), { smallRepeats: 4 });
    expect(s.bigMs).toBeLessThan(linearBound(s, 32));
  });
});
