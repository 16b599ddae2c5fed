/** Graph's error answers turned into MailboxFailures: the HTTP status and Graph's own error code. */
import type { MailboxFailure, MailboxFailureKind } from "./types";

/** Graph's codes for a mailbox it can't serve (on-premises, consumer, not provisioned). */
const UNSUPPORTED_MAILBOX_CODES = new Set(["MailboxNotEnabledForRESTAPI", "MailboxNotSupportedForRESTAPI", "ErrorMailboxNotSupported"]);

interface GraphErrorBody {
  code?: string;
  message?: string;
  requestId?: string;
}

/** Reads Graph's `{"error": {"code", "message", "innerError": {"request-id"}}}`; anything else is tolerated. */
export function parseErrorBody(text: string): GraphErrorBody {
  try {
    const json = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; innerError?: { "request-id"?: unknown } } };
    const e = json?.error;
    if (!e || typeof e !== "object") return {};
    const body: GraphErrorBody = {};
    if (typeof e.code === "string") body.code = e.code.slice(0, 100);
    if (typeof e.message === "string") body.message = e.message.slice(0, 300);
    const rid = e.innerError?.["request-id"];
    if (typeof rid === "string") body.requestId = rid.slice(0, 100);
    return body;
  } catch {
    return {};
  }
}

export function kindForStatus(status: number, code: string | undefined): MailboxFailureKind {
  if (code && UNSUPPORTED_MAILBOX_CODES.has(code)) return "mailbox-unsupported";
  if (status === 400) return code === "InefficientFilter" ? "inefficient-filter" : "bad-request";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404 || status === 410) return "not-found";
  if (status === 429) return "throttled";
  if (status >= 500) return "unavailable";
  return "bad-response";
}

export function httpFailure(step: string, status: number, bodyText: string, headers: Headers, retryAfterSeconds?: number): MailboxFailure {
  const body = parseErrorBody(bodyText);
  const failure: MailboxFailure = {
    kind: kindForStatus(status, body.code),
    step,
    status,
    message: body.message ?? `Microsoft Graph answered HTTP ${status}.`,
  };
  if (body.code) failure.code = body.code;
  const requestId = headers.get("request-id") ?? body.requestId;
  if (requestId) failure.requestId = requestId.slice(0, 100);
  if (retryAfterSeconds !== undefined) failure.retryAfterSeconds = retryAfterSeconds;
  return failure;
}
