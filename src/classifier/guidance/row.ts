/**
 * The internal shape of a table row: the public GuidanceEntry plus the hints that help the
 * matcher choose it. The hints are matching data (English protocol strings), not prose, so they
 * stay out of the public entry and out of localisation.
 */
import type { GuidanceEntry } from "../types";

export interface MatchHints {
  /** Extra phrases (any case) that point to this entry, beyond its ndrTexts. */
  phrases?: string[];
  /**
   * Phrases that count only together with a matching code, and then only weakly (confidence low):
   * e.g. "No answer from host" is the RFC meaning of 5.4.1 as much as Microsoft's relay text.
   */
  weakPhrases?: string[];
  /** Any of these in the text rules the entry out (e.g. the DBEB phrase rules out Relay Access Denied). */
  unless?: string[];
  /** Only when the refusing host is (or is not) Microsoft's. */
  host?: "microsoft" | "not-microsoft";
  /** A text match counts only when the code matches too (for phrases other MTAs use loosely). */
  textNeedsCode?: boolean;
  /** Never choose this entry by code alone (its code is shared by unrelated meanings). */
  noCodeOnly?: boolean;
  /**
   * Choose this entry by code alone only when the refusing host is Microsoft's: the code means
   * this entry only in Microsoft's usage (5.4.1 is "Relay Access Denied" from Exchange Online,
   * "no answer from host" or a plain refusal elsewhere). Its phrases still count from any host.
   */
  codeOnlyHost?: "microsoft";
  /** Tie-break between candidates of the same strength; higher wins (default 0). */
  rank?: number;
}

export type TableRow = GuidanceEntry & { match?: MatchHints };
