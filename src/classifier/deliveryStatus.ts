/**
 * RFC 3464 message/delivery-status fields: one per-message block, then one block per recipient.
 * Tolerant of what real MTAs write: `Field : value`, folded values, missing `rfc822;` types,
 * and Diagnostic-Code replies continued over `550-` lines.
 */
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

/** Reads fields into (name, value) pairs, joining folded lines with a space. */
function readFieldBlocks(text: string): Array<Array<[string, string]>> {
  const blocks: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> = [];
  const lines = text.split("\n");
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      if (current.length) blocks.push(current);
      current = [];
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 32 || first === 9) && current.length) {
      const last = current[current.length - 1];
      last[1] += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 60 || !FIELD_NAME.test(line.slice(0, colon).trim())) {
      // Not a field: a stray continuation without indentation (seen with long Diagnostic-Codes).
      if (current.length) current[current.length - 1][1] += " " + line.trim();
      continue;
    }
    current.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  if (current.length) blocks.push(current);
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

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const out: DeliveryStatus = { recipients: [] };
  const capped = text.length > 1024 * 1024 ? text.slice(0, 1024 * 1024) : text;
  for (const block of readFieldBlocks(capped)) {
    let rcpt: DsnRecipient | undefined;
    const startRecipient = (): DsnRecipient => {
      const r: DsnRecipient = { finalRecipient: "", action: "", rawAction: "", status: "", diagnostic: "", diagnosticType: "" };
      out.recipients.push(r);
      return r;
    };
    for (const [name, value] of block) {
      switch (name) {
        case "reporting-mta":
          out.reportingMta = stripTyped(value).value;
          break;
        case "received-from-mta":
          out.receivedFromMta = stripTyped(value).value;
          break;
        case "arrival-date":
          out.arrivalDate = value;
          break;
        case "final-recipient":
        case "x-actual-recipient":
          if (name === "x-actual-recipient" && rcpt?.finalRecipient) {
            const actual = stripTyped(value).value;
            if (actual.startsWith("|")) rcpt.program = actual.slice(0, 300);
            break;
          }
          if (!rcpt || rcpt.finalRecipient) rcpt = startRecipient();
          rcpt.finalRecipient = stripTyped(value).value;
          break;
        case "original-recipient":
          if (!rcpt) rcpt = startRecipient();
          rcpt.originalRecipient = stripTyped(value).value;
          break;
        case "action":
          if (!rcpt) rcpt = startRecipient();
          rcpt.rawAction = value;
          rcpt.action = normaliseAction(value);
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
          rcpt.diagnostic = unfoldReply(typed.value);
          break;
        }
        case "remote-mta":
          if (!rcpt) rcpt = startRecipient();
          rcpt.remoteMta = stripTyped(value).value;
          break;
        case "x-display-name":
          if (rcpt) rcpt.displayName = value;
          break;
        case "last-attempt-date":
          if (rcpt) rcpt.lastAttempt = value;
          break;
        case "x-supplementary-info":
          if (rcpt) rcpt.supplementary = value;
          break;
        default:
          break;
      }
    }
  }
  // Recipient blocks without any address carry nothing we can show.
  out.recipients = out.recipients.filter((r) => r.finalRecipient || r.originalRecipient);
  for (const r of out.recipients) if (!r.finalRecipient && r.originalRecipient) r.finalRecipient = r.originalRecipient;
  return out;
}
