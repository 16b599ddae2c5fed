/**
 * The whole guidance table, in matching order within each tier (earlier rows win ties), and the
 * public entries with the matcher-only hints removed.
 */
import type { GuidanceEntry } from "../types";
import { EXO_541_ROWS } from "./exo-541";
import { EXO_541_FAMILY_ROWS } from "./exo-541-family";
import { EXO_ABUSE_ROWS } from "./exo-abuse";
import { EXO_ADDRESSING_ROWS } from "./exo-addressing";
import { EXO_EXTRA_ROWS } from "./exo-extra";
import { EXO_SECURITY_ROWS } from "./exo-security";
import { EXO_TEMPORARY_ROWS } from "./exo-temporary";
import { GENERIC_ROWS } from "./generic-rfc3463";
import { ONPREM_ROWS } from "./onprem-exchange";
import { RELAY_FAMILY_ROWS } from "./relay-family";
import type { TableRow } from "./row";

export const TABLE_ROWS: readonly TableRow[] = [
  ...EXO_541_ROWS,
  ...EXO_541_FAMILY_ROWS,
  ...EXO_TEMPORARY_ROWS,
  ...EXO_ADDRESSING_ROWS,
  ...EXO_SECURITY_ROWS,
  ...EXO_ABUSE_ROWS,
  ...EXO_EXTRA_ROWS,
  ...RELAY_FAMILY_ROWS,
  ...ONPREM_ROWS,
  ...GENERIC_ROWS,
];

function toEntry(row: TableRow): GuidanceEntry {
  // Drop the matcher's hints: consumers (pane, forward, translations) see only the entry.
  const { match: _match, ...entry } = row;
  return Object.freeze(entry);
}

export const ENTRIES: readonly GuidanceEntry[] = Object.freeze(TABLE_ROWS.map(toEntry));
