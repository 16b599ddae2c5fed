/**
 * An organisation's add-in id, derived from where it is served (a UUIDv5, RFC 9562 §5.5), so
 * running the manifest tool again for the same address yields the same id: the admin center then
 * takes the new manifest as an update of the deployed add-in, not a second "NDR Assistant", and
 * users keep their per-add-in roaming settings (saved admin address, DNS check choice). A staging
 * and a production address get different ids, so both can be deployed side by side, and neither
 * collides with the development id in manifest.xml that developers sideload.
 */
import { createHash } from "node:crypto";

/** This project's UUIDv5 namespace (random, fixed forever: changing it would change every organisation's id). */
export const ADDIN_ID_NAMESPACE = "cc29ed8a-77e0-40a5-ba76-20e3d48a3456";

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, "hex");
}

export function uuidV5(name: string, namespace: string): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id for a base address (already normalised by parseBaseUrl: lower-case host, one trailing slash). */
export function addinIdFor(base: string): string {
  return uuidV5(new URL(base).href, ADDIN_ID_NAMESPACE);
}
