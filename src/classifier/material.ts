/**
 * Gathering what the engine reads from any input: top-level headers, the human-readable text,
 * delivery-status and report parts, the returned original's headers, and attached messages that
 * may themselves be bounces. Raw MIME goes through the structural pass, then part decoding (mime/decode.ts).
 */
import { decodePart, htmlBodyToText } from "./mime/decode";
import { type ContentType, type HeaderMap, header, parseContentType, parseHeaderBlock } from "./mime/headers";
import { type MimePart, parseMimeTree, readPartHeaders, walkParts } from "./mime/mimeTree";
import { encodeUtf8, makeDecoder } from "./mime/textCodec";
import { type WarningLog, newWarningLog, warn } from "./notes";
import type { EvidenceSource, InputAttachment, MessageParts } from "./types";

/** Raw input beyond this is cut (with a warning): nothing needed lies that deep in an NDR. */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

export interface NestedMessage {
  label: string;
  content: string | Uint8Array;
}

export interface Material {
  headers: HeaderMap;
  contentType: ContentType;
  text: string;
  textSource: EvidenceSource;
  dsnTexts: string[];
  hasDisposition: boolean;
  hasFeedback: boolean;
  /** The message/feedback-report fields (ARF), when there is such a part. */
  feedbackText?: string;
  /** Header block of the returned original (text/rfc822-headers or the top of message/rfc822). */
  originalHeaders?: string;
  nested: NestedMessage[];
  warnings: WarningLog;
}

const latin1 = makeDecoder("latin1");
/** Attached .eml files whose bytes are still transfer-encoded; decoded only when needed. */
const encodedAttachments = new WeakMap<NestedMessage, MimePart>();

function isAttachment(part: MimePart): boolean {
  const disp = (header(part.headers, "content-disposition") ?? "").toLowerCase();
  return disp.startsWith("attachment");
}

function fileName(part: MimePart): string {
  const disp = parseContentType("x/x;" + (header(part.headers, "content-disposition") ?? "").split(";").slice(1).join(";"));
  return disp.params["filename"] ?? part.contentType.params["name"] ?? "";
}

const DSN_TYPES = new Set(["message/delivery-status", "message/global-delivery-status", "text/delivery-status", "message/xdelivery-status"]);
const HEADER_TYPES = new Set(["text/rfc822-headers", "message/rfc822-headers", "message/global-headers"]);
const MESSAGE_TYPES = new Set(["message/rfc822", "message/global"]);

/**
 * Exchange repeats the returned message's headers at the end of its text part ("Original message
 * headers:"), usually the larger half of it, quoted-printable encoded. They are read from their own
 * part (text/rfc822-headers), so the text part is decoded only up to that heading. The heading is
 * ASCII at the start of a line, and QP lines are at most 76 characters, so it is never split.
 */
const RETURNED_HEADERS_HEADINGS = ["\nOriginal Message Headers", "\nOriginal message headers:"];

