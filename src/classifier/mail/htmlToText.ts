/**
 * HTML to plain text without a DOM: linear scans over the markup, which is hostile and never
 * rendered (only its words are read). Two presets:
 *
 * - `htmlToText`: the words as a reader sees them. Whitespace folds as in a browser (not inside
 *   <pre>), blocks become lines, table cells end with a tab (so "Action Required\tRecipient" and
 *   Message Hops rows keep their columns), lines are trimmed and blank runs kept to one.
 *   <script>, <style>, <head>, <title>, <noscript>, <template> and <xml> contents are dropped;
 *   entities are decoded from a bounded look-ahead. `listItemMarker` starts each <li> line with
 *   a mark ("- "), for text a person reads (the preview's mailto: forward).
 * - the scan preset (`stripTagsForScan`, `decodeEntitiesForScan`, `htmlToScanText`), for finding a
 *   block of text written into a message (the diagnosis block, src/roundtrip): tags removed first,
 *   text kept exactly as written, every block-level tag (cells too) a line break, the contents of
 *   <script>, <style>, <title> and <xml> dropped; then entities decoded, an unknown named one a
 *   space, never letters. src/roundtrip/defuse.ts traces these two steps character for character:
 *   the tag step through the same walk (walkTagsForScan), the entity step mirrored, and its
 *   property test checks they agree.
 *
 * Common to both: comments are dropped (an unclosed one runs to the end, as in a browser); "<" not
 * followed by a tag name is text.
 */

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);
const CELL_TAGS = new Set(["td", "th"]);
const HIDDEN_CONTENT = new Set(["script", "style", "head", "title", "noscript", "template", "xml"]);
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** An entity name is looked for at most this far after its "&". */
const MAX_ENTITY = 34;
/** A tag name is read for at most this many characters. */
const MAX_TAG_NAME = 20;

/** A "<" followed by this starts a tag, comment or declaration; anything else is text. */
export function isTagStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 /* / */ || code === 33 /* ! */ || code === 63; /* ? */
}

function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 58; /* : (Outlook's <o:p>) */
}

function codePointText(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/** The character an entity body ("amp", "#39", "#x41") stands for; undefined for a malformed one. */
function entityText(body: string): string | undefined | null {
  if (body.startsWith("#x") || body.startsWith("#X")) {
    return /^[0-9a-fA-F]{1,6}$/.test(body.slice(2)) ? codePointText(parseInt(body.slice(2), 16)) : null;
  }
  if (body.startsWith("#")) return /^\d{1,7}$/.test(body.slice(1)) ? codePointText(parseInt(body.slice(1), 10)) : null;
  if (!/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(body)) return null;
  return NAMED[body.toLowerCase()];
}

/** Decodes the entities of one run of text (an unknown named one is kept as written). */
function decodeEntities(chunk: string): string {
  if (!chunk.includes("&")) return chunk;
  let res = "";
  let k = 0;
  while (k < chunk.length) {
    const amp = chunk.indexOf("&", k);
    if (amp < 0) {
      res += chunk.slice(k);
      break;
    }
    res += chunk.slice(k, amp);
    const semi = chunk.indexOf(";", amp + 1);
    const body = semi > amp && semi - amp <= MAX_ENTITY ? chunk.slice(amp + 1, semi) : "";
    const decoded = body ? entityText(body) : null;
    if (decoded === null) {
      // Not an entity at all: the "&" is text.
      res += "&";
      k = amp + 1;
    } else if (decoded === undefined) {
      // Well-formed but unknown (or an impossible code point).
      res += body.startsWith("#") ? " " : chunk.slice(amp, semi + 1);
      k = semi + 1;
    } else {
      res += decoded;
      k = semi + 1;
    }
  }
  return res;
}

export interface HtmlToTextOptions {
  /** Written at the start of each list item's line; none by default (the classifier reads items as lines). */
  listItemMarker?: string;
}

/** The reading preset's walk (see the file comment). */
function convert(html: string, listItemMarker: string): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  let textStart = 0;
  let hiddenUntil = "";
  let preDepth = 0;
  const emitText = (from: number, to: number): void => {
    if (to <= from || hiddenUntil) return;
    let chunk = html.slice(from, to);
    chunk = preDepth > 0 ? chunk.replace(/\r\n?/g, "\n") : chunk.replace(/[\r\n\t ]+/g, " ");
    out.push(decodeEntities(chunk));
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= n) break;
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      i = lt + 1;
      continue;
    }
    emitText(textStart, lt);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = textStart = close < 0 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      // No later "<" can close it either: the rest is text.
      textStart = lt;
      i = n;
      break;
    }
    let j = lt + 1;
    const closing = html.charCodeAt(j) === 47;
    if (closing) j++;
    let nameEnd = j;
    while (nameEnd < gt && nameEnd - j < MAX_TAG_NAME && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(j, nameEnd).toLowerCase();
    if (hiddenUntil) {
      if (closing && name === hiddenUntil) hiddenUntil = "";
    } else if (!closing && HIDDEN_CONTENT.has(name) && html.charCodeAt(gt - 1) !== 47) {
      hiddenUntil = name;
    } else if (CELL_TAGS.has(name)) {
      if (closing) out.push("\t");
    } else if (BLOCK_TAGS.has(name)) {
      out.push(name === "li" && !closing && listItemMarker ? `\n${listItemMarker}` : "\n");
      if (name === "pre") preDepth = closing ? Math.max(0, preDepth - 1) : preDepth + 1;
    }
    i = textStart = gt + 1;
  }
  emitText(textStart, n);
  return out.join("");
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Trims each line (index scans: a row of "</td> " cells is one long run of tabs and spaces) and keeps one blank line at most. */
function tidy(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    let a = 0;
    let b = raw.length;
    while (a < b && isSpaceOrTab(raw.charCodeAt(a))) a++;
    while (b > a && isSpaceOrTab(raw.charCodeAt(b - 1))) b--;
    const line = a === 0 && b === raw.length ? raw : raw.slice(a, b);
    if (!line) {
      if (++blank > 1) continue;
    } else blank = 0;
    kept.push(line);
  }
  return kept.join("\n").trim();
}

