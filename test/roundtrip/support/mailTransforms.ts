/**
 * What mail clients do to a forward on its way back to the admin: quoting in replies, HTML to
 * text conversion, re-wrapping, joining, CRLF, quoted-printable residue. Written independently of
 * src/roundtrip/normalize.ts so the decoder is not tested against its own assumptions.
 */
import { readFileSync } from "fs";
import { join } from "path";

const OUTLOOK_REPLY = readFileSync(join(__dirname, "..", "fixtures", "outlook-desktop-reply-wrapper.html"), "utf8");

/** (a) An Outlook desktop reply: the forward inside <blockquote><div>, under a From/Sent header block. */
export function quoteHtmlReply(html: string): string {
  return OUTLOOK_REPLY.replace("{{QUOTED}}", () => html);
}

/**
 * Outlook desktop (Word engine) re-renders a received body: every line becomes its own
 * MsoNormal paragraph with a styled span, and runs get split by extra spans.
 */
export function outlookRerender(html: string): string {
  return html
    .replace(/<br>/g, "<o:p></o:p></span></p>\r\n<p class=MsoNormal><span style='font-size:7.5pt;font-family:Consolas'>")
    .replace(/<div style="font-family:Consolas[^"]*">/, "<div><p class=MsoNormal><span style='font-size:7.5pt;font-family:Consolas'>");
}

/** A Gmail-style quote: a gmail_quote div with an attribution line and a bordered blockquote. */
export function quoteHtmlGmail(html: string): string {
  return (
    '<div dir="ltr">Forwarding again, see below.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
    "On Tue, May 14, 2024 at 11:02 AM Alex Wilber &lt;alex.wilber@contoso.com&gt; wrote:<br></div>" +
    `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${html}</blockquote></div>`
  );
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: "\u00a0", apos: "'" };

/** (b) HTML to plain text the simple way clients do it: blocks become lines, tags go, entities decode. */
export function htmlToText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, "")
    .replace(/<(br|\/p|\/div|\/blockquote|\/tr|\/h\d)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m)
    .replace(/\r/g, "");
}

/** Prefixes every line, as a plain-text reply does ("> ", ">", "| "). */
export function quoteLines(text: string, prefix = "> "): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

/** (c) Re-wraps every line at `width`, breaking at spaces; words longer than the width are cut. */
export function rewrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let current = "";
    for (let word of line.split(" ")) {
      while (word.length > width) {
        if (current) out.push(current);
        current = "";
        out.push(word.slice(0, width));
        word = word.slice(width);
      }
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out.join("\n");
}

/** (d) All lines joined into one paragraph with spaces. */
export function joinParagraph(text: string): string {
  return text.replace(/\r?\n/g, " ");
}

/** (f) CRLF line ends. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

/**
 * (g) Quoted-printable encoding left undecoded ("residue"): "=" becomes "=3D", non-ASCII bytes
 * "=XX", and lines over 76 get soft breaks ("=" at the line's end).
 */
export function quotedPrintable(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  const lines: string[] = [];
  let line = "";
  const push = (token: string) => {
    if (line.length + token.length > 75) {
      lines.push(`${line}=`);
      line = "";
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      lines.push(line);
      line = "";
    } else if (b === 0x0d) continue;
    else if (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09)) push(`=${b.toString(16).toUpperCase().padStart(2, "0")}`);
    else push(String.fromCharCode(b));
  }
  lines.push(line);
  return lines.join("\r\n");
}
