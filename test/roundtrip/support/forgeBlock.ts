/** Blocks with a valid checksum around any bytes: what a buggy or hostile writer could send. */
import { crc32Hex } from "../../../src/roundtrip/bytes/crc32";

export function forgeBlockBytes(bytes: Uint8Array, version = 1): string {
  const data = Buffer.from(bytes).toString("base64url");
  const lines = data.match(/.{1,76}/g) ?? [];
  return [
    `-----BEGIN NDR-ASSISTANT DIAGNOSIS v${version}-----`,
    ...lines,
    `-----END NDR-ASSISTANT DIAGNOSIS v${version} crc32=${crc32Hex(bytes)} len=${bytes.length}-----`,
  ].join("\n");
}

export function forgeBlock(json: string, version = 1): string {
  return forgeBlockBytes(new Uint8Array(Buffer.from(json, "utf8")), version);
}
