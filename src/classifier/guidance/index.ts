/**
 * Guidance lookup: given what the engine extracted for one failed recipient, pick the guidance
 * entry. The table itself is data (the *-rows files beside this one); select.ts only chooses.
 */
import type { Confidence, GuidanceEntry } from "../types";
import type { CompiledTable } from "./compile-table";
import { compileRows, select } from "./select";

export { matcherWork } from "./select";
import { ENTRIES, TABLE_ROWS } from "./table";

/** What the engine knows about one failed recipient when it asks for guidance. */
export interface GuidanceFacts {
  /** Enhanced status code, "" when none. */
  status: string;
  /** SMTP reply code, "" when none. */
  reply: string;
  /** The server's reply text (Diagnostic-Code, "Remote Server returned", "Reported error", …). */
  diagnostic: string;
  remoteMta?: string;
  reportingMta?: string;
  /** Human-readable body text of the report (for layouts whose cause is only in prose). */
  bodyText?: string;
}

export interface GuidanceMatch {
  entry: GuidanceEntry;
  confidence: Confidence;
  /** Why this entry: the phrase or code that decided it (shown as evidence). */
  matched: string;
  /**
   * What decided: the reply's (or report's) words, the status code alone picking a specific
   * entry, or a generic RFC 3463 row by class/subject (or nothing at all). Read this rather
   * than parsing `matched`.
   */
  by: GuidanceBasis;
}

export type GuidanceBasis = "phrase" | "code" | "class";

/** Every guidance entry: the specific ones, then the generic RFC 3463 fallbacks. */
export const GUIDANCE: readonly GuidanceEntry[] = ENTRIES;

/**
 * Built on the first call, not at import: the pane imports the classifier at start-up but may
 * never see a bounce, and building the automaton is the costliest thing the module does.
 */
let compiled: CompiledTable | undefined;
function compiledTable(): CompiledTable {
  compiled ??= compileRows(TABLE_ROWS, ENTRIES);
  return compiled;
}
const NO_CODE_FALLBACK: GuidanceEntry = ENTRIES.find((e) => e.generic === true && e.codes.length === 0) ?? ENTRIES[ENTRIES.length - 1];

/** Never throws: odd or hostile input gets the generic fallback. */
export function selectGuidance(facts: GuidanceFacts): GuidanceMatch {
  try {
    return select(compiledTable(), NO_CODE_FALLBACK, facts ?? {});
  } catch {
    // Defensive only: select() has no throwing path on strings, but the engine must never see a throw.
    return { entry: NO_CODE_FALLBACK, confidence: "low", matched: "", by: "class" };
  }
}

/** Looks an entry up by its stable id (the pane and the forward key on it). */
export function guidanceById(id: string): GuidanceEntry | undefined {
  return ENTRIES.find((e) => e.id === id);
}
