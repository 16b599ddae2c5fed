/**
 * Turns one MIME part (found by the structural pass) into text: transfer decoding
 * (./transferEncoding.ts), then the part's charset (./charset.ts). Header words and address
 * lists are postal-mime's job (its `decodeWords` and `addressParser`); nothing else of it is
 * imported, so bundlers leave its parser and HTML-entity table out.
 */
import { addressParser, decodeWords } from "postal-mime";
import { decodeBase64 } from "../mail/base64";
import { htmlToText } from "../mail/htmlToText";
import { decoderForCharset, fixWindows1252 } from "./charset";
import { header, parseHeaderBlock } from "./headers";
import type { MimePart } from "./mimeTree";
import { makeDecoder } from "./textCodec";
import { decodeQuotedPrintable } from "./transferEncoding";

/** Text parts are cut here before decoding: prose beyond a few MB never decides anything. */
export const MAX_PART_BYTES = 4 * 1024 * 1024;

export interface DecodedText {
  text: string;
  truncated: boolean;
}

function transferDecode(body: Uint8Array, cte: string): Uint8Array {
  if (cte === "quoted-printable") return decodeQuotedPrintable(body);
  if (cte === "base64") return decodeBase64(body);
  // 7bit, 8bit, binary, and encodings nobody uses (x-uuencode): read the bytes as they are.
  return body;
}

/**
 * Decodes a leaf part's body into text. `asHtml` converts HTML to plain text (our own converter,
 * so no DOM is needed and no markup is ever rendered).
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
  try {
    const text = decoderForCharset(charset)(transferDecode(body, cte));
    return { text: asHtml ? htmlToText(text) : text, truncated };
  } catch {
    // Defensive only: the decoders don't throw on bytes, but a part must never stop the report.
    return { text: decoderForCharset("utf-8")(body), truncated: true };
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
      return shown.length ? fixWindows1252(shown.join(", ")) : decodeHeaderWords(raw);
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

/** HTML (e.g. from Office.js body.getAsync) to text, without a DOM, cut to the size a part may have. */
export function htmlBodyToText(html: string): string {
  return htmlToText(html.length > MAX_PART_BYTES ? html.slice(0, MAX_PART_BYTES) : html);
}

const RAW_HIGH = /[\u0080-\u00ff]/;
const strictUtf8 = makeDecoder("utf-8", { fatal: true });

/**
 * Header values are read as Latin-1 (one character per byte). 8-bit UTF-8 written straight into
 * a header (SMTPUTF8 mail, careless mailers) is read back as UTF-8 when its bytes are valid UTF-8.
 */
export function rawUtf8Header(value: string): string {
  if (!RAW_HIGH.test(value) || value.length > 16384) return value;
  const bytes = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return value;
    bytes[i] = c;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return value;
  }
}

/** RFC 2047 encoded words (=?charset?Q?…?=) to text; the raw value when they don't decode. */
export function decodeHeaderWords(raw: string): string {
  const value = rawUtf8Header(raw);
  if (!value.includes("=?")) return value;
  try {
    // postal-mime's own windows-1252 decoding has Node's C1 gap too (see ./charset.ts).
    return fixWindows1252(decodeWords(value.length > 8192 ? value.slice(0, 8192) : value));
  } catch {
    return value;
  }
}
