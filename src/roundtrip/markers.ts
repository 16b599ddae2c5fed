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
