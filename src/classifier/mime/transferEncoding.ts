/**
 * Quoted-printable (RFC 2045 §6.7), bytes in and bytes out; base64 (§6.8) lives with the other
 * mail helpers in ../mail/base64.ts. Our own rather than postal-mime's: its decoders only come
 * with its whole parser, whose HTML converter carries a 45 KB entity table the pane would
 * download for nothing. A single pass that accepts anything: malformed input decodes as well as it can.
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
