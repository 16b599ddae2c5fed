/**
 * Strict shape check of a decoded payload. The block came from a message, so it is hostile until
 * proven otherwise: every field is checked for type, length and allowed values, and the result is
 * a fresh object holding only the checked fields (unknown keys are dropped and reported).
 */
import { guidanceById } from "../classifier/guidance/index";
import { LIMITS } from "./limits";
import {
  GENERATOR,
  PAYLOAD_VERSION,
  type PayloadClient,
  type PayloadDiagnosis,
  type PayloadFailure,
  type PayloadOriginal,
  type PayloadRecipient,
  type PayloadV1,
} from "./payload";
import { CONFIDENCES, HOST_MODES, KINDS, LAYOUTS, READ_PATHS, REASONS, isOneOf } from "./vocabulary";

export type Validation = { ok: true; payload: PayloadV1; warnings: string[]; unknownGuidanceIds: string[] } | { ok: false; foreign: string };

/** Thrown only inside this module and turned into `{ ok: false }` by validatePayload. */
class ShapeError {
  constructor(readonly message: string) {}
}

/** A well-formed block that is not ours (another version or writer): reported without a prefix. */
class NotOursError extends ShapeError {}

type Obj = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_WARNINGS = 20;

class Checker {
  readonly warnings: string[] = [];

  object(value: unknown, path: string, known: readonly string[]): Obj {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ShapeError(`${path} is not an object`);
    const obj = value as Obj;
    for (const key of Object.keys(obj)) {
      if (!known.includes(key) && this.warnings.length < MAX_WARNINGS) this.warnings.push(`ignored unknown field ${path}.${key.slice(0, 40)}`);
    }
    return obj;
  }

  string(value: unknown, path: string, max: number): string {
    if (typeof value !== "string") throw new ShapeError(`${path} is not a string`);
    if (value.length > max) throw new ShapeError(`${path} is longer than ${max} characters`);
    return value;
  }

  optionalString(obj: Obj, key: string, path: string, max: number = LIMITS.text): { [k: string]: string } {
    return obj[key] === undefined ? {} : { [key]: this.string(obj[key], `${path}.${key}`, max) };
  }

  array(value: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(value)) throw new ShapeError(`${path} is not an array`);
    if (value.length > max) throw new ShapeError(`${path} has more than ${max} entries`);
    return value;
  }

  oneOf<T extends string>(list: readonly T[], value: unknown, path: string): T {
    if (!isOneOf(list, value)) throw new ShapeError(`${path} is not a known value`);
    return value;
  }
}

function checkOriginal(c: Checker, value: unknown): PayloadOriginal {
  const keys = ["subject", "date", "messageId", "from", "to"] as const;
  const o = c.object(value, "diagnosis.original", keys);
  const out: PayloadOriginal = {};
  for (const key of keys) Object.assign(out, c.optionalString(o, key, "diagnosis.original"));
  return out;
}

function checkRecipient(c: Checker, value: unknown, path: string): PayloadRecipient {
  const r = c.object(value, path, ["address", "status", "reply", "reason", "diagnostic", "remoteMta", "guidanceId", "confidence"]);
  return {
    address: c.string(r.address, `${path}.address`, LIMITS.text),
    status: c.string(r.status, `${path}.status`, LIMITS.status),
    reply: c.string(r.reply, `${path}.reply`, LIMITS.reply),
    reason: c.oneOf(REASONS, r.reason, `${path}.reason`),
    diagnostic: c.string(r.diagnostic, `${path}.diagnostic`, LIMITS.diagnostic),
    ...c.optionalString(r, "remoteMta", path),
    guidanceId: c.string(r.guidanceId, `${path}.guidanceId`, LIMITS.guidanceId),
    confidence: c.oneOf(CONFIDENCES, r.confidence, `${path}.confidence`),
  };
}

function checkDiagnosis(c: Checker, value: unknown): PayloadDiagnosis {
  const d = c.object(value, "diagnosis", ["kind", "layout", "reportingMta", "arrivalDate", "original", "recipients"]);
  const recipients = c.array(d.recipients, "diagnosis.recipients", LIMITS.recipients);
  return {
    kind: c.oneOf(KINDS, d.kind, "diagnosis.kind"),
    layout: c.oneOf(LAYOUTS, d.layout, "diagnosis.layout"),
    ...c.optionalString(d, "reportingMta", "diagnosis"),
    ...c.optionalString(d, "arrivalDate", "diagnosis"),
    ...(d.original === undefined ? {} : { original: checkOriginal(c, d.original) }),
    recipients: recipients.map((r, i) => checkRecipient(c, r, `diagnosis.recipients[${i}]`)),
  };
}