function withoutReturnedHeaders(src: string, part: MimePart): MimePart {
  const cte = (header(part.headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  if (cte !== "quoted-printable") return part;
  const body = src.slice(part.bodyStart, part.bodyEnd);
  let cut = body.length;
  for (const heading of RETURNED_HEADERS_HEADINGS) {
    const at = body.indexOf(heading);
    if (at >= 0 && at < cut) cut = at;
  }
  return cut < body.length ? { ...part, bodyEnd: part.bodyStart + cut } : part;
}

export async function materialFromMime(bytes: Uint8Array): Promise<Material> {
  const warnings = newWarningLog();
  let data = bytes;
  if (data.length > MAX_INPUT_BYTES) {
    data = data.subarray(0, MAX_INPUT_BYTES);
    warn(warnings, "warn.input-too-large", { limit: String(MAX_INPUT_BYTES) });
  }
  const src = latin1.decode(data);
  const root = parseMimeTree(src, warnings);
  const material: Material = {
    headers: root.headers,
    contentType: root.contentType,
    text: "",
    textSource: "text-body",
    dsnTexts: [],
    hasDisposition: false,
    hasFeedback: false,
    nested: [],
    warnings,
  };
  const plain: MimePart[] = [];
  const html: MimePart[] = [];
  const dsn: MimePart[] = [];
  let headerPart: MimePart | undefined;
  let messagePart: MimePart | undefined;
  let feedbackPart: MimePart | undefined;
  walkParts(root, (part) => {
    const type = part.contentType.type;
    if (type.startsWith("multipart/")) return;
    if (DSN_TYPES.has(type)) dsn.push(part);
    else if (type === "message/disposition-notification") material.hasDisposition = true;
    else if (type === "message/feedback-report") {
      material.hasFeedback = true;
      feedbackPart ??= part;
    } else if (HEADER_TYPES.has(type)) headerPart ??= part;
    else if (MESSAGE_TYPES.has(type)) {
      messagePart ??= part;
      material.nested.push({ label: fileName(part) || "attached message", content: data.subarray(part.bodyStart, part.bodyEnd) });
    } else if (type === "text/plain" && !isAttachment(part)) plain.push(part);
    else if (type === "text/html" && !isAttachment(part)) html.push(part);
    else if (/\.eml$/i.test(fileName(part)) || /\.msg$/i.test(fileName(part))) {
      material.nested.push({ label: fileName(part), content: data.subarray(part.bodyStart, part.bodyEnd) });
      // Encoded attachments are decoded only if we end up reading them (see classify).
      material.nested[material.nested.length - 1].content = "";
      encodedAttachments.set(material.nested[material.nested.length - 1], part);
    }
  });
  for (const part of dsn) {
    const decoded = await decodePart(data, part);
    material.dsnTexts.push(decoded.text);
  }
  const textParts = plain.length ? plain : html;
  material.textSource = plain.length ? "text-body" : "html-body";
  const texts: string[] = [];
  for (const part of textParts.slice(0, 6)) {
    // Only when the returned headers have their own part: otherwise the text is where they are.
    const cut = plain.length && (headerPart || messagePart) ? withoutReturnedHeaders(src, part) : part;
    const decoded = await decodePart(data, cut, !plain.length);
    if (decoded.truncated) warn(warnings, "warn.text-cut");
    texts.push(decoded.text);
  }
  material.text = texts.join("\n");
  // Exchange Online sometimes sends an empty or stub text/plain beside the HTML that carries the
  // report: when the plain text says next to nothing, read the richer HTML instead.
  if (plain.length && html.length && isStub(material.text)) {
    const htmlTexts: string[] = [];
    for (const part of html.slice(0, 6)) htmlTexts.push((await decodePart(data, part, true)).text);
    const fromHtml = htmlTexts.join("\n");
    if (fromHtml.trim().length > 2 * material.text.trim().length && fromHtml.trim().length > 40) {
      material.text = fromHtml;
      material.textSource = "html-body";
    }
  }
  if (feedbackPart) material.feedbackText = (await decodePart(data, feedbackPart)).text.slice(0, 64 * 1024);
  if (headerPart) material.originalHeaders = (await decodePart(data, headerPart)).text;
  else if (messagePart) {
    const cte = (header(messagePart.headers, "content-transfer-encoding") ?? "").toLowerCase();
    if (!cte || cte === "7bit" || cte === "8bit" || cte === "binary") {
      const { bodyStart } = readPartHeaders(src, messagePart.bodyStart, messagePart.bodyEnd);
      material.originalHeaders = src.slice(messagePart.bodyStart, Math.min(bodyStart, messagePart.bodyStart + 256 * 1024));
    }
  }
  for (const nested of material.nested) {
    const part = encodedAttachments.get(nested);
    if (part) nested.content = (await decodePart(data, part)).text;
  }
  return material;
}

/** Plain text too thin to be the report: blank, a line or two, or no address and no SMTP code in its first lines. */
function isStub(text: string): boolean {
  const t = text.trim();
  if (t.length < 200) return true;
  const head = t.slice(0, 2000);
  return !head.includes("@") && !/\b[245]\d\d\b/.test(head);
}

function attachmentText(a: InputAttachment): string {
  return typeof a.content === "string" ? a.content : makeDecoder("utf-8").decode(a.content);
}

export function materialFromParts(parts: MessageParts): Material {
  const warnings = newWarningLog();
  const headers = parseHeaderBlock(parts.headers ?? "");
  if (parts.subject && !headers.has("subject")) headers.set("subject", [parts.subject]);
  let text = parts.text ?? "";
  let textSource: EvidenceSource = "text-body";
  if (!text.trim() && parts.html) {
    text = htmlBodyToText(parts.html);
    textSource = "html-body";
  }
  if (!parts.headers && !parts.html && !parts.subject) textSource = "pasted-text";
  const material: Material = {
    headers,
    contentType: parseContentType(header(headers, "content-type")),
    text,
    textSource,
    dsnTexts: [],
    hasDisposition: false,
    hasFeedback: false,
    nested: [],
    warnings,
  };
  for (const a of parts.attachments ?? []) {
    const type = (a.contentType ?? "").toLowerCase();
    const name = a.name ?? "";
    if (DSN_TYPES.has(type)) material.dsnTexts.push(attachmentText(a));
    else if (HEADER_TYPES.has(type)) material.originalHeaders ??= attachmentText(a);
    else if (type === "message/disposition-notification") material.hasDisposition = true;
    else if (type === "message/feedback-report") {
      material.hasFeedback = true;
      material.feedbackText ??= attachmentText(a).slice(0, 64 * 1024);
    } else if (MESSAGE_TYPES.has(type) || /\.(eml|msg)$/i.test(name)) material.nested.push({ label: name || "attached message", content: a.content });
  }
  return material;
}

/** A plain string that is not MIME (pasted NDR text) is read as text only. */
export function looksLikeMime(head: string): boolean {
  const sample = head.slice(0, 4096);
  return startsWithTwoFields(sample) || /^(?:From |Return-Path:|Received:|Content-Type:|MIME-Version:)/i.test(sample);
}

const FIELD_START = /^[A-Za-z0-9-]{1,76}:/;

/**
 * Two complete header fields (folded lines allowed) at the very start. A line loop, not one
 * regex: `[^\n]*\r?\n` can split a CRLF line two ways, and a regex that fails after many folded
 * lines retries every combination (2^n: thirty folded lines took minutes).
 */
function startsWithTwoFields(sample: string): boolean {
  let fields = 0;
  let at = 0;
  while (at < sample.length) {
    const end = sample.indexOf("\n", at);
    if (end < 0) return false; // a field counts only once its line is complete
    const first = sample.charCodeAt(at);
    if (fields > 0 && (first === 32 || first === 9)) {
      // a folded continuation of the field before
    } else if (FIELD_START.test(sample.slice(at, Math.min(end, at + 80)))) {
      if (++fields >= 2) return true;
    } else return false;
    at = end + 1;
  }
  return false;
}

export function toBytes(text: string): Uint8Array {
  return encodeUtf8(text);
}
