/**
 * The engine: reads any input into Material, decides what kind of message it is, and builds one
 * RecipientDiagnosis per failed (or delayed) recipient. Never throws: problems become warnings.
 */
import { cleanHost, commandIn, findCodes, preferStatus } from "./codes";
import { type DeliveryStatus, type DsnRecipient, parseDeliveryStatus } from "./deliveryStatus";
import { complaintRecipients, isJmrpComplaint } from "./feedback";
import { MAX_RECIPIENTS } from "./fieldCaps";
import { selectGuidance } from "./guidance";
import { headerSignals } from "./kind";
import { decodeReport, detectLayout } from "./layouts/engine/decode";
import type { ProseFacts, ProseRecipient } from "./layouts/engine/facts";
import { firstEmail, isEmailAddress } from "./mail/address";
import { isMicrosoftHost } from "./mail/microsoftHost";
import { type Material, looksLikeMime, materialFromMime, materialFromParts, toBytes } from "./material";
import { decodeHeaderFacts } from "./mime/decode";
import { header, parseHeaderBlock } from "./mime/headers";
import { isMsgFile, msgToParts } from "./msgInput";
import { type WarningLog, evidenceOf, newWarningLog, prependWarnings, warn } from "./notes";
import { extractHops } from "./prose/hops";
import { findInlineNdr } from "./prose/inlineForward";
import { CHALLENGE_PHRASES, DELAY_PHRASES } from "./prose/kindWords";
import { decideReason } from "./reason";
import type {
  ClassifyInput,
  ClassifyOptions,
  Diagnosis,
  Evidence,
  EvidenceSource,
  Layout,
  MessageKind,
  MessageParts,
  OriginalMessage,
  Reason,
  RecipientAction,
  RecipientDiagnosis,
} from "./types";

const MAX_NESTED_DEPTH = 3;

function emptyDiagnosis(warnings: WarningLog): Diagnosis {
  return { isBounce: false, kind: "not-bounce", layout: "none", recipients: [], evidence: [], warnings: warnings.texts, warningCodes: warnings.codes };
}

async function toMaterial(input: ClassifyInput, warnings: WarningLog): Promise<Material> {
  if (input instanceof Uint8Array) {
    if (isMsgFile(input)) {
      try {
        return materialFromParts(await msgToParts(input));
      } catch (err) {
        warn(warnings, "warn.msg-unreadable", { error: String(err).slice(0, 200) });
        return materialFromParts({});
      }
    }
    return materialFromMime(input);
  }
  if (typeof input === "string") {
    if (looksLikeMime(input)) return materialFromMime(toBytes(input));
    return materialFromParts({ text: input });
  }
  if (input && typeof input === "object") return materialFromParts(input as MessageParts);
  warn(warnings, "warn.nothing-to-read");
  return materialFromParts({});
}

function actionFromStatus(status: string): RecipientAction {
  if (status.startsWith("5")) return "failed";
  if (status.startsWith("4")) return "delayed";
  if (status.startsWith("2")) return "delivered";
  return "";
}

function mergeDsn(texts: string[], warnings: WarningLog): DeliveryStatus {
  const merged: DeliveryStatus = { recipients: [] };
  for (const t of texts) {
    const d = parseDeliveryStatus(t, warnings);
    merged.reportingMta ??= d.reportingMta;
    merged.arrivalDate ??= d.arrivalDate;
    merged.receivedFromMta ??= d.receivedFromMta;
    merged.recipients.push(...d.recipients);
  }
  for (const r of merged.recipients) if (!r.action) r.action = actionFromStatus(r.status);
  return merged;
}

/** A challenge-response request ("add yourself to my guest list"), with no refusal code of a mail server in it. */
function isChallenge(text: string, prose: ProseFacts): boolean {
  const head = text.slice(0, 20000).toLowerCase();
  if (!CHALLENGE_PHRASES.some((p) => head.includes(p))) return false;
  const replies = [prose.looseDiagnostic, ...prose.recipients.map((r) => r.diagnostic)];
  return !replies.some((t) => /(?:^|\D)[45]\d\d[ -]|[45]\.\d{1,3}\.\d/.test(t));
}