function checkFailure(c: Checker, value: unknown, path: string): PayloadFailure {
  const f = c.object(value, path, ["step", "code", "message"]);
  let code: { code?: string | number } = {};
  if (typeof f.code === "number") {
    if (!Number.isFinite(f.code)) throw new ShapeError(`${path}.code is not a finite number`);
    code = { code: f.code };
  } else if (f.code !== undefined) code = { code: c.string(f.code, `${path}.code`, LIMITS.failureCode) };
  return {
    step: c.string(f.step, `${path}.step`, LIMITS.failureStep),
    ...code,
    message: c.string(f.message, `${path}.message`, LIMITS.failureMessage),
  };
}

function checkClient(c: Checker, value: unknown): PayloadClient {
  const o = c.object(value, "client", ["mode", "host", "platform", "version", "mailboxSets", "readPath", "failures"]);
  const sets = c.array(o.mailboxSets, "client.mailboxSets", LIMITS.mailboxSets);
  const failures = c.array(o.failures, "client.failures", LIMITS.failures);
  return {
    ...(o.mode === undefined ? {} : { mode: c.oneOf(HOST_MODES, o.mode, "client.mode") }),
    ...c.optionalString(o, "host", "client"),
    ...c.optionalString(o, "platform", "client"),
    ...c.optionalString(o, "version", "client"),
    mailboxSets: sets.map((s, i) => c.string(s, `client.mailboxSets[${i}]`, LIMITS.mailboxSet)),
    ...(o.readPath === undefined ? {} : { readPath: c.oneOf(READ_PATHS, o.readPath, "client.readPath") }),
    failures: failures.map((f, i) => checkFailure(c, f, `client.failures[${i}]`)),
  };
}

function checkItem(c: Checker, value: unknown): { subject: string; date?: string } {
  const o = c.object(value, "item", ["subject", "date"]);
  return { subject: c.string(o.subject, "item.subject", LIMITS.text), ...c.optionalString(o, "date", "item") };
}

function checkTop(c: Checker, value: unknown): PayloadV1 {
  const top = c.object(value, "payload", ["v", "generator", "createdAt", "truncated", "item", "diagnosis", "client"]);
  // Version and generator first: a foreign block should be named as such, not as "bad shape".
  if (top.v !== PAYLOAD_VERSION) throw new NotOursError(typeof top.v === "number" ? `unknown version ${top.v}` : "no version number");
  if (top.generator !== GENERATOR) throw new NotOursError(`not generated by ${GENERATOR}`);
  const createdAt = c.string(top.createdAt, "createdAt", LIMITS.createdAt);
  if (!ISO_DATE.test(createdAt) || Number.isNaN(Date.parse(createdAt))) throw new ShapeError("createdAt is not an ISO date");
  if (top.truncated !== undefined && top.truncated !== true) throw new ShapeError("truncated is not true");
  return {
    v: PAYLOAD_VERSION,
    generator: GENERATOR,
    createdAt,
    ...(top.truncated === true ? { truncated: true as const } : {}),
    ...(top.item === undefined ? {} : { item: checkItem(c, top.item) }),
    diagnosis: checkDiagnosis(c, top.diagnosis),
    ...(top.client === undefined ? {} : { client: checkClient(c, top.client) }),
  };
}

/** Never throws; `foreign` says what was wrong, with the field's path. */
export function validatePayload(value: unknown): Validation {
  const c = new Checker();
  try {
    const payload = checkTop(c, value);
    const unknownGuidanceIds = [...new Set(payload.diagnosis.recipients.map((r) => r.guidanceId).filter((id) => guidanceById(id) === undefined))];
    return { ok: true, payload, warnings: c.warnings, unknownGuidanceIds };
  } catch (error) {
    if (error instanceof NotOursError) return { ok: false, foreign: error.message };
    if (error instanceof ShapeError) return { ok: false, foreign: `invalid payload: ${error.message}` };
    // Defensive only: nothing above throws anything else, but the decoder must never throw.
    return { ok: false, foreign: "payload could not be checked" };
  }
}
