/**
 * The last resort for free-text bounces no layout module reads (legacy gateways, webmail
 * providers, non-English servers): the failed address is looked for in the report's own
 * sentences (never in the returned message, which the scanner has already cut off), and only
 * where the sentence names it as the one that failed. Addresses the report names as the sender,
 * in a header line or a link are never taken, nor the report's own From/To.
 */
import { findCodes } from "../../codes";
import { emailsIn } from "../../mail/address";
import { type HeaderMap, header } from "../../mime/headers";
import type { ReportScanner } from "./scanner";

export interface FreeTextContext {
  headers?: HeaderMap;
}

/** Words that say a line is about the failed recipient (lower-case substrings). */
const RECIPIENT_CUES = [
  "recipient",
  "rcpt to",
  "deliver",
  "undeliverable",
  "could not be sent",
  "not be sent to",
  "unknown",
  "no such",
  "mailbox",
  "invalid",
  "failed",
  "failure",
  "rejected",
  "refused",
  "not reach",
  "does not exist",
  "doesn't exist",
  "not exist",
  "address",
  "unable",
  "error",
  "userid",
  "user id",
  "exceeds",
  "quota",
  "not found",
  "bounced",
  "returned",
  "full",
  "disabled",
  "suspended",
  "inactive",
  "expired",
  "gave up",
  "giving up",
  "timed out",
  "problem",
  "blocked",
  "denied",
  "destinataire",
  "empfänger",
  "destinatario",
  "宛先",
  "あて先",
];
/** Openings (lower-case) of lines that name the sender or quote headers: their addresses are never the failed one. */
const NOT_RECIPIENT_OPENINGS = [
  "from:",
  "from ",
  "to:",
  "sender:",
  "reply-to:",
  "return-path:",
  "mail from",
  "envelope-from",
  "received:",
  "message-id:",
  "message-id",
  "subject:",
  "cc:",
  "bcc:",
  "date:",
  "by ",
  "for ",
  "x-",
  "references:",
  "in-reply-to:",
  "sent by",
  "original sender",
  "the original message was received",
];
/** Words inside a line that make its address the sender's or a contact point, not the failed recipient. */
const NOT_RECIPIENT_WORDS = [
  "mail from",
  "from:",
  "envelope-from",
  "sender",
  "http://",
  "https://",
  "mailto:postmaster",
  "contact",
  "please send",
  "reply to",
  "help desk",
  "helpdesk",
  "administrator at",
];

function ownAddresses(headers: HeaderMap | undefined): Set<string> {
  const out = new Set<string>();
  if (!headers) return out;
  for (const name of ["from", "to", "sender", "reply-to", "return-path", "delivered-to", "errors-to"]) {
    const value = header(headers, name);
    if (value) for (const a of emailsIn(value.slice(0, 2000), 10)) out.add(a.toLowerCase());
  }
  return out;
}

interface Candidate {
  address: string;
  line: number;
  cued: boolean;
}

/** What the line says apart from the address (a reason written around it), or "". */
function reasonAround(line: string, address: string): string {
  const rest = line
    .replace(address, " ")
    .replace(/[<>()[\]"':;,.*\-\s]+/g, " ")
    .trim();
  return rest.length >= 6 ? line.trim() : "";
}

/** Returns true when it found a recipient (and added it to the scanner's facts). */
export function readFreeText(s: ReportScanner, context: FreeTextContext): boolean {
  const own = ownAddresses(context.headers);
  const end = s.facts.proseEnd;
  const candidates: Candidate[] = [];
  let offset = 0;
  for (let i = 0; i < s.lines.length && offset < end && candidates.length < 200; i++) {
    const line = s.lines[i];
    offset += line.length + 1;
    if (!line.includes("@")) continue;
    const lower = line.trim().toLowerCase();
    if (NOT_RECIPIENT_OPENINGS.some((o) => lower.startsWith(o))) continue;
    if (NOT_RECIPIENT_WORDS.some((w) => lower.includes(w))) continue;
    const cued = RECIPIENT_CUES.some((w) => lower.includes(w));
    for (const address of emailsIn(line, 5)) {
      const key = address.toLowerCase();
      if (own.has(key) || key.startsWith("mailer-daemon@")) continue;
      candidates.push({ address, line: i, cued });
    }
  }
  const cued = candidates.filter((c) => c.cued);
  const chosen = cued.length ? cued : new Set(candidates.map((c) => c.address.toLowerCase())).size === 1 ? candidates.slice(0, 1) : [];
  if (!chosen.length) return false;
  for (const c of chosen) {
    if (s.knows(c.address)) continue;
    s.touch(c.address);
    const line = s.lines[c.line];
    const own = reasonAround(line, c.address);
    // A server reply quoted elsewhere in the report says more than the sentence naming the address.
    const loose = s.facts.looseDiagnostic;
    if (loose && findCodes(loose).reply && chosen.length === 1) s.setDiag(loose, s.facts.looseDiagnosticLine, true);
    else if (own) s.setDiag(own, line, !!findCodes(own).reply);
    else {
      // The reason on the lines under the address (up to a blank line).
      const next = s.following(c.line, 6);
      if (next && !next.includes("@")) s.setDiag(next, s.lines[c.line + 1] ?? line, false);
    }
  }
  // A reply found elsewhere in the report belongs to the one recipient named.
  const r = s.facts.recipients;
  if (r.length === 1 && !r[0].diagnostic && s.facts.looseDiagnostic) {
    r[0].diagnostic = s.facts.looseDiagnostic;
    r[0].diagnosticLine = s.facts.looseDiagnosticLine;
  }
  return r.length > 0;
}
