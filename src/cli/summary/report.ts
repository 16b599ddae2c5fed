/** The finished summary: what --json prints, and what the table and CSV are rendered from. */
import type { MessageKind, Reason } from "../../classifier/types";

export interface TopFix {
  /** Guidance entry id (stable; the pane and the forward use the same ids). */
  id: string;
  title: string;
  /** The entry's first admin step, "" when it has none. */
  adminStep: string;
  /** Admin center page or console for that step, when the entry names one. */
  where?: string;
  /** PowerShell (or other command) that checks that step. */
  command?: string;
}

export interface Group {
  reason: Reason;
  /** Enhanced status code, else the SMTP reply code, else "(none)". */
  code: string;
  /** Recipient domain, lowercased; "(unknown)" when the address has none. */
  domain: string;
  /** Reporting server, with cloud machine names folded into the service ("Exchange Online"). */
  server: string;
  /** Failed recipients in this group (a report naming two recipients counts twice). */
  count: number;
  /**
   * The guidance entry chosen most often for this group's recipients; "<domain>" in its step and
   * command is the group's domain when that is a plain host name.
   */
  topFix: TopFix;
  /** Every file with a recipient in this group, in the order they were read. */
  files: string[];
}

export interface SubTotal {
  key: string;
  /** Failed recipients. */
  count: number;
  /** Files with at least one such recipient. */
  fileCount: number;
}

export interface NotBounce {
  file: string;
  kind: MessageKind;
}

export interface Unreadable {
  file: string;
  error: string;
}

/** A file larger than the read cap: classified on its first `readBytes` bytes only. */
export interface PartlyRead {
  file: string;
  /** The file's size in bytes. */
  size: number;
  readBytes: number;
}

export interface Totals {
  /** Files found (read or not). */
  files: number;
  /** Files that were bounces. */
  bounces: number;
  /** Failed recipients across all bounces. */
  recipients: number;
  groups: number;
  notBounces: number;
  unreadable: number;
}

export interface Summary {
  groups: Group[];
  byReason: SubTotal[];
  byCode: SubTotal[];
  byDomain: SubTotal[];
  byServer: SubTotal[];
  notBounces: NotBounce[];
  unreadable: Unreadable[];
  totals: Totals;
  /** Files read only in part (larger than the 32 MB cap), in input order. */
  partlyRead: PartlyRead[];
}
