/**
 * The parse engine for jest's in-thread reader (./messageParser.ts): the same modules the worker
 * bundles. Never part of a pane build.
 */
export { classify, messageTexts } from "../../../classifier";
export { readForwardBlocks } from "../../../roundtrip";
