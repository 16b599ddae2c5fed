/** The diagnosis block carried by "Forward to admin" and read back in the admin's pane. */
export { toPayload, PAYLOAD_VERSION, GENERATOR } from "./payload";
export type { PayloadV1, PayloadRecipient, PayloadDiagnosis, PayloadClient, PayloadFailure, PayloadOriginal, PayloadContext } from "./payload";
export { encodeBlock } from "./encode";
export type { EncodeOptions, EncodedBlock } from "./encode";
export { findBlocks, MAX_BLOCKS, MAX_SCAN_CHARS } from "./decode";
export type { BlockResult, DamageReason } from "./decode";
export { CAPTION } from "./markers";
export { defuseMarkers } from "./defuse";
export { LIMITS } from "./limits";
export { basisFor, readForwardBlocks } from "./forwardBlocks";
export type { ForwardInput, ForwardReading, UsedBlock, BlockPlace, OtherPlace, IntactBlock, BadBlock } from "./forwardBlocks";
