/**
 * Reads the open message itself, best path first: whole MIME (1.14) → HTML body + all headers
 * (1.8) → body alone (1.3). "Succeeded" with nothing in it counts as a failure (office-js #4773,
 * #6796), and so does a header block that holds only a field or two (#4109).
 */
import { base64Chars, decodeBase64Strict } from "../classifier/mail/base64";
import type { ClassifyInput, MessageParts } from "../classifier/types";
import { MAX_ATTACHMENT_BYTES } from "./attachments";
import { callOffice } from "./officeErrors";
import { isMailboxSetSupported, REQUIRES } from "./requirementSets";
import type { OfficeFailure, ReadPath } from "./types";

export type MessageRead = { ok: true; input: ClassifyInput; path: ReadPath; failures: OfficeFailure[] } | { ok: false; failures: OfficeFailure[] };

export interface ReadOptions {
  callTimeoutMs?: number;
}

/** Header lines of the form "Name: value" at the start of a line. */
function countHeaderFields(headers: string): number {
  let count = 0;
  let lineStart = 0;
  const limit = Math.min(headers.length, 200_000);
  while (lineStart < limit && count < 3) {
    const end = headers.indexOf("\n", lineStart);
    const line = headers.slice(lineStart, end < 0 ? limit : Math.min(end, lineStart + 1000));
    const colon = line.indexOf(":");
    if (colon > 0 && !/[\s]/.test(line[0]) && !/[\s]/.test(line.slice(0, colon))) count++;
    if (end < 0) break;
    lineStart = end + 1;
  }
  return count;
}

/** A usable EML has at least one header field before its first blank line. */
function looksLikeMime(bytes: Uint8Array): boolean {
  // Byte-per-char is enough to spot header fields, and avoids TextDecoder (absent under jsdom).
  let head = "";
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
  return countHeaderFields(head.split(/\r?\n\r?\n/, 1)[0]) >= 1;
}

function isBlank(text: unknown): boolean {
  return typeof text !== "string" || text.trim() === "";
}

type MimeResult = { ok: true; value: Uint8Array } | { ok: false; failure: OfficeFailure };

async function readMime(office: typeof Office, item: Office.MessageRead, timeout: number | undefined): Promise<MimeResult> {
  const step = "getAsFileAsync";
  const r = await callOffice<string>(office, step, (cb) => item.getAsFileAsync(cb), timeout);
  if (!r.ok) return r;
  if (isBlank(r.value)) return { ok: false, failure: { step, code: "Empty", message: "Outlook returned an empty message." } };
  // Checked on the Base64 before decoding: the body and headers are still worth a try below.
  if (r.value.length > base64Chars(MAX_ATTACHMENT_BYTES))
    return { ok: false, failure: { step, code: "TooLarge", message: "The message is too large to read whole; reading its body instead." } };
  const bytes = decodeBase64Strict(r.value);
  if (!bytes || bytes.length === 0) return { ok: false, failure: { step, code: "NotBase64", message: "Outlook returned data that is not Base64." } };
  if (!looksLikeMime(bytes)) return { ok: false, failure: { step, code: "NotMime", message: "Outlook returned data that is not a mail message." } };
  return { ok: true, value: bytes };
}

async function readBody(
  office: typeof Office,
  item: Office.MessageRead,
  coercion: Office.CoercionType,
  timeout: number | undefined,
): Promise<{ ok: true; value: string } | { ok: false; failure: OfficeFailure }> {
  const step = `body.getAsync (${coercion === office.CoercionType.Html ? "HTML" : "text"})`;
  const r = await callOffice<string>(office, step, (cb) => item.body.getAsync(coercion, cb), timeout);
  if (!r.ok) return r;
  if (isBlank(r.value)) return { ok: false, failure: { step, code: "Empty", message: "Outlook returned an empty body." } };
  return { ok: true, value: r.value };
}

async function readHeaders(
  office: typeof Office,
  item: Office.MessageRead,
  timeout: number | undefined,
): Promise<{ ok: true; value: string } | { ok: false; failure: OfficeFailure }> {
  const step = "getAllInternetHeadersAsync";
  const r = await callOffice<string>(office, step, (cb) => item.getAllInternetHeadersAsync(cb), timeout);
  if (!r.ok) return r;
  if (isBlank(r.value)) return { ok: false, failure: { step, code: "Empty", message: "Outlook returned no internet headers." } };
  if (countHeaderFields(r.value) < 2) {
    return { ok: false, failure: { step, code: "Incomplete", message: "Outlook returned an incomplete header block." } };
  }
  return { ok: true, value: r.value };
}

function subjectOf(item: Office.MessageRead): string | undefined {
  try {
    return typeof item.subject === "string" ? item.subject : undefined;
  } catch {
    return undefined;
  }
}

export async function readMessage(office: typeof Office, item: Office.MessageRead, options: ReadOptions = {}): Promise<MessageRead> {
  const failures: OfficeFailure[] = [];
  const timeout = options.callTimeoutMs;
  const has = (set: string, fn: unknown): boolean => isMailboxSetSupported(office, set) && typeof fn === "function";

  if (has(REQUIRES.getAsFile, item.getAsFileAsync)) {
    const mime = await readMime(office, item, timeout);
    if (mime.ok) return { ok: true, input: mime.value, path: "mime", failures };
    failures.push(mime.failure);
  }

  const body = (() => {
    try {
      return item.body;
    } catch {
      return undefined;
    }
  })();
  const canReadBody = isMailboxSetSupported(office, REQUIRES.bodyGetAsync) && typeof body?.getAsync === "function";
  const subject = subjectOf(item);
  let html: string | undefined;

  if (canReadBody && has(REQUIRES.internetHeaders, item.getAllInternetHeadersAsync)) {
    // Sequential on purpose: OWA allows only three concurrent async calls per add-in.
    const h = await readBody(office, item, office.CoercionType.Html, timeout);
    if (h.ok) html = h.value;
    else failures.push(h.failure);
    const headers = await readHeaders(office, item, timeout);
    if (!headers.ok) failures.push(headers.failure);
    if (html !== undefined && headers.ok) {
      const parts: MessageParts = { html, headers: headers.value };
      if (subject !== undefined) parts.subject = subject;
      return { ok: true, input: parts, path: "html+headers", failures };
    }
  }

  if (canReadBody) {
    const t = await readBody(office, item, office.CoercionType.Text, timeout);
    if (!t.ok) failures.push(t.failure);
    if (t.ok || html !== undefined) {
      const parts: MessageParts = {};
      if (t.ok) parts.text = t.value;
      if (html !== undefined) parts.html = html;
      if (subject !== undefined) parts.subject = subject;
      return { ok: true, input: parts, path: "body", failures };
    }
  } else {
    failures.push({ step: "body.getAsync", code: "NotSupported", message: "This Outlook can't give add-ins the message body (needs Mailbox 1.3)." });
  }
  return { ok: false, failures };
}
