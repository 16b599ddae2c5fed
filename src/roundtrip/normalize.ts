/**
 * Turns whatever the open message gave (HTML or plain text, quoted, re-wrapped, with
 * quoted-printable residue) into text where a block's markers and base64 can be found. Every step
 * is one linear pass: the input is hostile and may be large.
 */

/** Only this much of a message is scanned; a forward is limited to 32 KB, replies add quoting. */
export const MAX_SCAN_CHARS = 2 * 1024 * 1024;

const HTML_HINT = /<(?:html|head|body|div|p|br|pre|span|blockquote|table|td|font|meta|o:p)[\s/>]/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text);
}

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

const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "h4",
  "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead",
  "tr", "ul",
]);
/** Elements whose content is not text a reader sees. */
const HIDDEN_CONTENT = new Set(["script", "style", "title", "xml"]);

function isTagStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 /* / */ || code === 33 /* ! */ || code === 63 /* ? */;
}

function tagName(html: string, from: number): string {
  let i = from;
  if (html.charCodeAt(i) === 47) i++;
  const start = i;
  // Letters, digits and ":" (Outlook's <o:p>); bounded so a hostile name costs little.
  while (i < html.length && i - start < 20 && /[A-Za-z0-9:]/.test(html[i])) i++;
  return html.slice(start, i).toLowerCase();
}

/** Index just past the closing tag of `name` at or after `from`, or -1. */
function skipToClose(html: string, from: number, name: string): number {
  let k = from;
  for (;;) {
    const at = html.indexOf("</", k);
    if (at < 0) return -1;
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
      const gt = html.indexOf(">", at);
      return gt < 0 ? -1 : gt + 1;
    }
    k = at + 2;
  }
}

/** Removes tags (block-level ones become line breaks) and the content of script/style/title. */
export function stripTags(html: string): string {
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= html.length) break;
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      i = lt + 1;
      continue;
    }
    out.push(html.slice(textStart, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      // An unclosed comment runs to the end, as in a browser.
      i = textStart = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      // No later "<" can close either: the rest is text.
      textStart = lt;
      break;
    }
    const closing = html.charCodeAt(lt + 1) === 47;
    const name = tagName(html, lt + 1);
    let next = gt + 1;
    if (!closing && HIDDEN_CONTENT.has(name)) {
      const end = skipToClose(html, next, name);
      next = end < 0 ? html.length : end;
    }
    out.push(BLOCK_TAGS.has(name) ? "\n" : "");
    i = textStart = next;
  }
  out.push(html.slice(textStart));
  return out.join("");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the entities mail HTML uses; an unknown named one becomes a space (never letters). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g, (_m, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? " ";
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return " ";
    return String.fromCodePoint(code);
  });
}

/** The full pipeline: cap, QP residue, tags (when the input is HTML), entities. */
export function normalizeForScan(input: string): string {
  const capped = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  const unqp = undoQuotedPrintable(capped);
  return decodeEntities(looksLikeHtml(unqp) ? stripTags(unqp) : unqp);
}
