/**
 * The shape of a layout module: one mail server's (or provider's) report layout, with how to
 * recognise it and how to read it. Modules are data plus small line rules; the engine
 * (./decode.ts) chooses the order they are tried in and runs them.
 */
import type { Layout } from "../../types";
import type { ReportScanner } from "./scanner";

/**
 * One rule over the current line (`s.line`, trimmed `t`, lower-cased `lower`). Returns true when
 * the line was consumed (no later rule sees it). A rule may advance `s.i` past lines it read.
 */
export type LineRule = (s: ReportScanner, t: string, lower: string) => boolean;

export interface LayoutModule {
  /** Stable id ("postfix", "exchange-online", …): reported as Diagnosis.decodedBy and names the fixtures folder. */
  id: string;
  /** The public layout family (types.ts `Layout`) this module's reports belong to. */
  family: Layout;
  /** Plain substrings of the report text, case-sensitive; the first one present recognises the layout. */
  markers: readonly string[];
  /** Lower-case words that, at the start of the Subject, put this module early (as Sisimai orders by subject). */
  subjects?: readonly string[];
  /** Lower-case substrings of the From header that put this module early. */
  senders?: readonly string[];
  /** Header names (lower-case) whose presence recognises the layout (X-Mailer values go in `mailers`). */
  headers?: readonly string[];
  /** Lower-case substrings of X-Mailer / User-Agent that recognise the layout. */
  mailers?: readonly string[];
  /** A check beyond plain markers, for layouts one substring can't tell (returns the evidence line). */
  detect?: (text: string) => string | undefined;
  /** The rules that read this layout, tried before the common rules. */
  rules: readonly LineRule[];
  /**
   * The rules make sense only for a report this module recognised (Google Groups reads "the
   * paragraph after the greeting"): they are left out of the generic pass over unrecognised text.
   */
  onlyWhenDetected?: boolean;
  /** Runs once after the rules, to complete what the layout implies (a reason its fixed wording means). */
  finish?: (s: ReportScanner) => void;
  /** Lower-case line openings where this layout's returned message starts (beyond the common ones). */
  endMarkers?: readonly string[];
  /**
   * The layout quotes the server's reply only in marked places (Exchange's "Reported error:",
   * "Remote Server returned"): a status code elsewhere in its prose is how-to-fix text or a link
   * title, never the reply, so the common "any line with a code" rule is off.
   */
  repliesOnlyWhereMarked?: boolean;
}
