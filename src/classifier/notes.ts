/**
 * Every sentence the engine writes about its own reading: evidence notes ("Why we think so") and
 * reading warnings, keyed by a stable code. The engine only names a code and its parameters; the
 * English `note` / warning is filled in here, so the pane can word the same code in its own
 * language (src/i18n/evidence/) while the CLI and older consumers keep the English text.
 *
 * Codes are part of the public vocabulary: rename one only together with every translation.
 */
import type { Evidence, EvidenceSource, NoteRef } from "./types";

export const NOTE_TEMPLATES = {
  // Header signals (kind.ts): why the message was (or was not) taken for a bounce.
  "header.exchange-ndr": "Exchange marks this message as an NDR",
  "header.dsn-report": "RFC 3464 delivery status report",
  "header.bounce-subject": "bounce subject",
  "header.daemon-sender": "sent by a mail system, not a person",
  "header.failed-recipients": "failed recipients header",
  "header.null-sender": "null sender (bounces have no return path)",
  "header.fml-notice": "fml mailing-list error notice",
  "autoreply.rfc3834": "RFC 3834 automatic reply",
  "autoreply.header": "automatic reply header",
  "autoreply.precedence": "automatic reply",
  "autoreply.subject": "automatic reply subject",

  // Message kind and layout (classify.ts).
  "layout.marker": "{layout} layout marker",
  "prose.ndr-wording": "NDR wording",
  "kind.read-receipt": "read receipt (RFC 8098)",
  "kind.arf": "abuse/complaint report (ARF)",
  "kind.jmrp": "complaint report (Microsoft JMRP layout, original attached)",
  "kind.dsn-action": "RFC 3464 per-recipient action",
  "kind.layout-states": "the report's own layout says it is a {kind}",
  "kind.challenge-response": "challenge-response request (asks the sender to prove they are a person): not a delivery failure",
  "kind.no-markers": "no bounce markers in headers or delivery-status",
  "container.inline-forward": "NDR forwarded inline by a person; reading the bounce inside it",
  "container.attachment": "bounce attached to this message; reading the attachment",
  "container.wrapped": "a gateway's notice wrapping the mail server's report; reading the wrapped report",

  // Complaint reports (feedback.ts, classify.ts).
  "complaint.names-recipient": "complaint report names the recipient",
  "complaint.original-recipient": "recipient of the message complained about",
  "complaint.reason": "reason {reason}: a recipient reported this message as abuse/spam",

  // One recipient (classify.ts).
  "status.dsn": "status from the delivery-status part",
  "status.exo-line": "Exchange Online 'Status code' line",
  "reply.server": "the server's reply",
  "guidance.reason": "reason from guidance entry {id}",
  "guidance.match": "guidance {id}",
  "host.microsoft": "Microsoft 365 server refused the message",

  // Which rule decided the reason (reason.ts); {reason} is the Sisimai reason name.
  "reason.delivered": "reason {reason}: delivered",
  "reason.msexch": "reason {reason}: Exchange 2003 MSEXCH code {msexch}",
  "reason.dbeb-tag": "reason {reason}: Directory-Based Edge Blocking tag AS(201806281)",
  "reason.dbeb-access-denied": "reason {reason}: Directory-Based Edge Blocking: 'Recipient address rejected: Access denied'",
  "reason.exo-tenant-attribution": "reason {reason}: Exchange Online TenantAttribution / ATTR36 relay denial",
  "reason.exo-relay-access-denied": "reason {reason}: Exchange Online '5.4.1 Relay Access Denied'",
  "reason.exo-no-answer": "reason {reason}: 5.4.1 'No answer from host' (the recipient's server did not answer)",
  "reason.exo-recipient-not-found": "reason {reason}: Exchange RESOLVER.ADR.RecipientNotFound",
  "reason.exo-auth-required": "reason {reason}: Exchange RESOLVER.RST.AuthRequired",
  "reason.exo-not-authorized": "reason {reason}: Exchange RESOLVER.RST.NotAuthorized",
  "reason.exo-recip-size-limit": "reason {reason}: Exchange RESOLVER.RST.RecipSizeLimit (message too large for this recipient)",
  "reason.exo-recip-limit": "reason {reason}: Exchange RESOLVER.ADR.RecipLimit",
  "reason.exo-queue-expired": "reason {reason}: Exchange QUEUE.Expired",
  "reason.exo-nonexistent-domain": "reason {reason}: Exchange SMTPSEND.DNS.NonExistentDomain",
  "reason.exo-mx-loopback": "reason {reason}: Exchange SMTPSEND.DNS.MxLoopback",
  "reason.exo-submission-quota": "reason {reason}: Exchange 'Submission quota exceeded'",
  "reason.exo-unable-to-relay": "reason {reason}: Exchange 'Unable to relay'",
  "reason.exo-banned-ip": "reason {reason}: Exchange Online banned sending IP (5.7.606-649)",
  "reason.exo-ip-reputation": "reason {reason}: Exchange Online rate limit due to IP reputation",
  "reason.exo-temporary-ip": "reason {reason}: Exchange Online temporary IP restriction",
  "reason.exo-banned-sender": "reason {reason}: Exchange Online banned sender (5.7.501-503)",
  "reason.exo-banned-recipient": "reason {reason}: Exchange Online banned recipient",
  "reason.exo-tenant-ban": "reason {reason}: Exchange Online tenant sending ban (5.7.7xx)",
  "reason.exo-transport-rule": "reason {reason}: Exchange transport rule rejection (5.7.9xx)",
  "reason.kddi-filter": "reason {reason}: KDDI au '550 : User unknown' (the recipient's filter refused the message)",
  "reason.docomo-refused": "reason {reason}: NTT docomo 'Unknown user' after DATA (the recipient's settings refuse this sender)",
  "reason.cox-aup": "reason {reason}: Cox AUP block-list code",
  "reason.status": "reason {reason}: status {status}",
  "reason.status-content": "reason {reason}: status {status} (message content)",
  "reason.status-outranks-phrase": 'reason {reason}: status {status} (mailbox exists, refused) outranks "{phrase}"',
  "reason.phrase": 'reason {reason}: phrase "{phrase}"',
  "reason.syntax-reply": "reason {reason}: SMTP reply {reply} (command syntax/sequence)",
  "reason.program": "reason {reason}: delivery to a program (|command) failed",
  "reason.report-text": 'reason {reason}: report text "{phrase}"',
  "reason.class-security": "reason {reason}: status class X.7 ({status})",
  "reason.refused-connection": "reason {reason}: refused at connection",
  "reason.refused-command": "reason {reason}: refused at {command}",
  "reason.layout": "reason {reason}: what this report layout's wording means",
  "reason.after-data": 'reason {reason}: "{phrase}" after the message was sent (DATA): a filter, not an address lookup',
  "reason.refused-sender": "reason {reason}: refused at {command} (the sender's address)",
  "reason.local-mailer": "reason {reason}: the local delivery program failed (x-unix)",
  "reason.exo-ip-not-accepted": "reason {reason}: Exchange Online 'traffic not accepted from this IP' (5.7.708)",
  "reason.delayed": "reason {reason}: delayed delivery",
  "reason.unrecognised": "reason {reason}: diagnostic text not recognised",
  "reason.nothing": "reason {reason}: no code or text to decide",

  // Reading warnings (Diagnosis.warnings): never fatal, shown under "Problems while reading".
  "warn.nothing-to-read": "Nothing to read.",
  "warn.msg-unreadable": "Could not read the Outlook .msg file: {error}",
  "warn.unreadable": "Could not read this message: {error}",
  "warn.input-too-large": "Input larger than {limit} bytes; the rest was not read.",
  "warn.text-cut": "A long text part was cut before reading.",
  "warn.too-many-parts": "Too many MIME parts; the rest were ignored.",
  "warn.unterminated-boundary": 'Unterminated MIME boundary "{boundary}".',
  "warn.boundary-not-found": 'MIME boundary "{boundary}" not found.',
  "warn.no-boundary": "A {type} part has no boundary; read as text.",
  "warn.too-deep": "MIME nesting too deep; inner parts were ignored.",
  "warn.no-failed-recipient": "This looks like a bounce but no failed recipient could be read.",
  "warn.field-cut": "The delivery-status field {field} was too long and was cut.",
  "warn.dsn-cut": "The delivery-status part is longer than {limit} characters; recipients listed after that were not read.",
  "warn.recipients-cut": "The report names {count} or more recipients; only the first {limit} are listed.",
} as const satisfies Record<string, string>;