function hasDelayWording(text: string): boolean {
  const head = text.slice(0, 20000).toLowerCase();
  return DELAY_PHRASES.some((p) => head.includes(p.toLowerCase()));
}

/** Delivery-status fields printed in the body instead of a message/delivery-status part. */
function inlineDsnText(text: string): string[] {
  const head = text.length > 256 * 1024 ? text.slice(0, 256 * 1024) : text;
  const m = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient)\s*:/im.exec(head);
  if (!m || !/^Final-Recipient\s*:/im.test(head) || !/^(?:Action|Status)\s*:/im.test(head)) return [];
  return [head.slice(m.index, m.index + 64 * 1024)];
}

interface Draft {
  address: string;
  displayName?: string;
  originalRecipient?: string;
  action: RecipientAction;
  dsnStatus: string;
  diagnostic: string;
  diagSource: EvidenceSource;
  diagLine: string;
  remoteMta?: string;
  command?: string;
  toProgram?: boolean;
  diagnosticType?: string;
  layoutReason?: Reason;
}

/**
 * Whether a recipient field holds a mailbox at all (local@host, a single-label host like
 * "mailhub0" included), rather than a program ("|/usr/bin/filter …"), a file or a bare route.
 */
function looksLikeAddress(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return false;
  const first = value.charCodeAt(0);
  return first !== 0x7c && first !== 0x2f && isEmailAddress(value.slice(0, at) + "@x." + "example") && !/\s/.test(value.slice(at + 1));
}

