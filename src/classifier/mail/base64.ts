/**
 * Base64 in its three uses here, one table and one decoding loop:
 * - MIME bodies (`decodeBase64`): lenient, as mail needs it. Characters outside the alphabet
 *   (line breaks, spaces, junk) are skipped; "=" ends a unit and drops its leftover bits, so
 *   mailers that pad every line still decode in step. Both alphabets are read.
 * - Attachment content Office.js hands over (`decodeBase64Strict`): whitespace skipped, anything
 *   else, or data after padding, means "not Base64" (undefined).
 * - The diagnosis block (`encodeBase64Url` / `decodeBase64Url`, RFC 4648 §5 without padding):
 *   exact, since a checksum follows; no "=", "+" or "/", which mail clients mangle.
 * No Buffer and no atob: this runs in the pane, in workers and in Node alike.
 */

const STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const EQUALS = 0x3d;

/** Character code → 6-bit value for either alphabet; -1 outside them. */
const ANY_ALPHABET: Int8Array = (() => {
  const t = new Int8Array(256).fill(-1);
  for (let i = 0; i < 64; i++) {
    t[STANDARD.charCodeAt(i)] = i;
    t[URL_SAFE.charCodeAt(i)] = i;
  }
  return t;
})();

/** Character code → value for the URL-safe alphabet only. */
const URL_ONLY: Int8Array = (() => {
  const t = new Int8Array(256).fill(-1);
  for (let i = 0; i < 64; i++) t[URL_SAFE.charCodeAt(i)] = i;
  return t;
})();

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

type CodeAt = (i: number) => number;

/** The shared loop: `onOther` says what a non-alphabet character does ("skip", "reset" for "=", or "fail"). */
function decodeWith(length: number, codeAt: CodeAt, table: Int8Array, onOther: (c: number) => "skip" | "reset" | "fail"): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((length * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < length; i++) {
    const c = codeAt(i);
    const v = c < 256 ? table[c] : -1;
    if (v < 0) {
      const what = onOther(c);
      if (what === "fail") return undefined;
      if (what === "reset") {
        acc = 0;
        bits = 0;
      }
      continue;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** MIME body bytes (or text) → bytes, skipping whatever is not Base64. Never fails. */
export function decodeBase64(input: Uint8Array | string): Uint8Array {
  if (typeof input === "string")
    return (
      decodeWith(
        input.length,
        (i) => input.charCodeAt(i),
        ANY_ALPHABET,
        (c) => (c === EQUALS ? "reset" : "skip"),
      ) ?? new Uint8Array(0)
    );
  // The same loop inlined for bytes: MIME bodies are the hot path, and a call per byte costs.
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i];
    const v = ANY_ALPHABET[b];
    if (v < 0) {
      if (b === EQUALS) {
        acc = 0;
        bits = 0;
      }
      continue;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/**
 * Base64 text → bytes, whitespace skipped; undefined when anything else is in it or data follows
 * padding (the text is then not Base64 at all).
 */
export function decodeBase64Strict(text: string): Uint8Array | undefined {
  let padded = false;
  const bytes = decodeWith(
    text.length,
    (i) => text.charCodeAt(i),
    ANY_ALPHABET,
    (c) => {
      if (isSpace(c)) return "skip";
      if (c === EQUALS) {
        padded = true;
        return "skip";
      }
      return "fail";
    },
  );
  if (!bytes || !padded) return bytes && bytes.slice();
  // Data after "=": decode again, now refusing it.
  let seenPad = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === EQUALS) seenPad = true;
    else if (!isSpace(c) && seenPad) return undefined;
  }
  return bytes.slice();
}

/** True when the text is plausibly Base64: only its characters and whitespace, at least 8 of them. */
export function looksLikeBase64(text: string): boolean {
  let significant = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === EQUALS) continue;
    if (c >= 256 || ANY_ALPHABET[c] < 0) return false;
    significant++;
  }
  return significant >= 8;
}

/** The most Base64 characters `bytes` bytes take, line breaks included (76 per line plus CRLF, as Office wraps it). */
export function base64Chars(bytes: number): number {
  const chars = Math.ceil(bytes / 3) * 4;
  return chars + Math.ceil(chars / 76) * 2;
}

/** True for the 64 characters of the URL-safe alphabet. */
export function isBase64UrlCode(code: number): boolean {
  return code < 256 && URL_ONLY[code] >= 0;
}

export function encodeBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(URL_SAFE[n >> 18], URL_SAFE[(n >> 12) & 63], URL_SAFE[(n >> 6) & 63], URL_SAFE[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(URL_SAFE[n >> 18], URL_SAFE[(n >> 12) & 63]);
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out.push(URL_SAFE[n >> 18], URL_SAFE[(n >> 12) & 63], URL_SAFE[(n >> 6) & 63]);
  }
  return out.join("");
}

/** Number of characters the unpadded URL-safe encoding of `byteLength` bytes has. */
export function base64UrlLength(byteLength: number): number {
  return Math.floor(byteLength / 3) * 4 + [0, 2, 3][byteLength % 3];
}

/** Undefined when `text` holds a character outside the URL-safe alphabet or has an impossible length. */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = decodeWith(
    text.length,
    (i) => text.charCodeAt(i),
    URL_ONLY,
    () => "fail",
  );
  return bytes && bytes.slice();
}
