/**
 * The preview's forward: a mailto: link the user's own mail app opens as a draft. Bodies in
 * mailto links are plain text, and long URLs get cut by browsers and mail apps, so the body is
 * turned into text and shortened to keep the whole link under MAILTO_MAX_CHARS.
 */

export const MAILTO_MAX_CHARS = 2000;
export const MAILTO_CUT_NOTE = "\n\n[Shortened to fit a mail link. Copy the full details from the NDR Assistant pane.]";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(entity: string): string {
  if (entity.startsWith("#x") || entity.startsWith("#X")) {
    const n = Number.parseInt(entity.slice(2), 16);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "";
  }
  if (entity.startsWith("#")) {
    const n = Number.parseInt(entity.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "";
  }
  return ENTITIES[entity.toLowerCase()] ?? `&${entity};`;
}

const BLOCK_TAGS = new Set(["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "ul", "ol"]);

/** Our own forward HTML → readable text. A scanner, not a DOM: nothing here is parsed as markup. */
export function htmlToPlainText(html: string): string {
  let out = "";
  let i = 0;
  let skipping: string | undefined;
  while (i < html.length) {
    const c = html[i];
    if (c === "<") {
      const end = html.indexOf(">", i + 1);
      if (end < 0) break;
      const tag = html.slice(i + 1, end).trim();
      const closing = tag.startsWith("/");
      const name = (closing ? tag.slice(1) : tag).split(/[\s/]/, 1)[0].toLowerCase();
      if (skipping) {
        if (closing && name === skipping) skipping = undefined;
      } else if (!closing && (name === "style" || name === "script" || name === "head")) {
        skipping = name;
      } else if (BLOCK_TAGS.has(name)) {
        if (name === "li" && !closing) out += "\n- ";
        else out += "\n";
      }
      i = end + 1;
      continue;
    }
    if (skipping) {
      i++;
      continue;
    }
    if (c === "&") {
      const semi = html.indexOf(";", i + 1);
      if (semi > i && semi - i <= 10) {
        out += decodeEntity(html.slice(i + 1, semi));
        i = semi + 1;
        continue;
      }
    }
    out += c === "\r" || c === "\n" || c === "\t" ? " " : c;
    i++;
  }
  return out
    .split("\n")
    .map((l) => l.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

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
  const text = htmlToPlainText(htmlBody);
  const whole = encodeWithin(text, maxChars - prefix.length);
  if (whole.complete) return prefix + whole.encoded;
  const note = encodeURIComponent(MAILTO_CUT_NOTE.replace(/\n/g, "\r\n"));
  const part = encodeWithin(text, Math.max(0, maxChars - prefix.length - note.length));
  return prefix + part.encoded + note;
}
