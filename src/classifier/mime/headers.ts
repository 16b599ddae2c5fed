/**
 * Header blocks: unfolding and lookup. Only structure lives here; encoded words and addresses
 * are decoded by postal-mime's helpers (see ./decode.ts).
 */

/** Header blocks larger than this are cut: real ones are a few KB, hostile ones can be anything. */
export const MAX_HEADER_BLOCK = 256 * 1024;

export type HeaderMap = Map<string, string[]>;

/** Unfolds a header block and returns name (lower-case) → values in order of appearance. */
export function parseHeaderBlock(block: string): HeaderMap {
  const map: HeaderMap = new Map();
  const text = block.length > MAX_HEADER_BLOCK ? block.slice(0, MAX_HEADER_BLOCK) : block;
  let name = "";
  let value = "";
  const flush = (): void => {
    if (!name) return;
    const list = map.get(name);
    if (list) list.push(value.trim());
    else map.set(name, [value.trim()]);
  };
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let line = text.slice(pos, nl);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    pos = nl + 1;
    if (line.length === 0) continue;
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      // Continuation of a folded header.
      if (name) value += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    flush();
    if (colon <= 0) {
      name = "";
      continue;
    }
    name = line.slice(0, colon).trim().toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return map;
}

export function header(map: HeaderMap, name: string): string | undefined {
  return map.get(name)?.[0];
}

export interface ContentType {
  type: string;
  params: Record<string, string>;
}

/** Parses `type/subtype; a=b; c="d"` tolerantly (no RFC 2231 continuations: not needed for boundaries). */
export function parseContentType(value: string | undefined): ContentType {
  const out: ContentType = { type: "", params: {} };
  if (!value) return out;
  const text = value.length > 4096 ? value.slice(0, 4096).trim() : value.trim();
  // The type ends at ";" or, when a mailer forgot the ";" before a folded parameter
  // ("text/plain\n   charset=…"), at the first whitespace.
  let end = 0;
  while (end < text.length && text[end] !== ";" && text[end] !== " " && text[end] !== "\t") end++;
  out.type = text.slice(0, end).toLowerCase();
  if (end >= text.length) return out;
  let i = end + 1;
  while (i < text.length) {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === ";")) i++;
    const eq = text.indexOf("=", i);
    if (eq < 0) break;
    const key = text.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
    let val = "";
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        val += text[i];
        i++;
      }
      i++;
    } else {
      const end = text.indexOf(";", i);
      val = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      i = end < 0 ? text.length : end;
    }
    if (key && !(key in out.params)) out.params[key] = val;
  }
  return out;
}
