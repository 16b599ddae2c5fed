/**
 * Turns one MIME part (found by the structural pass) into text. Transfer encodings and charsets
 * are postal-mime's job: we hand it a minimal message made of a synthetic header and the part body.
 */
import { encodeUtf8, makeDecoder } from "./textCodec";
import PostalMime, { addressParser, decodeWords } from "postal-mime";
import { header, parseHeaderBlock } from "./headers";
import { htmlToPlainText } from "./htmlText";
import type { MimePart } from "./mimeTree";

/** Text parts are cut here before decoding: prose beyond a few MB never decides anything. */
export const MAX_PART_BYTES = 4 * 1024 * 1024;

const utf8 = makeDecoder("utf-8");

/** One decoder per charset label; `null` marks a label this platform's TextDecoder refuses. */
const decoders = new Map<string, ReturnType<typeof makeDecoder> | null>();
const MAX_CACHED_DECODERS = 64;

function decoderFor(charset: string): ReturnType<typeof makeDecoder> | null {
  const cached = decoders.get(charset);
  if (cached !== undefined) return cached;
  let made: ReturnType<typeof makeDecoder> | null;
  try {
    made = makeDecoder(charset);
  } catch {
    made = null;
  }
  // Labels come from hostile input: keep the cache small rather than growing with every odd name.
  if (decoders.size < MAX_CACHED_DECODERS) decoders.set(charset, made);
  return made;
}

function sanitizeToken(value: string, fallback: string): string {
  // Only token characters survive, so a hostile parameter can't inject header lines.
  const cleaned = value.replace(/[^A-Za-z0-9_.:+-]/g, "");
  return cleaned || fallback;
}

export interface DecodedText {
  text: string;
  truncated: boolean;
}

/**
 * Decodes a leaf part's body into text. `asHtml` converts HTML to plain text (postal-mime's
 * converter, so no DOM is needed and no markup is ever rendered).
 */
export async function decodePart(bytes: Uint8Array, part: MimePart, asHtml = false): Promise<DecodedText> {
  let end = part.bodyEnd;
  let truncated = false;
  if (end - part.bodyStart > MAX_PART_BYTES) {
    end = part.bodyStart + MAX_PART_BYTES;
    truncated = true;
  }
  const body = bytes.subarray(part.bodyStart, end);
  const cte = (header(part.headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  const charset = (part.contentType.params["charset"] ?? "").trim().toLowerCase();
  const plainCharset = charset === "" || charset === "us-ascii" || charset === "utf-8" || charset === "utf8";
  const identity = cte === "" || cte === "7bit" || cte === "8bit" || cte === "binary";
  const finish = (text: string): DecodedText => ({ text: asHtml ? htmlToPlainText(text) : text, truncated });
  if (identity && plainCharset) {
    // Fast path: nothing to decode but UTF-8.
    return finish(utf8.decode(body));
  }
  if (identity && /^[a-z0-9_.:-]{1,40}$/.test(charset)) {
    // No transfer encoding: the platform's decoder reads the charset (ISO-2022-JP, windows-1252, …).
    const decoder = decoderFor(charset);
    if (decoder) return finish(decoder.decode(body));
  }
  const head =
    `Content-Type: text/plain; charset=${sanitizeToken(charset, "utf-8")}\r\n` +
    `Content-Transfer-Encoding: ${sanitizeToken(cte, "8bit")}\r\n\r\n`;
  const headBytes = encodeUtf8(head);
  const mini = new Uint8Array(headBytes.length + body.length);
  mini.set(headBytes, 0);
  mini.set(body, headBytes.length);
  try {
    const email = await PostalMime.parse(mini, { maxNestingDepth: 4 });
    return finish(email.text ?? "");
  } catch {
    return { text: finish(utf8.decode(body)).text, truncated: true };
  }
}

export interface HeaderFacts {
  subject?: string;
  from?: string;
  to?: string;
  date?: string;
  messageId?: string;
}

/** Decodes the few header fields we show (RFC 2047 words, address lists) with postal-mime's helpers. */
export function decodeHeaderFacts(headerBlock: string): HeaderFacts {
  const headers = parseHeaderBlock(headerBlock);
  const addresses = (name: string): string | undefined => {
    const raw = header(headers, name);
    if (!raw) return undefined;
    try {
      const list = addressParser(raw.length > 4096 ? raw.slice(0, 4096) : raw, { flatten: true });
      const shown = list.map((a) => (a.address ? (a.name ? `${a.name} <${a.address}>` : a.address) : a.name)).filter(Boolean);
      return shown.length ? shown.join(", ") : decodeHeaderWords(raw);
    } catch {
      return decodeHeaderWords(raw);
    }
  };
  const subject = header(headers, "subject");
  const messageId = header(headers, "message-id");
  const date = header(headers, "date");
  return {
    subject: subject ? decodeHeaderWords(subject) : undefined,
    from: addresses("from"),
    to: addresses("to"),
    date: date ? toIsoDate(date) : undefined,
    messageId: messageId ? messageId.trim() : undefined,
  };
}

function toIsoDate(value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

/** HTML (e.g. from Office.js body.getAsync) to text, without a DOM. */
export function htmlToText(html: string): string {
  return htmlToPlainText(html.length > MAX_PART_BYTES ? html.slice(0, MAX_PART_BYTES) : html);
}

/** RFC 2047 encoded words (=?charset?Q?…?=) to text; the raw value when they don't decode. */
export function decodeHeaderWords(value: string): string {
  if (!value.includes("=?")) return value;
  try {
    return decodeWords(value.length > 8192 ? value.slice(0, 8192) : value);
  } catch {
    return value;
  }
}
