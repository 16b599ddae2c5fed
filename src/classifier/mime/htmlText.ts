/**
 * HTML to plain text for reading NDR prose. A single linear scan (no regular expressions over
 * the markup, no DOM): the HTML is hostile and is never rendered, only its words are read.
 */
import { isSpaceOrTab, trimBy } from "../trimRuns";

const BLOCK_TAGS = new Set(["br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "pre", "blockquote", "ul", "ol", "title"]);
const SKIP_CONTENT = new Set(["script", "style", "head", "noscript", "template"]);
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntity(name: string): string | undefined {
  if (name.startsWith("#x") || name.startsWith("#X")) {
    const cp = parseInt(name.slice(2), 16);
    return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : undefined;
  }
  if (name.startsWith("#")) {
    const cp = parseInt(name.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : undefined;
  }
  return NAMED[name.toLowerCase()];
}

export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  let skipUntil = "";
  let textStart = 0;
  const emitText = (from: number, to: number): void => {
    if (to <= from || skipUntil) return;
    const chunk = html.slice(from, to).replace(/[\r\n\t ]+/g, " ");
    // Decode entities in a bounded way: each `&` looks at most 10 characters ahead.
    let res = "";
    let k = 0;
    while (k < chunk.length) {
      const amp = chunk.indexOf("&", k);
      if (amp < 0) {
        res += chunk.slice(k);
        break;
      }
      res += chunk.slice(k, amp);
      const semi = chunk.indexOf(";", amp);
      const decoded = semi > amp && semi - amp <= 10 ? decodeEntity(chunk.slice(amp + 1, semi)) : undefined;
      if (decoded !== undefined) {
        res += decoded;
        k = semi + 1;
      } else {
        res += "&";
        k = amp + 1;
      }
    }
    out.push(res);
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    emitText(textStart, lt);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? n : close + 3;
      textStart = i;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      i = n;
      textStart = n;
      break;
    }
    let j = lt + 1;
    const closing = html[j] === "/";
    if (closing) j++;
    let nameEnd = j;
    while (nameEnd < gt && /[A-Za-z0-9]/.test(html[nameEnd])) nameEnd++;
    const name = html.slice(j, nameEnd).toLowerCase();
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = "";
    } else if (!closing && SKIP_CONTENT.has(name) && html[gt - 1] !== "/") {
      skipUntil = name;
    } else if (name === "td" || name === "th") {
      if (closing) out.push("\t");
    } else if (BLOCK_TAGS.has(name)) {
      out.push("\n");
    }
    i = gt + 1;
    textStart = i;
  }
  emitText(textStart, n);
  // Tidy: trim each line, collapse runs of blank lines.
  const lines = out.join("").split("\n");
  const tidy: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    // Index scans, not /[ \t]+$/: a row of "</td> " cells is one long run of spaces and tabs.
    const line = trimBy(raw, isSpaceOrTab);
    if (!line) {
      if (++blank > 1) continue;
    } else blank = 0;
    tidy.push(line);
  }
  return tidy.join("\n").trim();
}
