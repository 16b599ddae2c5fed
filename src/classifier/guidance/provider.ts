/**
 * Provider-aware selection (issue 11 §6). An entry marked `provider: "microsoft"` is worded for
 * Microsoft's servers and software (Exchange terms, admin centers, Microsoft's article). A bare
 * status code from another provider's server means what that provider means by it, so such an
 * entry is never chosen by its code alone when the refusing (or reporting) server is named and
 * isn't Microsoft's; the neutral generic entry for the code answers instead. Its documented texts
 * still count from any server: they are Exchange's own words, quoted or relayed.
 */
import type { GuidanceEntry } from "../types";
import type { TableRow } from "./row";

/**
 * May `entry` be chosen by status code alone? `microsoftHost`: the refusing server (or the text)
 * names one of Microsoft's hosts; `hostNamed`: the facts name a refusing or reporting server at
 * all. With no server named there is nothing to go on, and the code decides as before.
 */
export function codeOnlyFitsProvider(entry: GuidanceEntry, microsoftHost: boolean, hostNamed: boolean): boolean {
  return entry.provider !== "microsoft" || microsoftHost || !hostNamed;
}

/** Marks every row of a file whose wording is Microsoft's (one mark per file instead of one per row). */
export function microsoftRows(rows: TableRow[]): TableRow[] {
  return rows.map((row) => ({ ...row, provider: "microsoft" }));
}
