/**
 * What the pane's UI thread needs from the guidance tables, in one module so webpack makes it one
 * async chunk ("guidance"): an entry by id (the admin view's checklist and a block's advice) and
 * the guidance translations' loader. Nothing here reads a message: classifying, decoding and the
 * diagnosis-block scan run in the parse worker (../parse/parseWorker.ts). Only ./loadEngine.ts
 * imports this (with import()); a static import anywhere else would pull the tables into the first view.
 */
export { guidanceById } from "../../../classifier/guidance";
export { loadEntryLocalizer } from "../../../i18n/guidance";
