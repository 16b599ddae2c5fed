/**
 * The texts of a message that are never the forwarder's writing, for the block scan to report a
 * block found there as ignored: its subject, its other headers, its attachments (attached
 * messages' bodies included) and other non-body parts (a report's delivery-status). Also its own
 * From header, which names the sender only for a file opened outside Outlook, and only as the
 * file's. Runs in the parse worker with the classifier's structural MIME pass and decoders.
 * Bounded: at most MAX_FIELD_PARTS parts, each decoded within the classifier's own part limit.
 */
import { isMsgFile, msgToParts } from "../../classifier";
import { decodeHeaderWords, decodePart } from "../../classifier/mime/decode";
import { header, type HeaderMap, parseHeaderBlock } from "../../classifier/mime/headers";
import { type MimePart, parseMimeTree, readPartHeaders, walkParts } from "../../classifier/mime/mimeTree";
import { encodeUtf8, makeDecoder } from "../../classifier/mime/textCodec";
import type { ClassifyInput, MessageParts } from "../../classifier/types";
import type { OtherPlace } from "../../roundtrip";
import { MAX_DECODE_BYTES, messageTexts, type TextsEngine } from "./messageTexts";

/** Attachments and other non-body parts looked at; a hostile message can have hundreds. */
export const MAX_FIELD_PARTS = 12;
/** A header value longer than this is cut: a block is a few KB, a folded Subject rarely more. */
const MAX_HEADER_TEXT = 256 * 1024;

export interface MessageFields {
  others: Array<{ place: OtherPlace; text: string }>;
  /** The message's own From header, decoded. */
  from?: string;
}

function headerText(map: HeaderMap): { subject?: string; from?: string; rest: string } {
  const lines: string[] = [];
  for (const [name, values] of map) {
    if (name === "subject") continue;
    for (const v of values) lines.push(`${name}: ${decodeHeaderWords(v)}`);
  }
  const subject = header(map, "subject");
  const from = header(map, "from");
  return {
    ...(subject !== undefined ? { subject: decodeHeaderWords(subject) } : {}),
    ...(from !== undefined ? { from: decodeHeaderWords(from).trim() } : {}),
    rest: lines.join("\n").slice(0, MAX_HEADER_TEXT),
  };
}

function fromHeaders(headers: string | undefined, subject: string | undefined): MessageFields {
  const others: MessageFields["others"] = [];
  const parsed = typeof headers === "string" && headers !== "" ? headerText(parseHeaderBlock(headers)) : undefined;
  const subjectText = typeof subject === "string" && subject !== "" ? subject : parsed?.subject;
  if (subjectText) others.push({ place: "subject", text: subjectText.slice(0, MAX_HEADER_TEXT) });
  if (parsed?.rest) others.push({ place: "headers", text: parsed.rest });
  return { others, ...(parsed?.from ? { from: parsed.from } : {}) };
}

async function fromParts(parts: MessageParts, engine: TextsEngine): Promise<MessageFields> {
  const fields = fromHeaders(parts.headers, parts.subject);
  for (const attachment of (Array.isArray(parts.attachments) ? parts.attachments : []).slice(0, MAX_FIELD_PARTS)) {
    const content = attachment?.content;
    if (typeof content !== "string" && !(content instanceof Uint8Array)) continue;
    for (const text of await messageTexts(content, engine)) fields.others.push({ place: "attachment", text });
  }
  return fields;
}

function isBodyPart(part: MimePart): boolean {
  const type = part.contentType.type;
  if (type !== "text/plain" && type !== "text/html") return false;
  return !(header(part.headers, "content-disposition") ?? "").trim().toLowerCase().startsWith("attachment");
}

/** Non-body leaves as the admin would call them: attachments (files, attached messages) or parts of a report. */
function placeOf(part: MimePart): OtherPlace {
  const disposition = (header(part.headers, "content-disposition") ?? "").trim().toLowerCase();
  return disposition.startsWith("attachment") || part.contentType.type === "message/rfc822" ? "attachment" : "field";
}

async function fromMime(input: string | Uint8Array, engine: TextsEngine): Promise<MessageFields> {
  const bytes = typeof input === "string" ? encodeUtf8(input.slice(0, MAX_DECODE_BYTES)) : input.subarray(0, MAX_DECODE_BYTES);
  const src = makeDecoder("latin1").decode(bytes);
  const root = parseMimeTree(src, []);
  const fields = fromHeaders(src.slice(root.headerStart, root.bodyStart), undefined);
  const leaves: MimePart[] = [];
  walkParts(root, (part) => {
    if (part !== root && part.children.length === 0 && !isBodyPart(part) && leaves.length < MAX_FIELD_PARTS) leaves.push(part);
  });
  for (const part of leaves) {
    const type = part.contentType.type;
    const place = placeOf(part);
    if (type.startsWith("message/") && type !== "message/delivery-status") {
      // An attached message: its own bodies (decoded) and its headers; not entered any deeper.
      for (const text of await messageTexts(bytes.subarray(part.bodyStart, part.bodyEnd), engine)) fields.others.push({ place, text });
      const inner = headerText(readPartHeaders(src, part.bodyStart, part.bodyEnd).headers);
      if (inner.subject) fields.others.push({ place, text: inner.subject });
      if (inner.rest) fields.others.push({ place, text: inner.rest });
    } else if (type.startsWith("text/") || type === "message/delivery-status") {
      const { text } = await decodePart(bytes, part);
      if (text !== "") fields.others.push({ place, text });
    }
  }
  return fields;
}

/** Throws only where the classifier's readers do (a corrupt .msg); the caller reports nothing then. */
export async function messageFields(input: ClassifyInput, engine: TextsEngine): Promise<MessageFields> {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) return fromParts(input, engine);
  if (input instanceof Uint8Array && isMsgFile(input)) return fromParts(await msgToParts(input), engine);
  return fromMime(input, engine);
}
