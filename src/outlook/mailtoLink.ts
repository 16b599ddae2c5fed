/**
 * The preview's forward: a mailto: link the user's own mail app opens as a draft. Bodies in
 * mailto links are plain text, and long URLs get cut by browsers and mail apps, so the body is
 * turned into text (mail/htmlToText, list items marked "- ") and shortened to keep the whole
 * link under MAILTO_MAX_CHARS.
 */
import { htmlToText } from "../classifier/mail/htmlToText";

export const MAILTO_MAX_CHARS = 2000;
export const MAILTO_CUT_NOTE = "\n\n[Shortened to fit a mail link. Copy the full details from the NDR Assistant pane.]";

function encodeChar(ch: string): string {
  if (ch === "\n") return "%0D%0A";
  try {
    return encodeURIComponent(ch);
  } catch {
    // A lone surrogate can't be encoded; U+FFFD stands in for it.
    return "%EF%BF%BD";
  }
}

/** Percent-encodes one code point at a time, so the budget can stop between characters. */
function encodeWithin(text: string, budget: number): { encoded: string; complete: boolean } {
  let encoded = "";
  for (const ch of text) {
    const e = encodeChar(ch);
    if (encoded.length + e.length > budget) return { encoded, complete: false };
    encoded += e;
  }
  return { encoded, complete: true };
}

export function buildMailtoUrl(to: string, subject: string, htmlBody: string, maxChars: number = MAILTO_MAX_CHARS): string {
  const head = `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, "@")}?subject=`;
  const subj = encodeWithin(subject, Math.max(0, Math.floor((maxChars - head.length) / 3)));
  const prefix = `${head}${subj.encoded}&body=`;
  const text = htmlToText(htmlBody, { listItemMarker: "- " });
  const whole = encodeWithin(text, maxChars - prefix.length);
  if (whole.complete) return prefix + whole.encoded;
  const note = encodeURIComponent(MAILTO_CUT_NOTE.replace(/\n/g, "\r\n"));
  const part = encodeWithin(text, Math.max(0, maxChars - prefix.length - note.length));
  return prefix + part.encoded + note;
}
