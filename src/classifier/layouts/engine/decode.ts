/**
 * Reading a report's human-readable text: the layout detector orders the modules, each candidate
 * decodes the text with its own rules plus the common ones, and the first that finds something
 * wins. When no module recognises the text, or none finds a recipient, one generic pass runs with
 * every module's rules, and then the free-text reader looks for the failed address in the
 * report's own sentences.
 */
import { EMAIL_GLOBAL } from "../../mail/address";
import { type HeaderMap, header } from "../../mime/headers";
import type { Layout } from "../../types";
import { LAYOUT_MODULES } from "../registry";
import { commonRules } from "./common";
import { type Detected, detectModules, textMarker } from "./detect";
import type { ProseFacts } from "./facts";
import { readFreeText } from "./freeText";
import { COMMON_END_MARKERS, ReportScanner } from "./scanner";
import type { LayoutModule, LineRule } from "./types";

export interface DecodedReport {
  facts: ProseFacts;
  /** The module whose rules read the report; undefined when the generic pass did. */
  module?: LayoutModule;
  /** Every module the text looks like, strongest first (evidence, and the layout family when the generic pass read it). */
  detected: Detected[];
  /** More recipients were named than are kept. */
  recipientsCut: boolean;
  /** The failed address came from the report's sentences (the free-text reader), not a layout's own lines. */
  fromFreeText: boolean;
  /** Which reader found something: a module's id, "generic" (every rule, no module recognised), "free-text"; undefined when none did. */
  readBy?: string;
}

export interface ReportContext {
  headers?: HeaderMap;
  subject?: string;
  /** The message has a delivery-status part naming its recipients: the free-text reader is not needed. */
  hasDeliveryStatus?: boolean;
}

/** At most this many recognised modules decode a report before the generic pass. */
const MAX_TRIED = 3;

const endMarkerCache = new WeakMap<object, readonly string[]>();

/** The common end markers plus the modules' own, worked out once per module (and once for all of them). */
function endMarkersOf(key: object, modules: readonly LayoutModule[]): readonly string[] {
  let markers = endMarkerCache.get(key);
  if (!markers) {
    const extra = modules.flatMap((m) => m.endMarkers ?? []);
    markers = extra.length ? [...COMMON_END_MARKERS, ...extra] : COMMON_END_MARKERS;
    endMarkerCache.set(key, markers);
  }
  return markers;
}

const moduleRules = new WeakMap<LayoutModule, readonly LineRule[]>();

/** A module's rules then the common ones, built once per module. */
function rulesOf(module: LayoutModule): readonly LineRule[] {
  let rules = moduleRules.get(module);
  if (!rules) {
    rules = [...module.rules, ...commonRules(!module.repliesOnlyWhereMarked)];
    moduleRules.set(module, rules);
  }
  return rules;
}

function seedFailedRecipients(s: ReportScanner, headers: HeaderMap | undefined): void {
  const failed = headers ? header(headers, "x-failed-recipients") : undefined;
  if (!failed) return;
  for (const m of failed.slice(0, 4000).matchAll(EMAIL_GLOBAL)) s.touch(m[0]);
  s.current = undefined;
}

function found(facts: ProseFacts): boolean {
  return facts.recipients.length > 0 || !!facts.looseDiagnostic || !!facts.statusLine;
}

let allRules: LineRule[] | undefined;
/** Every module's rules in registry order, then the common ones: the generic pass. */
function everyRule(): LineRule[] {
  allRules ??= [...new Set(LAYOUT_MODULES.filter((m) => !m.onlyWhenDetected).flatMap((m) => m.rules))].concat(commonRules(true));
  return allRules;
}

export function decodeReport(text: string, context: ReportContext = {}): DecodedReport {
  // With a delivery-status part one layout is enough (the text is read once); without, up to MAX_TRIED.
  const detected = detectModules(LAYOUT_MODULES, { text, headers: context.headers, subject: context.subject }, context.hasDeliveryStatus ? 1 : MAX_TRIED);
  let best: { facts: ProseFacts; module?: LayoutModule; cut: boolean } | undefined;
  // With a delivery-status part the recipients are known: the text is read once, by the layout it
  // looks like (or every rule when it looks like none), only for the replies and servers it names.
  const tries = context.hasDeliveryStatus ? detected.slice(0, 1) : detected.slice(0, MAX_TRIED);
  if (context.hasDeliveryStatus && tries.length) {
    const module = tries[0].module;
    const s = new ReportScanner(text, endMarkersOf(module, [module]));
    seedFailedRecipients(s, context.headers);
    const facts = s.run(rulesOf(module));
    module.finish?.(s);
    return { facts, module, detected, recipientsCut: s.recipientsCut, fromFreeText: false, readBy: found(facts) ? module.id : undefined };
  }
  for (const { module } of tries) {
    const s = new ReportScanner(text, endMarkersOf(module, [module]));
    seedFailedRecipients(s, context.headers);
    const facts = s.run(rulesOf(module));
    module.finish?.(s);
    if (facts.recipients.length > 0) return { facts, module, detected, recipientsCut: s.recipientsCut, fromFreeText: false, readBy: module.id };
    if (!best && found(facts)) best = { facts, module, cut: s.recipientsCut };
  }
  const s = new ReportScanner(text, endMarkersOf(LAYOUT_MODULES, LAYOUT_MODULES));
  seedFailedRecipients(s, context.headers);
  const facts = s.run(everyRule());
  detected[0]?.module.finish?.(s);
  if (facts.recipients.length > 0)
    return { facts, module: detected[0]?.module, detected, recipientsCut: s.recipientsCut, fromFreeText: false, readBy: detected[0]?.module.id ?? "generic" };
  if (best) return { facts: best.facts, module: best.module, detected, recipientsCut: best.cut, fromFreeText: false, readBy: best.module?.id };
  const free = !context.hasDeliveryStatus && readFreeText(s, context);
  const readBy = free ? "free-text" : found(facts) ? (detected[0]?.module.id ?? "generic") : undefined;
  return { facts, module: detected[0]?.module, detected, recipientsCut: s.recipientsCut, fromFreeText: free, readBy };
}

/** The layout family the text looks like, and the marker that says so (no decoding). */
export function detectLayout(text: string): { layout: Layout; marker: string; module: string } | undefined {
  for (const module of LAYOUT_MODULES) {
    const marker = textMarker(module, text);
    if (marker !== undefined) return { layout: module.family, marker, module: module.id };
  }
  return undefined;
}
