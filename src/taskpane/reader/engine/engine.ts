/**
 * Everything the pane needs from the classifier, the guidance tables and the diagnosis block, in
 * one module so webpack makes it one async chunk ("classifier"). Only ./loadEngine.ts imports it
 * (with import()); a static import anywhere else would pull the tables back into the first view.
 */
export { classify, messageTexts } from "../../../classifier";
export { guidanceById } from "../../../classifier/guidance";
export { findBlocks } from "../../../roundtrip";
export { loadEntryLocalizer } from "../../../i18n/guidance";
export { prepareGuidance } from "./prepareGuidance";
