/**
 * HTML to plain text without a DOM: one linear scan over the markup, which is hostile and never
 * rendered (only its words are read). Two presets share the scanner:
 *
 * - `htmlToText`: the words as a reader sees them. Whitespace folds as in a browser (not inside
 *   <pre>), blocks become lines, table cells end with a tab (so "Action Required\tRecipient" and
 *   Message Hops rows keep their columns), lines are trimmed and blank runs kept to one.
 * - `htmlToScanText`: for finding a block of text written into a message (the diagnosis block):
 *   text kept exactly as written between tags, every block-level tag (cells too) a line break, and
 *   an unknown named entity a space, never letters.
 *
 * Common to both: <script>, <style>, <head>, <title>, <noscript>, <template> and <xml> contents
 * are dropped; comments are dropped (an unclosed one runs to the end, as in a browser); "<" not
 * followed by a tag name is text; entities are decoded from a bounded look-ahead.
 */

const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "li", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
const CELL_TAGS = new Set(["td", "th"]);
const HIDDEN_CONTENT = new Set(["script", "style", "head", "title", "noscript", "template", "xml"]);
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** An entity name is looked for at most this far after its "&". */
const MAX_ENTITY = 34;
/** A tag name is read for at most this many characters. */
const MAX_TAG_NAME = 20;

interface Mode {
  collapse: boolean;
  cellBreak: string;
  unknownEntity: "keep" | "space";
}

const READ: Mode = { collapse: true, cellBreak: "\t", unknownEntity: "keep" };
const SCAN: Mode = { collapse: false, cellBreak: "\n", unknownEntity: "space" };

function isTagStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 /* / */ || code === 33 /* ! */ || code === 63 /* ? */;
}

function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 58 /* : (Outlook's <o:p>) */;
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

/** Decodes the entities of one run of text. */
function decodeEntities(chunk: string, mode: Mode): string {
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
      res += mode.unknownEntity === "space" || body.startsWith("#") ? " " : chunk.slice(amp, semi + 1);
      k = semi + 1;
    } else {
      res += decoded;
      k = semi + 1;
    }
  }
  return res;
}

function convert(html: string, mode: Mode): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  let textStart = 0;
  let hiddenUntil = "";
  let preDepth = 0;
  const emitText = (from: number, to: number): void => {
    if (to <= from || hiddenUntil) return;
    let chunk = html.slice(from, to);
    if (mode.collapse) chunk = preDepth > 0 ? chunk.replace(/\r\n?/g, "\n") : chunk.replace(/[\r\n\t ]+/g, " ");
    out.push(decodeEntities(chunk, mode));
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
      if (closing || !mode.collapse) out.push(mode.cellBreak);
    } else if (BLOCK_TAGS.has(name)) {
      out.push("\n");
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
export function htmlToText(html: string): string {
  return tidy(convert(html, READ));
}

/** HTML with its tags removed and entities decoded, text otherwise as written (see the file comment). */
export function htmlToScanText(html: string): string {
  return convert(html, SCAN);
}

/** Entities decoded in text that is not HTML (a plain-text body quoting HTML source), as `htmlToScanText` decodes them. */
export function decodeEntitiesForScan(text: string): string {
  return decodeEntities(text, SCAN);
}

const HTML_HINT = /<(?:html|head|body|div|p|br|pre|span|blockquote|table|td|font|meta|o:p)[\s/>]/i;

/** True when `text` has the tags of an HTML body (one bounded pattern; no nesting). */
export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text);
}
