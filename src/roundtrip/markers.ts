/** The text around a block. Decoding is lenient about its spacing and quoting; see decode.ts. */

export const MARKER_DASHES = "-----";
export const MARKER_NAME = "NDR-ASSISTANT DIAGNOSIS";
export const LINE_LENGTH = 76;
export const CAPTION = "Machine-readable copy for NDR Assistant \u2014 please leave it in when you forward.";

export function beginMarker(version: number): string {
  return `${MARKER_DASHES}BEGIN ${MARKER_NAME} v${version}${MARKER_DASHES}`;
}

export function endMarker(version: number, crcHex: string, byteLength: number): string {
  return `${MARKER_DASHES}END ${MARKER_NAME} v${version} crc32=${crcHex} len=${byteLength}${MARKER_DASHES}`;
}

/**
 * Breaks up marker words in text that is about to be shown in the readable part of a forward, so
 * a hostile bounce that quotes a forged block can't pass it off as ours: the admin's decoder only
 * sees blocks this module wrote. Use it on every message-derived string the forward renders.
 */
export function defuseMarkers(text: string): string {
  // Visible on purpose: zero-width characters are dropped by some HTML-to-text converters.
  return text.replace(/ASSISTANT([\s>|]+)DIAGNOSIS/gi, "ASSISTANT$1(quoted) DIAGNOSIS");
}
