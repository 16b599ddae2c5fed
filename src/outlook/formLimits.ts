/** Outlook's MessageForm limits (office.messageform.yml): exceeding any of them makes Office throw. */
import { utf8Length } from "../roundtrip/bytes/utf8";

export const SUBJECT_MAX_CHARS = 255;
/** 32 KB, counted in UTF-8 bytes: that is never less than the character count, so both readings hold. */
export const HTML_BODY_MAX_BYTES = 32 * 1024;
export const ATTACHMENT_NAME_MAX_CHARS = 255;

const CUT_NOTE_HTML = "<p><i>[Cut to fit Outlook's 32 KB limit for a new message.]</i></p>";

/** UTF-8 bytes of one code point (a lone surrogate counts 3, as the U+FFFD it is sent as). */
function codePointBytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Longest prefix of `text` within `maxBytes` of UTF-8. */
function prefixWithinBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const b = codePointBytes(ch.codePointAt(0) ?? 0);
    if (bytes + b > maxBytes) break;
    bytes += b;
    end += ch.length;
  }
  return text.slice(0, end);
}

/** Never exceeds the limit; when it must cut, it avoids leaving half a tag or entity and says so. */
export function cutHtmlBody(html: string, maxBytes: number = HTML_BODY_MAX_BYTES): string {
  if (html.length <= maxBytes / 4 || utf8Length(html) <= maxBytes) return html;
  let cut = prefixWithinBytes(html, Math.max(0, maxBytes - utf8Length(CUT_NOTE_HTML)));
  const lt = cut.lastIndexOf("<");
  if (lt > cut.lastIndexOf(">")) cut = cut.slice(0, lt);
  const amp = cut.lastIndexOf("&");
  if (amp >= 0 && amp > cut.lastIndexOf(";") && cut.length - amp < 12) cut = cut.slice(0, amp);
  const withNote = cut + CUT_NOTE_HTML;
  // maxBytes below the note's own size: the note can't fit, so plain truncation it is.
  return utf8Length(withNote) <= maxBytes ? withNote : prefixWithinBytes(html, maxBytes);
}
