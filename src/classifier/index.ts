/** The classifier's public entry: `classify` plus the shared types. */
export { classify } from "./classify";
export { isMsgFile, msgToParts } from "./msgInput";
export type * from "./types";
