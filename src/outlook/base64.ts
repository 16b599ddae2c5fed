/**
 * Base64 → bytes without Node's Buffer (this runs in the pane) and without atob's
 * "throw on whitespace" habit: Office sometimes wraps Base64 in CRLFs.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i;
  // URL-safe variants decode too.
  t["-".charCodeAt(0)] = 62;
  t["_".charCodeAt(0)] = 63;
  return t;
})();

/** Decodes Base64, skipping whitespace; returns undefined when the text is not Base64 at all. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let acc = 0;
  let bits = 0;
  let n = 0;
  let sawPadding = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0x3d) {
      sawPadding = true;
      continue;
    }
    const v = c < 128 ? LOOKUP[c] : -1;
    if (v < 0 || sawPadding) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.slice(0, n);
}

/** True when the text is plausibly Base64 (only Base64 characters and whitespace, long enough). */
export function looksLikeBase64(text: string): boolean {
  let significant = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3d) continue;
    if (c >= 128 || LOOKUP[c] < 0) return false;
    significant++;
  }
  return significant >= 8;
}

/**
 * The most Base64 characters `bytes` bytes can take, line breaks included (76 per line plus CRLF,
 * as Office wraps it): a size check that needs no decoding.
 */
export function base64Chars(bytes: number): number {
  const chars = Math.ceil(bytes / 3) * 4;
  return chars + (Math.ceil(chars / 76) * 2);
}
