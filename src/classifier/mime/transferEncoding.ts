/**
 * Content-Transfer-Encoding decoders (RFC 2045 §6.7 quoted-printable, §6.8 base64), bytes in and
 * bytes out. Our own rather than postal-mime's: its decoders only come with its whole parser,
 * whose HTML converter carries a 45 KB entity table the pane would download for nothing.
 * Both are single passes that accept anything: malformed input decodes as well as it can.
 */

const EQUALS = 0x3d;
const CR = 0x0d;
const LF = 0x0a;

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

function isBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x09;
}

/** `=XX` becomes one byte; `=` at the end of a line (spaces allowed) is a soft break; any other `=` stays. */
export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length);
  let o = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const b = input[i];
    if (b !== EQUALS) {
      out[o++] = b;
      continue;
    }
    if (i + 2 < n) {
      const hi = hexValue(input[i + 1]);
      const lo = hexValue(input[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[o++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    // Soft line break: "=" then optional transport padding, then CRLF, LF or the end of the part.
    let j = i + 1;
    while (j < n && isBlank(input[j])) j++;
    if (j >= n) break;
    if (input[j] === LF) {
      i = j;
      continue;
    }
    if (input[j] === CR && (j + 1 >= n || input[j + 1] === LF)) {
      i = j + 1;
      continue;
    }
    out[o++] = b;
  }
  return out.subarray(0, o);
}

const BASE64_VALUES = (() => {
  const table = new Int8Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  // URL-safe letters: some mailers use them, and they can't mean anything else here.
  table[0x2d] = 62;
  table[0x5f] = 63;
  return table;
})();

/**
 * Characters outside the alphabet (line breaks, spaces, junk) are skipped. `=` ends a unit and
 * drops its leftover bits, so mailers that pad every line still decode in step.
 */
export function decodeBase64(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i];
    const v = BASE64_VALUES[b];
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
