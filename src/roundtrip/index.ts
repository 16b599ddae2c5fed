/** The diagnosis block carried by "Forward to admin" and read back in the admin's pane. */
export { toPayload, PAYLOAD_VERSION, GENERATOR } from "./payload";
export type { PayloadV1, PayloadRecipient, PayloadDiagnosis, PayloadClient, PayloadFailure, PayloadOriginal, PayloadContext } from "./payload";
export { encodeBlock } from "./encode";
export type { EncodeOptions, EncodedBlock } from "./encode";
export { findBlocks, MAX_BLOCKS, MAX_SCAN_CHARS } from "./decode";
export type { BlockResult, DamageReason } from "./decode";
export { defuseMarkers, CAPTION } from "./markers";
export { LIMITS } from "./limits";
