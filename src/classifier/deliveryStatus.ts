/**
 * RFC 3464 message/delivery-status fields: one per-message block, then one block per recipient.
 * Tolerant of what real MTAs write: `Field : value`, folded values, missing `rfc822;` types,
 * and Diagnostic-Code replies continued over `550-` lines.
 */
import { MAX_ADDRESS_CHARS, MAX_DSN_CHARS, MAX_HOST_CHARS, MAX_RAW_FIELD_CHARS, MAX_REPLY_CHARS, MAX_SHORT_TEXT_CHARS } from "./fieldCaps";
import { normaliseRecipient } from "./mail/address";
import { type WarningSink, warn } from "./notes";
import type { RecipientAction } from "./types";

export interface DsnRecipient {
  finalRecipient: string;
  originalRecipient?: string;
  action: RecipientAction;
  rawAction: string;
  status: string;
  diagnostic: string;
  diagnosticType: string;
  remoteMta?: string;
  displayName?: string;
  lastAttempt?: string;
  supplementary?: string;
  /** The comment after the code (`Status: 5.1.10 (host/domain does not accept mail)`). */
  statusComment?: string;
  /** The alias expanded to a program (`|procmail …`), as X-Actual-Recipient says. */
  program?: string;
}

export interface DeliveryStatus {
  reportingMta?: string;
  receivedFromMta?: string;
  arrivalDate?: string;
  recipients: DsnRecipient[];
}

/** Strips the `type;` prefix (`rfc822;`, `dns;`, `smtp;`) and angle brackets. */
export function stripTyped(value: string): { type: string; value: string } {
  const semi = value.indexOf(";");
  let type = "";
  let rest = value;
  if (semi >= 0 && semi < 20 && !value.slice(0, semi).includes("@")) {
    type = value.slice(0, semi).trim().toLowerCase();
    rest = value.slice(semi + 1);
  }
  rest = rest.trim();
  if (rest.startsWith("<") && rest.endsWith(">")) rest = rest.slice(1, -1).trim();
  return { type, value: rest };
}

export function normaliseAction(raw: string): RecipientAction {
  const a = raw.trim().toLowerCase().split(/[\s(]/)[0] ?? "";
  if (a === "failed" || a === "failure") return "failed";
  if (a === "delayed" || a === "expired") return a === "expired" ? "failed" : "delayed";
  if (a === "delivered" || a === "deliverable") return "delivered";
  if (a === "relayed") return "relayed";
  if (a === "expanded") return "expanded";
  return "";
}

/** A field name; "550-mail0.example.com [192.0.2.1]:25 is …" is a reply continued without indentation. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9-]{0,59}$/;

/** One field while its lines are read: folded lines are kept as pieces and joined once. */
interface RawField {
  name: string;
  pieces: string[];
  length: number;
  /** True when folded lines went past MAX_RAW_FIELD_CHARS and the rest was dropped. */
  cut: boolean;
}

interface Field {
  name: string;
  value: string;
  cut: boolean;
}

function appendPiece(field: RawField, piece: string): void {
  if (!piece) return;
  const room = MAX_RAW_FIELD_CHARS - field.length;
  if (room <= 0) {
    field.cut = true;
    return;
  }
  // A space stands where the fold was; the first piece has none.
  const text = field.pieces.length ? " " + piece : piece;
  if (text.length > room) field.cut = true;
  const kept = text.length > room ? text.slice(0, room) : text;
  field.pieces.push(kept);
  field.length += kept.length;
}

/**
 * Reads fields into blocks of (name, value), joining folded lines with a space. Pieces are joined
 * once per field and each field stops growing at MAX_RAW_FIELD_CHARS, so ten thousand folded
 * lines cost ten thousand appends, not ten thousand copies of a growing string.
 */
function readFieldBlocks(text: string): Field[][] {
  const blocks: Field[][] = [];
  let current: RawField[] = [];
  const close = (): void => {
    if (current.length) blocks.push(current.map((f) => ({ name: f.name, value: f.pieces.join(""), cut: f.cut })));
    current = [];
  };
  const lines = text.split("\n");
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === "") {
      close();
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 32 || first === 9) && current.length) {
      appendPiece(current[current.length - 1], trimmed);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 60 || !FIELD_NAME.test(line.slice(0, colon).trim())) {
      // Not a field: a stray continuation without indentation (seen with long Diagnostic-Codes).
      if (current.length) appendPiece(current[current.length - 1], trimmed);
      continue;
    }
    const field: RawField = { name: line.slice(0, colon).trim().toLowerCase(), pieces: [], length: 0, cut: false };
    appendPiece(field, line.slice(colon + 1).trim());
    current.push(field);
  }
  close();
  return blocks;
}

/** Joins `550-5.1.1 text` / `550 5.1.1 text` continuation prefixes into one reply. */
export function unfoldReply(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!/[245]\d\d-/.test(flat)) return flat;
  const pieces = flat.split(/ (?=[245]\d\d[- ])/);
  let reply = "";
  const out: string[] = [];
  for (const piece of pieces) {
    const m = /^([245]\d\d)[- ](?:([245]\.\d{1,3}\.\d{1,3}) )?/.exec(piece);
    if (m && reply && m[1] === reply) out.push(piece.slice(m[0].length));
    else {
      if (m && !reply) {
        reply = m[1];
        out.push(`${m[1]} ${piece.slice(4)}`);
      } else out.push(piece);
    }
  }
  return out.join(" ").trim();
}

