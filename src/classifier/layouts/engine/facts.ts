/** What a layout decoder reads from a report's human-readable text. */
import type { Reason } from "../../types";

export interface ProseRecipient {
  address: string;
  diagnostic: string;
  /** The line the diagnostic came from, verbatim (evidence). */
  diagnosticLine: string;
  /** True when the diagnostic is the server's reply as the report quotes it (not the report's own words). */
  diagnosticStrong?: boolean;
  remoteMta?: string;
  command?: string;
  displayName?: string;
  /** An enhanced status code the layout states apart from the reply (Exim's "(#5.1.1)", qmail's "(#4.4.1)"). */
  status?: string;
  /** The layout says the attempt is still going on (a delay notice), not given up. */
  delayed?: boolean;
  /** What the layout's own fixed wording means (used only when the reply's words decide nothing). */
  reason?: Reason;
  /** The delivery was to a program (a pipe), so its failure is the mailer's. */
  program?: boolean;
}

export interface ProseFacts {
  recipients: ProseRecipient[];
  /** A diagnostic found with no recipient near it. */
  looseDiagnostic: string;
  looseDiagnosticLine: string;
  reportingMta?: string;
  remoteMta?: string;
  /** "Status code: 550 5.4.1" (Exchange Online new layout). */
  statusLine?: { reply: string; status: string; line: string };
  /** Lines that matched a marker, for evidence. */
  markers: string[];
  /** Where the report's own words end (the returned original follows), as an offset into the text. */
  proseEnd: number;
  /** What the report says it is, when its layout states it (a JSON notification's type); else the engine decides. */
  kind?: "bounce" | "delay" | "delivery-report" | "feedback-report";
}