function draftsFrom(dsn: DeliveryStatus, prose: ProseFacts, material: Material, kind: MessageKind): Draft[] {
  const drafts: Draft[] = [];
  const proseBy = new Map<string, ProseRecipient>();
  for (const p of prose.recipients) proseBy.set(p.address.toLowerCase(), p);
  // A bounce reports its delayed recipients too: the report names them, and they may still fail.
  const wanted = (r: DsnRecipient): boolean =>
    kind === "bounce" ? r.action === "failed" || r.action === "" || r.action === "delayed" : kind === "delay" ? r.action === "delayed" : true;
  const dsnList = dsn.recipients.filter(wanted);
  for (const r of dsnList) {
    let p = proseBy.get(r.finalRecipient.toLowerCase()) ?? (r.originalRecipient ? proseBy.get(r.originalRecipient.toLowerCase()) : undefined);
    if (!p && dsnList.length === 1 && prose.recipients.length === 1) p = prose.recipients[0];
    // Final-Recipient may be a program, a file or a bare route ("|/usr/bin/filter …", "/var/mail/x",
    // "@mx.example.org"): the address is then the original recipient's, or the one the report's text names.
    let address = r.finalRecipient;
    if (!looksLikeAddress(address)) {
      const inside = firstEmail(address);
      address =
        (r.originalRecipient && looksLikeAddress(r.originalRecipient) ? r.originalRecipient : "") ||
        (p && looksLikeAddress(p.address) ? p.address : "") ||
        inside ||
        address;
    }
    let diagnostic = r.diagnostic;
    let diagSource: EvidenceSource = "delivery-status";
    let diagLine = diagnostic ? `Diagnostic-Code: ${r.diagnosticType ? r.diagnosticType + ";" : ""}${diagnostic}` : "";
    if (!diagnostic && r.statusComment) {
      diagnostic = r.statusComment;
      diagLine = `Status: ${r.status} (${r.statusComment})`;
    }
    const proseDiag = p?.diagnostic || (dsnList.length === 1 ? prose.looseDiagnostic : "");
    const proseLine = p?.diagnostic ? p.diagnosticLine : prose.looseDiagnosticLine;
    if (r.supplementary && !findCodes(diagnostic).reply) {
      diagnostic = r.supplementary;
      diagLine = `X-Supplementary-Info: ${r.supplementary}`;
    }
    if (proseDiag && (!diagnostic || (!findCodes(diagnostic).reply && findCodes(proseDiag).reply))) {
      diagnostic = proseDiag;
      diagSource = material.textSource;
      diagLine = proseLine;
    }
    drafts.push({
      address,
      displayName: r.displayName ?? p?.displayName,
      originalRecipient: r.originalRecipient && r.originalRecipient !== address ? r.originalRecipient : undefined,
      action: r.action,
      dsnStatus: r.status,
      diagnostic,
      diagSource,
      diagLine,
      remoteMta: r.remoteMta ?? p?.remoteMta,
      command: p?.command,
      toProgram: !!r.program || r.finalRecipient.startsWith("|") || !!p?.program,
      diagnosticType: diagSource === "delivery-status" ? r.diagnosticType : undefined,
      layoutReason: p?.reason,
    });
  }
  if (drafts.length || dsnList.length) return drafts;
  // No delivery-status part: the prose is all there is.
  const proseList = prose.recipients.length ? prose.recipients : [];
  for (const p of proseList) {
    drafts.push({
      address: p.address,
      displayName: p.displayName,
      action: kind === "delay" || p.delayed ? "delayed" : "failed",
      dsnStatus: p.status ?? "",
      diagnostic: p.diagnostic || (proseList.length === 1 || !prose.recipients.some((x) => x.diagnostic) ? prose.looseDiagnostic : ""),
      diagSource: material.textSource,
      diagLine: p.diagnostic ? p.diagnosticLine : prose.looseDiagnosticLine,
      remoteMta: p.remoteMta,
      command: p.command,
      layoutReason: p.reason,
      toProgram: p.program,
    });
  }
  if (!drafts.length && (prose.looseDiagnostic || prose.statusLine || kind === "bounce")) {
    drafts.push({
      address: "",
      action: kind === "delay" ? "delayed" : "failed",
      dsnStatus: "",
      diagnostic: prose.looseDiagnostic,
      diagSource: material.textSource,
      diagLine: prose.looseDiagnosticLine,
    });
  }
  return drafts;
}