export type NoteCode = keyof typeof NOTE_TEMPLATES;
/** The codes a reason rule names (its template starts with "reason {reason}: "). */
export type ReasonNoteCode = Extract<NoteCode, `reason.${string}`>;
export type WarningCode = Extract<NoteCode, `warn.${string}`>;
export type NoteParams = Readonly<Record<string, string>>;

/**
 * Fills {name} placeholders. A value goes in as is and is never re-scanned, so message text that
 * happens to hold "{x}" stays literal; a placeholder without a value stays visible.
 */
export function fillNote(template: string, params: NoteParams | undefined): string {
  if (!params) return template;
  // A scan rather than replace() with a callback: notes are written for every piece of evidence
  // of every message, and this is several times quicker. Same rule as /\{([A-Za-z0-9_]+)\}/g.
  let open = template.indexOf("{");
  if (open < 0) return template;
  let out = "";
  let from = 0;
  while (open >= 0) {
    let end = open + 1;
    while (end < template.length && isNameChar(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 125 /* } */) {
      const name = template.slice(open + 1, end);
      if (Object.hasOwn(params, name)) {
        out += template.slice(from, open) + params[name];
        from = end + 1;
      }
      open = template.indexOf("{", end + 1);
    } else open = template.indexOf("{", open + 1);
  }
  return from === 0 ? template : out + template.slice(from);
}

/** [A-Za-z0-9_] */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function noteText(code: NoteCode, params?: NoteParams): string {
  return fillNote(NOTE_TEMPLATES[code], params);
}

/** One piece of evidence, its English note written from the code's template. */
export function evidenceOf(source: EvidenceSource, text: string, code: NoteCode, params?: NoteParams): Evidence {
  const evidence: Evidence = { source, text, note: noteText(code, params), code };
  if (params) evidence.params = { ...params };
  return evidence;
}

/**
 * Where the engine writes warnings: the English texts (Diagnosis.warnings) and, index for index,
 * their codes (Diagnosis.warningCodes). Both arrays are handed to the Diagnosis as they are, so
 * warnings met after it was built still reach it.
 */
export interface WarningLog {
  texts: string[];
  codes: NoteRef[];
}

/** A plain array is accepted too: callers of parseMimeTree that only want the English (messageTexts, tests). */
export type WarningSink = WarningLog | string[];

export function newWarningLog(): WarningLog {
  return { texts: [], codes: [] };
}

export function warn(sink: WarningSink, code: WarningCode, params?: NoteParams): void {
  const text = noteText(code, params);
  if (Array.isArray(sink)) {
    sink.push(text);
    return;
  }
  sink.texts.push(text);
  sink.codes.push(params ? { code, params: { ...params } } : { code });
}

/** `earlier`'s warnings placed before `log`'s, texts and codes kept aligned. */
export function prependWarnings(log: WarningLog, earlier: WarningLog): void {
  log.texts.unshift(...earlier.texts);
  log.codes.unshift(...earlier.codes);
}