/**
 * Reads a message/delivery-status part. Every value is cut to its cap (fieldCaps.ts) here, where
 * it is read; a cut is reported once per field name through `warnings`.
 */
export function parseDeliveryStatus(text: string, warnings?: WarningSink): DeliveryStatus {
  const out: DeliveryStatus = { recipients: [] };
  const capped = text.length > MAX_DSN_CHARS ? text.slice(0, MAX_DSN_CHARS) : text;
  // Said, not silent: the recipients after the cut are not in the diagnosis.
  if (capped !== text && warnings) warn(warnings, "warn.dsn-cut", { limit: String(MAX_DSN_CHARS) });
  const cutFields = new Set<string>();
  for (const block of readFieldBlocks(capped)) {
    let rcpt: DsnRecipient | undefined;
    const startRecipient = (): DsnRecipient => {
      const r: DsnRecipient = { finalRecipient: "", action: "", rawAction: "", status: "", diagnostic: "", diagnosticType: "" };
      out.recipients.push(r);
      return r;
    };
    for (const { name, value, cut: rawCut } of block) {
      /** `text` at most `limit` long; notes the field when it was longer (or already cut raw). */
      const cap = (text: string, limit: number): string => {
        if (text.length <= limit && !rawCut) return text;
        cutFields.add(name);
        return text.length > limit ? text.slice(0, limit) : text;
      };
      const typedValue = (limit: number): string => cap(stripTyped(value).value, limit);
      switch (name) {
        case "reporting-mta":
          out.reportingMta = typedValue(MAX_HOST_CHARS);
          break;
        case "received-from-mta":
          out.receivedFromMta = typedValue(MAX_HOST_CHARS);
          break;
        case "arrival-date":
          out.arrivalDate = cap(value, MAX_SHORT_TEXT_CHARS);
          break;
        case "final-recipient":
        case "x-actual-recipient":
          if (name === "x-actual-recipient" && rcpt?.finalRecipient) {
            const actual = stripTyped(value).value;
            if (actual.startsWith("|")) rcpt.program = actual.slice(0, 300);
            break;
          }
          if (!rcpt || rcpt.finalRecipient) rcpt = startRecipient();
          rcpt.finalRecipient = typedValue(MAX_ADDRESS_CHARS);
          break;
        case "original-recipient":
          if (!rcpt) rcpt = startRecipient();
          rcpt.originalRecipient = typedValue(MAX_ADDRESS_CHARS);
          break;
        case "action":
          if (!rcpt) rcpt = startRecipient();
          rcpt.rawAction = value.slice(0, MAX_SHORT_TEXT_CHARS);
          rcpt.action = normaliseAction(rcpt.rawAction);
          break;
        case "status": {
          if (!rcpt) rcpt = startRecipient();
          const m = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(value);
          rcpt.status = m ? `${m[1]}.${m[2]}.${m[3]}` : "";
          const comment = /\(([^()]{3,200})\)/.exec(value);
          if (comment && !/^(?:permanent|temporary|transient)(?: failure| error)?$/i.test(comment[1].trim())) rcpt.statusComment = comment[1].trim();
          break;
        }
        case "diagnostic-code": {
          if (!rcpt) rcpt = startRecipient();
          const typed = stripTyped(value);
          rcpt.diagnosticType = typed.type;
          rcpt.diagnostic = cap(unfoldReply(typed.value), MAX_REPLY_CHARS);
          break;
        }
        case "remote-mta":
          if (!rcpt) rcpt = startRecipient();
          rcpt.remoteMta = typedValue(MAX_HOST_CHARS);
          break;
        case "x-display-name":
          if (rcpt) rcpt.displayName = cap(value, MAX_SHORT_TEXT_CHARS);
          break;
        case "last-attempt-date":
          if (rcpt) rcpt.lastAttempt = cap(value, MAX_SHORT_TEXT_CHARS);
          break;
        case "x-supplementary-info":
          if (rcpt) rcpt.supplementary = cap(value, MAX_REPLY_CHARS);
          break;
        default:
          break;
      }
    }
  }
  if (warnings) for (const field of cutFields) warn(warnings, "warn.field-cut", { field: displayFieldName(field) });
  // Recipient blocks without any address carry nothing we can show.
  out.recipients = out.recipients.filter((r) => r.finalRecipient || r.originalRecipient);
  for (const r of out.recipients) {
    r.finalRecipient = cleanRecipient(r.finalRecipient);
    if (r.originalRecipient) r.originalRecipient = cleanRecipient(r.originalRecipient);
  }
  for (const r of out.recipients) if (!r.finalRecipient && r.originalRecipient) r.finalRecipient = r.originalRecipient;
  return out;
}

/** A recipient field's value as an address: report forms (X.400, dda:SMTP=) resolved, a stray bracket or quote dropped. */
function cleanRecipient(value: string): string {
  let v = normaliseRecipient(value);
  while (v.length > 0 && (v.endsWith(">") || v.endsWith('"') || v.endsWith("'"))) v = v.slice(0, -1);
  while (v.length > 0 && (v.startsWith("<") || v.startsWith('"') || v.startsWith("'"))) v = v.slice(1);
  return v.trim();
}

/** "final-recipient" → "Final-Recipient", "remote-mta" → "Remote-MTA", as RFC 3464 spells them. */
function displayFieldName(lower: string): string {
  return lower
    .split("-")
    .map((word) => (word === "mta" ? "MTA" : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("-");
}
