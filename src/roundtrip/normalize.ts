/**
 * Turns whatever the open message gave (HTML or plain text, quoted, re-wrapped, with
 * quoted-printable residue) into text where a block's markers and base64 can be found. Every step
 * is one linear pass: the input is hostile and may be large. Tags and entities are the shared
 * mail helper's (src/classifier/mail/htmlToText.ts, its scan preset).
 */
import { decodeEntitiesForScan, looksLikeHtml, stripTagsForScan } from "../classifier/mail/htmlToText";

/** Only this much of a message is scanned; a forward is limited to 32 KB, replies add quoting. */
export const MAX_SCAN_CHARS = 2 * 1024 * 1024;

/** How many quote marks (">" or "|") a prefix holds, spaces aside. */
function quoteDepth(prefix: string): number {
  let depth = 0;
  for (const ch of prefix) if (ch === ">" || ch === "|") depth++;
  return depth;
}

/**
 * Quoted-printable residue: soft line breaks ("=" at a line's end) are joined, and "crc32=3D" /
 * "len=3D" decoded (our only "=" signs; a general "=20" decode could corrupt a checksum that
 * starts "20"). When the text was quoted after the QP residue ("abc=\n> def"), the continuation
 * repeats the quoting of the line it continues; exactly that much is dropped. Anything beyond it
 * stays: in HTML a line-leading ">" may close a tag ("<br=\n>").
 */
export function undoQuotedPrintable(text: string): string {
  const joined = text.replace(/=[ \t]*\r?\n([ \t>|]*)/g, (_m, next: string, offset: number) => {
    const lineStart = text.lastIndexOf("\n", offset) + 1;
    const depth = quoteDepth(/^[ \t>|]*/.exec(text.slice(lineStart, offset))?.[0] ?? "");
    let cut = 0;
    for (let seen = 0; cut < next.length && seen < depth; cut++) if (next[cut] === ">" || next[cut] === "|") seen++;
    while (cut < next.length && (next[cut] === " " || next[cut] === "\t")) cut++;
    return depth === 0 ? next : next.slice(cut);
  });
  return joined.replace(/(crc32|len)=3D/g, "$1=");
}

/** The full pipeline: cap, QP residue, tags (when the input is HTML), entities. */
export function normalizeForScan(input: string): string {
  const capped = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  const unqp = undoQuotedPrintable(capped);
  return decodeEntitiesForScan(looksLikeHtml(unqp) ? stripTagsForScan(unqp) : unqp);
}
