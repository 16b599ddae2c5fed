/**
 * Version 1 of the machine-readable diagnosis that travels inside the "Forward to admin" message.
 * It names the guidance entry by id only: the admin's pane shows its own, current text for it.
 */
import type { Confidence, Diagnosis, Layout, MessageKind, Reason } from "../classifier/types";
import type { HostDiagnostics, ItemSummary, ReadPath } from "../shared/hostReport";
import { cut, LIMITS } from "./limits";

export const PAYLOAD_VERSION = 1;
export const GENERATOR = "ndr-assistant";

export interface PayloadRecipient {
  address: string;
  status: string;
  reply: string;
  reason: Reason;
  /** Cut to LIMITS.diagnostic; "" when the budget of the forward forced it out. */
  diagnostic: string;
  remoteMta?: string;
  guidanceId: string;
  confidence: Confidence;
}

export interface PayloadOriginal {
  subject?: string;
  date?: string;
  messageId?: string;
  from?: string;
  to?: string;
}

export interface PayloadDiagnosis {
  kind: MessageKind;
  layout: Layout;
  reportingMta?: string;
  arrivalDate?: string;
  original?: PayloadOriginal;
  recipients: PayloadRecipient[];
}

export interface PayloadFailure {
  step: string;
  code?: string | number;
  message: string;
}

export interface PayloadClient {
  mode?: "outlook" | "preview";
  host?: string;
  platform?: string;
  version?: string;
  mailboxSets: string[];
  readPath?: ReadPath;
  failures: PayloadFailure[];
}

export interface PayloadV1 {
  v: 1;
  generator: typeof GENERATOR;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Set when diagnostics or recipients were left out to fit the forward (or the caps). */
  truncated?: true;
  item?: { subject: string; date?: string };
  diagnosis: PayloadDiagnosis;
  client?: PayloadClient;
}

export interface PayloadContext {
  item?: Pick<ItemSummary, "subject" | "date">;
  diagnostics?: HostDiagnostics;
  /** Defaults to the current time; tests pass a fixed one. */
  now?: Date;
}

/** Copies only defined, capped strings, so the JSON (and a decoded copy) has no undefined keys. */
function optional<K extends string>(key: K, value: string | undefined, max: number = LIMITS.text): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: cut(value, max) } as { [P in K]?: string });
}

function toOriginal(original: Diagnosis["original"]): PayloadOriginal | undefined {
  if (!original) return undefined;
  const out: PayloadOriginal = {
    ...optional("subject", original.subject),
    ...optional("date", original.date),
    ...optional("messageId", original.messageId),
    ...optional("from", original.from),
    ...optional("to", original.to),
  };
  return Object.keys(out).length > 0 ? out : undefined;
}

function toClient(d: HostDiagnostics): PayloadClient {
  // The newest failures are the last ones (HostDiagnostics keeps them in order): keep those.
  const failures = d.failures.slice(-LIMITS.failures).map((f): PayloadFailure => ({
    step: cut(f.step, LIMITS.failureStep),
    ...(typeof f.code === "string" ? { code: cut(f.code, LIMITS.failureCode) } : {}),
    ...(typeof f.code === "number" && Number.isFinite(f.code) ? { code: f.code } : {}),
    message: cut(f.message, LIMITS.failureMessage),
  }));
  return {
    mode: d.mode,
    ...optional("host", d.host),
    ...optional("platform", d.platform),
    ...optional("version", d.version),
    mailboxSets: d.mailboxSets.slice(0, LIMITS.mailboxSets).map((s) => cut(s, LIMITS.mailboxSet)),
    ...(d.lastReadPath ? { readPath: d.lastReadPath } : {}),
    failures,
  };
}

function isoNow(now: Date | undefined): string {
  // toISOString throws on an invalid Date; a bad clock value must not stop the forward.
  return (now && !Number.isNaN(now.getTime()) ? now : new Date()).toISOString();
}

export function toPayload(diagnosis: Diagnosis, context: PayloadContext = {}): PayloadV1 {
  const recipients = diagnosis.recipients.slice(0, LIMITS.recipients).map((r): PayloadRecipient => ({
    address: cut(r.address, LIMITS.text),
    status: cut(r.status, LIMITS.status),
    reply: cut(r.reply, LIMITS.reply),
    reason: r.reason,
    diagnostic: cut(r.diagnostic, LIMITS.diagnostic),
    ...optional("remoteMta", r.remoteMta),
    guidanceId: cut(r.guidance.id, LIMITS.guidanceId),
    confidence: r.confidence,
  }));
  const original = toOriginal(diagnosis.original);
  const payload: PayloadV1 = {
    // "v" first: every block's base64 then starts with the same characters ("eyJ2").
    v: PAYLOAD_VERSION,
    generator: GENERATOR,
    createdAt: isoNow(context.now),
    ...(diagnosis.recipients.length > LIMITS.recipients ? { truncated: true as const } : {}),
    ...(context.item ? { item: { subject: cut(context.item.subject, LIMITS.text), ...optional("date", context.item.date) } } : {}),
    diagnosis: {
      kind: diagnosis.kind,
      layout: diagnosis.layout,
      ...optional("reportingMta", diagnosis.reportingMta),
      ...optional("arrivalDate", diagnosis.arrivalDate),
      ...(original ? { original } : {}),
      recipients,
    },
    ...(context.diagnostics ? { client: toClient(context.diagnostics) } : {}),
  };
  return payload;
}