/** The words of an HTML body as a reader sees them (see the file comment). */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  return tidy(convert(html, options.listItemMarker ?? ""));
}

// The scan preset: two steps, as src/roundtrip/defuse.ts traces them.
const SCAN_BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
]);
const SCAN_HIDDEN_CONTENT: ReadonlySet<string> = new Set(["script", "style", "title", "xml"]);

function scanTagName(html: string, from: number): string {
  let i = from;
  if (html.charCodeAt(i) === 47) i++;
  const start = i;
  // Bounded, so a hostile name costs little.
  while (i < html.length && i - start < MAX_TAG_NAME && isNameChar(html.charCodeAt(i))) i++;
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

/**
 * The scan preset's walk over the tags: `text(from, to)` for each run of text kept, `blockBreak(at)`
 * for each block-level tag (at its "<"); comments, tags and the content of script/style/title/xml
 * are dropped, entities stay. One walk for stripTagsForScan and the traced copy in
 * src/roundtrip/defuse.ts, so the two cannot disagree.
 */
export function walkTagsForScan(html: string, text: (from: number, to: number) => void, blockBreak: (at: number) => void): void {
  let i = 0;
  let textStart = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= html.length) break;
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      i = lt + 1;
      continue;
    }
    text(textStart, lt);
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
    const name = scanTagName(html, lt + 1);
    let next = gt + 1;
    if (!closing && SCAN_HIDDEN_CONTENT.has(name)) {
      const end = skipToClose(html, next, name);
      next = end < 0 ? html.length : end;
    }
    if (SCAN_BLOCK_TAGS.has(name)) blockBreak(lt);
    i = textStart = next;
  }
  text(textStart, html.length);
}

/** Removes tags (block-level ones become line breaks) and the content of script/style/title/xml; entities stay. */
export function stripTagsForScan(html: string): string {
  const out: string[] = [];
  walkTagsForScan(
    html,
    (from, to) => out.push(html.slice(from, to)),
    () => out.push("\n"),
  );
  return out.join("");
}

/** Decodes the entities mail HTML uses; an unknown named one (or an impossible code point) becomes a space, never letters. */
export function decodeEntitiesForScan(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g, (_m, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? " ";
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
    return codePointText(code) ?? " ";
  });
}

/** HTML with its tags removed, then its entities decoded (the scan preset; see the file comment). */
export function htmlToScanText(html: string): string {
  return decodeEntitiesForScan(stripTagsForScan(html));
}

const HTML_HINT = /<(?:html|head|body|div|p|br|pre|span|blockquote|table|td|font|meta|o:p)[\s/>]/i;

/** True when `text` has the tags of an HTML body (one bounded pattern; no nesting). */
export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text);
}
