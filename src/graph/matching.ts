/**
 * "This message bounced": does a bounce report refer to the open message? Exchange Online's NDRs
 * carry the original's Message-ID in In-Reply-To and References (../shared/docs/graph-naa.md §2.5);
 * other servers name it only inside the report (the returned headers' Message-ID), which the
 * caller checks on the fetched MIME with `mimeRefersTo` (and the classifier's `original.messageId`).
 */
import { headerValue } from "./query";
import type { MessageHeader } from "./types";

/** Message-IDs are at most a few hundred characters; a longer "id" is not one. */
const MAX_ID_CHARS = 998;

/**
 * "<Local@Domain.Example>" → "Local@domain.example": angle brackets and folding whitespace go,
 * the domain's case doesn't count (DNS names), the local part's does (RFC 5322 compares it as is).
 */
export function normalizeMessageId(raw: string | undefined): string | undefined {
  if (typeof raw !== "string") return undefined;
  const trimmed = raw.replace(/\s+/g, "");
  const inner = trimmed.startsWith("<") && trimmed.endsWith(">") ? trimmed.slice(1, -1) : trimmed;
  if (inner === "" || inner.length > MAX_ID_CHARS || inner.includes("<") || inner.includes(">")) return undefined;
  const at = inner.lastIndexOf("@");
  return at > 0 ? `${inner.slice(0, at)}@${inner.slice(at + 1).toLowerCase()}` : inner;
}

/** Every <id> in an In-Reply-To or References value; a bare id without brackets counts as one. */
export function messageIdsIn(value: string | undefined): string[] {
  if (!value) return [];
  const ids: string[] = [];
  let from = 0;
  for (;;) {
    const open = value.indexOf("<", from);
    if (open < 0) break;
    const close = value.indexOf(">", open + 1);
    if (close < 0) break;
    const id = normalizeMessageId(value.slice(open, close + 1));
    if (id) ids.push(id);
    from = close + 1;
  }
  if (ids.length === 0) {
    const bare = normalizeMessageId(value);
    if (bare && bare.includes("@")) ids.push(bare);
  }
  return ids;
}

export function hasThreadHeaders(headers: readonly MessageHeader[] | undefined): boolean {
  return headerValue(headers, "In-Reply-To") !== undefined || headerValue(headers, "References") !== undefined;
}

/** True when In-Reply-To or References names `messageId`. */
export function headersReferTo(headers: readonly MessageHeader[] | undefined, messageId: string): boolean {
  const wanted = normalizeMessageId(messageId);
  if (!wanted) return false;
  for (const name of ["In-Reply-To", "References"]) {
    for (const h of headers ?? []) {
      if (h.name.toLowerCase() === name.toLowerCase() && messageIdsIn(h.value).includes(wanted)) return true;
    }
  }
  return false;
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  const STEP = 0x8000;
  for (let i = 0; i < bytes.length; i += STEP) text += String.fromCharCode(...bytes.subarray(i, i + STEP));
  return text;
}

/**
 * True when the report's text names the message: "Message-ID: <id>" in its returned headers, an
 * X-MS-Exchange original id, or the id anywhere in brackets. Message-IDs are ASCII, so the bytes
 * are read as Latin-1; encoded parts (base64) are the classifier's job (original.messageId).
 */
export function mimeRefersTo(mime: string | Uint8Array, messageId: string): boolean {
  const wanted = normalizeMessageId(messageId);
  if (!wanted) return false;
  const text = typeof mime === "string" ? mime : latin1(mime);
  const at = wanted.lastIndexOf("@");
  // The local part must match exactly; the domain in any case.
  const local = at > 0 ? wanted.slice(0, at + 1) : wanted;
  let from = 0;
  for (;;) {
    const hit = text.indexOf(`<${local}`, from);
    if (hit < 0) return false;
    const close = text.indexOf(">", hit);
    if (close < 0) return false;
    if (normalizeMessageId(text.slice(hit, close + 1)) === wanted) return true;
    from = hit + 1;
  }
}