function finishRecipient(d: Draft, prose: ProseFacts, reportingMta: string | undefined, reportText: string): RecipientDiagnosis {
  const evidence: Evidence[] = [];
  const codes = findCodes(d.diagnostic);
  let reply = codes.reply;
  let status = preferStatus(d.dsnStatus, codes.status, reply);
  if (d.dsnStatus) evidence.push(evidenceOf("delivery-status", `Status: ${d.dsnStatus}`, "status.dsn"));
  if (prose.statusLine && (!status || !reply)) {
    status ||= prose.statusLine.status;
    reply ||= prose.statusLine.reply;
    evidence.push(evidenceOf("text-body", prose.statusLine.line, "status.exo-line"));
  }
  if (d.diagLine) evidence.push(evidenceOf(d.diagSource, d.diagLine, "reply.server"));
  const command = d.command ?? commandIn(d.diagnostic);
  let remoteMta = d.remoteMta ?? (prose.recipients.length <= 1 ? prose.remoteMta : undefined);
  if (!remoteMta) {
    const bracket = /\[([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:outlook|protection\.outlook)\.com)\b/i.exec(d.diagnostic);
    if (bracket) remoteMta = bracket[1];
  }
  const hosts = [remoteMta ?? "", reportingMta ?? "", d.address, d.diagnostic];
  const decided = decideReason({
    status,
    reply,
    diagnostic: d.diagnostic,
    action: d.action,
    hosts,
    bodyText: reportText,
    command,
    toProgram: d.toProgram,
    diagnosticType: d.diagnosticType,
    layoutReason: d.layoutReason,
  });
  evidence.push(evidenceOf(d.diagSource, d.diagnostic.slice(0, 300) || status || "(no text)", decided.rule, { reason: decided.reason, ...decided.params }));
  // Prose only matters to guidance when the server's reply is missing; it is the costly input.
  const match = selectGuidance({
    status,
    reply,
    diagnostic: d.diagnostic,
    remoteMta,
    reportingMta,
    bodyText: d.diagnostic ? undefined : reportText.slice(0, 8000),
  });
  let reason = decided.reason;
  let confidence = decided.confidence;
  // Only a guidance entry chosen by its words may name the reason: a code alone (5.4.1 from any MTA) says too little.
  if ((reason === "undefined" || reason === "onhold") && !match.entry.generic && match.by === "phrase") {
    reason = match.entry.reason;
    confidence = "low";
    evidence.push(evidenceOf(d.diagSource, match.matched, "guidance.reason", { id: match.entry.id }));
  }
  if (match.matched) evidence.push(evidenceOf(d.diagSource, match.matched.slice(0, 300), "guidance.match", { id: match.entry.id }));
  if (remoteMta && isMicrosoftHost(remoteMta)) evidence.push(evidenceOf(d.diagSource, remoteMta, "host.microsoft"));
  return {
    address: d.address,
    displayName: d.displayName,
    originalRecipient: d.originalRecipient,
    action: d.action || actionFromStatus(status),
    status,
    reply,
    diagnostic: d.diagnostic,
    remoteMta,
    command,
    reason,
    guidance: match.entry,
    confidence: confidence === "high" && match.confidence === "low" ? "medium" : confidence,
    evidence,
  };
}

/** A complaint names who complained; there is no SMTP reply to explain, so guidance is the generic one. */
function complaintDiagnosis(address: string, found: Evidence): RecipientDiagnosis {
  const match = selectGuidance({ status: "", reply: "", diagnostic: "" });
  return {
    address,
    action: "",
    status: "",
    reply: "",
    diagnostic: "",
    reason: "feedback",
    guidance: match.entry,
    confidence: "high",
    evidence: [found, evidenceOf("headers", address, "complaint.reason", { reason: "feedback" })],
  };
}

function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function skipDashes(text: string, i: number, end: number): number {
  let k = i;
  while (k < end && text.charCodeAt(k) === 45) k++;
  return k - i >= 2 ? k : i;
}

/**
 * The line "Original Message" (optionally "-- Original Message: --", any case, spaces or tabs
 * around), and where it ends. Index scans: the regex this replaces, /^[ \t]*(?:-{2,}[ \t]*)?
 * Original Message:?[ \t]*(?:-{2,})?[ \t]*$/im, tried every split of a long space run after the
 * words (tens of thousands of spaces or &nbsp; cost seconds).
 */
const ORIGINAL_MESSAGE = /original message/gi;

export function findOriginalMessageLine(text: string): { start: number; end: number } | undefined {
  // A literal pattern (no quantifier) finds the candidates without lower-casing the whole text.
  const lower = text;
  const words = "original message";
  ORIGINAL_MESSAGE.lastIndex = 0;
  for (let hit = ORIGINAL_MESSAGE.exec(text); hit; hit = ORIGINAL_MESSAGE.exec(text)) {
    const at = hit.index;
    const lineStart = lower.lastIndexOf("\n", at) + 1;
    let lineEnd = lower.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = lower.length;
    const contentEnd = lineEnd > lineStart && lower.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // Before the words: blanks, optionally dashes and blanks.
    let i = skipBlanks(lower, lineStart, at);
    i = skipBlanks(lower, skipDashes(lower, i, at), at);
    if (i !== at) continue;
    // After them: an optional colon, blanks, optionally dashes, blanks, then the end of the line.
    let j = at + words.length;
    if (lower.charCodeAt(j) === 58) j++;
    j = skipBlanks(lower, skipDashes(lower, skipBlanks(lower, j, contentEnd), contentEnd), contentEnd);
    if (j === contentEnd) return { start: lineStart, end: contentEnd };
  }
  return undefined;
}

async function originalFrom(material: Material): Promise<OriginalMessage | undefined> {
  const original: OriginalMessage = {};
  if (material.originalHeaders) {
    const facts = decodeHeaderFacts(material.originalHeaders.slice(0, 256 * 1024));
    Object.assign(original, facts);
  }
  const inReplyTo = header(material.headers, "in-reply-to") ?? header(material.headers, "references");
  if (!original.messageId && inReplyTo) {
    const m = /<[^<>\s]{1,500}>/.exec(inReplyTo);
    if (m) original.messageId = m[0];
  }
  if (!original.subject) {
    const m = /^Subject:\s*(.+)$/m.exec(material.text.slice(0, 100000).split(/Original Message Details/i)[1] ?? "");
    if (m) original.subject = m[1].trim();
  }
  if (!original.to) {
    // A header block quoted in the report ("Original Message:" then From/To/Subject lines).
    const quoted = findOriginalMessageLine(material.text.slice(0, 100000));
    if (quoted) {
      const block = material.text.slice(quoted.end, quoted.end + 4000);
      const facts = decodeHeaderFacts(block.replace(/^\s+/, ""));
      original.to ??= facts.to;
      original.from ??= facts.from;
      original.subject ??= facts.subject;
    }
  }
  for (const k of Object.keys(original) as Array<keyof OriginalMessage>) if (!original[k]) delete original[k];
  return Object.keys(original).length ? original : undefined;
}

async function analyse(material: Material, depth: number, options: ClassifyOptions): Promise<Diagnosis> {
  const warnings = material.warnings;
  const signals = headerSignals(material.headers);
  const evidence: Evidence[] = [...signals.bounce];
  const reportSubject = signals.subject || undefined;
  const dsn = mergeDsn(material.dsnTexts.length ? material.dsnTexts : inlineDsnText(material.text), warnings);
  const report = decodeReport(material.text, { headers: material.headers, subject: signals.subject, hasDeliveryStatus: dsn.recipients.length > 0 });
  const prose = report.facts;
  const first = report.detected[0];
  const layoutHit = first ? { layout: report.module?.family ?? first.module.family, marker: first.marker } : undefined;
  if (layoutHit) evidence.push(evidenceOf(material.textSource, layoutHit.marker, "layout.marker", { layout: layoutHit.layout }));
  for (const m of prose.markers.slice(0, 3)) evidence.push(evidenceOf(material.textSource, m, "prose.ndr-wording"));

  // A person forwarding an NDR inline: read the quoted NDR, not the forward around it.
  if (!dsn.recipients.length && !signals.fromDaemon && depth < MAX_NESTED_DEPTH) {
    const inline = findInlineNdr(material.text);
    if (inline && detectLayout(inline.text)) {
      const headers = parseHeaderBlock(`From: ${inline.from}\nSubject: ${inline.subject}\n`);
      const inner = await analyse({ ...material, headers, text: inline.text, dsnTexts: [], nested: [], warnings }, depth + 1, options);
      if (inner.isBounce || inner.kind === "delay") {
        inner.evidence.unshift(evidenceOf(material.textSource, inline.headerLines.join(" | ").slice(0, 300), "container.inline-forward"));
        inner.container = "inline-forward";
        return inner;
      }
    }
  }

  let kind: MessageKind = "not-bounce";
  if (material.hasDisposition || /report-type="?disposition-notification/i.test(header(material.headers, "content-type") ?? "")) {
    kind = "read-receipt";
    evidence.push(evidenceOf("headers", "message/disposition-notification", "kind.read-receipt"));
  } else if (material.hasFeedback) {
    kind = "feedback-report";
    evidence.push(evidenceOf("headers", "message/feedback-report", "kind.arf"));
  } else if (!dsn.recipients.length && prose.kind) {
    // The layout states what the report is (a JSON notification's type).
    kind = prose.kind;
    evidence.push(evidenceOf(material.textSource, layoutHit?.marker ?? prose.kind, "kind.layout-states", { kind: prose.kind }));
  } else if (!dsn.recipients.length && isJmrpComplaint(signals.subject, material.nested.length > 0)) {
    kind = "feedback-report";
    evidence.push(evidenceOf("headers", `Subject: ${signals.subject}`.slice(0, 300), "kind.jmrp"));
  } else if (dsn.recipients.length) {
    const actions = dsn.recipients.map((r) => r.action);
    if (actions.includes("failed") || actions.includes("")) kind = "bounce";
    else if (actions.includes("delayed")) kind = "delay";
    else kind = "delivery-report";
    evidence.push(evidenceOf("delivery-status", `Action: ${dsn.recipients[0].rawAction || dsn.recipients[0].action}`, "kind.dsn-action"));
    // A DSN that says "failed" while every code is 4.x.x and the text speaks of delay is a delay notice.
    if (kind === "bounce" && dsn.recipients.every((r) => r.status.startsWith("4")) && hasDelayWording(material.text)) kind = "delay";
  } else if (isChallenge(material.text, prose)) {
    kind = "auto-reply";
    evidence.push(evidenceOf(material.textSource, "challenge-response", "kind.challenge-response"));
  } else {
    const pastedOnly = !signals.hasHeaders;
    const hasFacts = !!layoutHit || !!prose.looseDiagnostic || prose.recipients.length > 0 || !!prose.statusLine;
    // A null sender alone says "automatic", not "bounce"; with a recognised report layout it says both.
    const nullSenderReport = signals.nullSender && !!layoutHit && signals.bounce.length === 0;
    if (nullSenderReport && layoutHit) evidence.push(evidenceOf("headers", "Return-Path: <>", "header.null-sender"));
    if ((signals.bounce.length > 0 || nullSenderReport || (pastedOnly && !!layoutHit)) && hasFacts) {
      const anyPermanent = [prose.looseDiagnostic, ...prose.recipients.map((r) => r.diagnostic), prose.statusLine?.status ?? ""].some((t) =>
        /(?:^|\D)5\d\d|(?:^|\D)5\.\d{1,3}\.\d/.test(t),
      );
      kind = (signals.delaySubject || hasDelayWording(material.text)) && !anyPermanent ? "delay" : "bounce";
    } else if (signals.delaySubject && hasFacts) kind = "delay";
  }

  if (kind === "not-bounce") {
    for (const nested of material.nested.slice(0, 5)) {
      if (depth >= MAX_NESTED_DEPTH) break;
      const inner = await classifyAt(nested.content, depth + 1, options);
      if (inner.isBounce || inner.kind === "delay") {
        inner.evidence.unshift(evidenceOf("attachment", nested.label, "container.attachment"));
        inner.warnings.unshift(...warnings.texts);
        inner.warningCodes = [...warnings.codes, ...(inner.warningCodes ?? [])];
        inner.container = "attachment";
        return inner;
      }
    }
    if (signals.autoReply) {
      kind = "auto-reply";
      evidence.push(signals.autoReply);
    } else if (!evidence.length) evidence.push(evidenceOf("headers", reportSubject ?? "", "kind.no-markers"));
  }

  const reportingMta = dsn.reportingMta ?? prose.reportingMta;
  let layout: Layout = "none";
  if (kind === "bounce" || kind === "delay" || kind === "delivery-report") {
    layout = layoutHit?.layout ?? (dsn.recipients.length ? "rfc3464" : prose.looseDiagnostic || prose.recipients.length ? "text-only" : "other-mta");
  }
  const readsFacts = kind === "bounce" || kind === "delay" || kind === "delivery-report" || kind === "feedback-report";
  const decodedBy = !readsFacts
    ? undefined
    : kind === "feedback-report" && prose.kind !== "feedback-report"
      ? material.hasFeedback
        ? "arf"
        : "jmrp"
      : dsn.recipients.length && (!report.readBy || report.readBy === "generic" || report.readBy === "free-text")
        ? "rfc3464"
        : report.readBy;
  const diagnosis: Diagnosis = {
    isBounce: kind === "bounce",
    kind,
    layout,
    recipients: [],
    reportingMta: reportingMta ? cleanHost(reportingMta) : undefined,
    arrivalDate: dsn.arrivalDate,
    reportSubject,
    evidence,
    ...(decodedBy ? { decodedBy } : {}),
    // The log's own arrays: warnings met below still reach the diagnosis.
    warnings: warnings.texts,
    warningCodes: warnings.codes,
  };
  if (kind === "feedback-report") {
    if (prose.kind === "feedback-report") {
      for (const p of prose.recipients)
        diagnosis.recipients.push(complaintDiagnosis(p.address, evidenceOf(material.textSource, p.address, "complaint.names-recipient")));
    } else {
      for (const who of complaintRecipients(material.feedbackText, material.originalHeaders))
        diagnosis.recipients.push(complaintDiagnosis(who.address, who.evidence));
    }
    if (!options.omit?.original) diagnosis.original = await originalFrom(material);
  }
  if (kind === "bounce" || kind === "delay" || kind === "delivery-report") {
    const reportText = material.text.slice(0, prose.proseEnd);
    const drafts = draftsFrom(dsn, prose, material, kind);
    if (drafts.length > MAX_RECIPIENTS || report.recipientsCut) {
      warn(warnings, "warn.recipients-cut", { count: String(Math.max(drafts.length, MAX_RECIPIENTS + 1)), limit: String(MAX_RECIPIENTS) });
      drafts.length = Math.min(drafts.length, MAX_RECIPIENTS);
    }
    for (const d of drafts) {
      // A recipient with no address, no reply and no code says nothing (a DSN with an empty block).
      if (!d.address && !d.diagnostic && !d.dsnStatus) continue;
      diagnosis.recipients.push(finishRecipient(d, prose, diagnosis.reportingMta, reportText));
    }
    // Some gateways wrap the real report in their own notice: read the wrapped one when the notice names no one.
    if (kind === "bounce" && !diagnosis.recipients.some((r) => r.address) && depth < MAX_NESTED_DEPTH) {
      for (const nested of material.nested.slice(0, 3)) {
        const inner = await classifyAt(nested.content, depth + 1, options);
        if (!inner.isBounce || !inner.recipients.some((r) => r.address)) continue;
        inner.evidence.unshift(...evidence, evidenceOf("attachment", nested.label, "container.wrapped"));
        inner.warnings.unshift(...warnings.texts);
        inner.warningCodes = [...warnings.codes, ...(inner.warningCodes ?? [])];
        inner.reportSubject ??= reportSubject;
        return inner;
      }
    }
    if (!options.omit?.original) diagnosis.original = await originalFrom(material);
    if (!options.omit?.hops) {
      const hops = extractHops(material.text);
      if (hops.length) diagnosis.hops = hops;
    }
    if (kind === "bounce" && diagnosis.recipients.length === 0) warn(warnings, "warn.no-failed-recipient");
  }
  return diagnosis;
}

async function classifyAt(input: ClassifyInput, depth: number, options: ClassifyOptions): Promise<Diagnosis> {
  const warnings = newWarningLog();
  try {
    const material = await toMaterial(input, warnings);
    prependWarnings(material.warnings, warnings);
    return await analyse(material, depth, options);
  } catch (err) {
    warn(warnings, "warn.unreadable", { error: String(err).slice(0, 300) });
    return emptyDiagnosis(warnings);
  }
}

/** `options.omit` leaves out parts of the diagnosis a caller never reads (see ClassifyOptions). */
export function classify(input: ClassifyInput, options: ClassifyOptions = {}): Promise<Diagnosis> {
  return classifyAt(input, 0, options);
}
