/**
 * Text from a file (its name, the server's words, a subject) is written by whoever sent the
 * bounce. Before it reaches a terminal, stderr or a CSV cell, every character that could move the
 * cursor, retitle or clear the terminal, break a line, reorder the text (bidi controls) or hide
 * itself (zero-width and other invisible format characters) is shown as an escape instead, so
 * `evil\x1b[2J.eml` and `a\nb.eml` show as one visible name that can still be found.
 *
 * Escapes: \t \n \r, \xHH for other C0 controls and DEL, \uHHHH for C1 controls, bidi and
 * invisible format characters and lone surrogates. Bytes of a file name that are not UTF-8 are
 * shown as \xHH by `showBytes` (so U+0085 is `\u0085`, the raw byte 0x85 `\x85`).
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]|\p{Cs}/gu;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

function escapeChar(c: string): string {
  if (c === "\t") return "\\t";
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** The text with every unsafe character written as an escape. */
export function visible(s: string): string {
  // The common case (nothing to escape) costs one scan and no allocation.
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return s;
  UNSAFE.lastIndex = 0;
  return s.replace(UNSAFE, escapeChar);
}

/** The length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number): boolean => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const c1 = b[i + 1];
    if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (c === 0xed && c1 >= 0xa0) return 0; // surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const c1 = b[i + 1];
    if (c === 0xf0 && c1 < 0x90) return 0; // overlong
    if (c === 0xf4 && c1 >= 0x90) return 0; // past U+10FFFF
    return 4;
  }
  return 0;
}

/**
 * Bytes that should be UTF-8 (a file name) as text: valid sequences decoded, every other byte
 * written as \xHH. Round-trips nothing, but never loses which bytes were there.
 */
export function bytesAsText(b: Uint8Array): string {
  let out = "";
  let start = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < b.length;) {
    const n = utf8SequenceLength(b, i);
    if (n) {
      i += n;
      continue;
    }
    out += decoder.decode(b.subarray(start, i)) + `\\x${hex(b[i], 2)}`;
    i++;
    start = i;
  }
  return out + decoder.decode(b.subarray(start));
}

/**
 * For JSON text: escapes the characters JSON.stringify leaves raw (C1, bidi, invisible format
 * characters, U+2028/2029) as \uHHHH. Only valid inside JSON, where they can only occur in
 * strings; the parsed values are unchanged.
 */
const JSON_UNSAFE = /[\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]/g;

export function jsonVisible(json: string): string {
  JSON_UNSAFE.lastIndex = 0;
  if (!JSON_UNSAFE.test(json)) return json;
  JSON_UNSAFE.lastIndex = 0;
  return json.replace(JSON_UNSAFE, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}
