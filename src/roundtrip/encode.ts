/**
 * Writes a payload as a block that survives forwarding: JSON → UTF-8 → base64url, in lines of 76
 * between BEGIN/END markers, with the byte length and CRC-32 on the END line. No compression:
 * CompressionStream is async, and a plain block stays debuggable by eye.
 */
import { encodeBase64Url } from "../classifier/mail/base64";
import { crc32Hex } from "./bytes/crc32";
import { utf8Encode, utf8Length } from "./bytes/utf8";
import { cut } from "./limits";
import { CAPTION, LINE_LENGTH, beginMarker, endMarker } from "./markers";
import type { PayloadV1 } from "./payload";

export interface EncodeOptions {
  /** Budget for the HTML form, in UTF-8 bytes (the forward's body is limited to 32 KB). */
  maxEncodedBytes?: number;
}

export interface EncodedBlock {
  /** A visible caption and a monospace <div>; every character escaped. */
  html: string;
  /** The same block as plain text (caption, markers, lines), "\n" line ends. */
  text: string;
  /** UTF-8 size of `html`. */
  bytes: number;
  /** The payload actually encoded: a shortened copy when the budget forced cuts. */
  payload: PayloadV1;
  /** False when even the most shortened payload exceeds the budget: leave the block out then. */
  fits: boolean;
}

function escapeHtml(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "'") out += "&#39;";
    // Non-ASCII as numeric references: the block must not depend on the forward's charset.
    else if (code > 0x7e || code < 0x20) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

const CAPTION_STYLE = "font-family:Segoe UI,Arial,sans-serif;font-size:11px;color:#605e5c;margin:16px 0 4px 0";
const BLOCK_STYLE = "font-family:Consolas,'Courier New',monospace;font-size:10px;line-height:1.2;color:#605e5c;word-break:break-all";

function lines(payload: PayloadV1): string[] {
  const bytes = utf8Encode(JSON.stringify(payload));
  const body = encodeBase64Url(bytes);
  const out = [beginMarker(payload.v)];
  for (let i = 0; i < body.length; i += LINE_LENGTH) out.push(body.slice(i, i + LINE_LENGTH));
  out.push(endMarker(payload.v, crc32Hex(bytes), bytes.length));
  return out;
}

function render(payload: PayloadV1): EncodedBlock {
  const blockLines = lines(payload);
  // <br> rather than <pre> newlines: converters that flatten <pre> still keep one line per row.
  const html = `<p style="${CAPTION_STYLE}">${escapeHtml(CAPTION)}</p>` + `<div style="${BLOCK_STYLE}">${blockLines.map(escapeHtml).join("<br>")}</div>`;
  const text = `${CAPTION}\n${blockLines.join("\n")}\n`;
  return { html, text, bytes: utf8Length(html), payload, fits: true };
}

/** Each step is smaller than the one before; the spec order: diagnostics first, then recipients. */
const SHRINK_STEPS: ReadonlyArray<(p: PayloadV1) => PayloadV1> = [
  ...[1000, 500, 200, 80, 0].map((max) => (p: PayloadV1) => withDiagnostics(p, max)),
  (p) => withRecipients(p, 20),
  (p) => withClientFailures(p, 5, 200),
  (p) => withRecipients(p, 5),
  (p) => withClientFailures(p, 0, 0),
  (p) => withRecipients(p, 1),
];

function withDiagnostics(p: PayloadV1, max: number): PayloadV1 {
  if (!p.diagnosis.recipients.some((r) => r.diagnostic.length > max)) return p;
  const recipients = p.diagnosis.recipients.map((r) => (r.diagnostic.length > max ? { ...r, diagnostic: cut(r.diagnostic, max) } : r));
  return { ...p, truncated: true, diagnosis: { ...p.diagnosis, recipients } };
}

function withRecipients(p: PayloadV1, count: number): PayloadV1 {
  if (p.diagnosis.recipients.length <= count) return p;
  return { ...p, truncated: true, diagnosis: { ...p.diagnosis, recipients: p.diagnosis.recipients.slice(0, count) } };
}

function withClientFailures(p: PayloadV1, count: number, messageMax: number): PayloadV1 {
  if (!p.client) return p;
  const kept = p.client.failures.slice(Math.max(0, p.client.failures.length - count));
  const shorter = kept.some((f) => f.message.length > messageMax);
  if (kept.length === p.client.failures.length && !shorter) return p;
  const failures = kept.map((f) => (f.message.length > messageMax ? { ...f, message: cut(f.message, messageMax) } : f));
  return { ...p, truncated: true, client: { ...p.client, failures } };
}

/**
 * Encodes `payload`; with a budget, shortens it step by step (and marks it `truncated`) until the
 * HTML form fits. `fits` is false only when even the smallest form is over the budget.
 */
export function encodeBlock(payload: PayloadV1, options: EncodeOptions = {}): EncodedBlock {
  const budget = options.maxEncodedBytes;
  let block = render(payload);
  if (budget === undefined || block.bytes <= budget) return block;
  let current = payload;
  for (const step of SHRINK_STEPS) {
    current = step(current);
    block = render(current);
    if (block.bytes <= budget) return block;
  }
  return { ...block, fits: false };
}
