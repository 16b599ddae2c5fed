/** The classifier's public entry: `classify` plus the shared types. */
import { decodePart } from "./mime/decode";
import { header } from "./mime/headers";
import { type MimePart, parseMimeTree, walkParts } from "./mime/mimeTree";
import { encodeUtf8, makeDecoder } from "./mime/textCodec";
import { isMsgFile, msgToParts } from "./msgInput";
import type { ClassifyInput } from "./types";

export { classify } from "./classify";
export { isMsgFile, msgToParts } from "./msgInput";
export type * from "./types";

/** The decoded bodies of a message, for callers that look for their own marks in them (the pane's diagnosis block). */
export interface MessageTexts {
  html: string[];
  text: string[];
}

/** A forward is at most 32 KB and replies add quoting: nothing worth scanning lies deeper. */
export const MAX_MESSAGE_TEXTS_BYTES = 8 * 1024 * 1024;
/** A hostile message can have hundreds of parts; the bodies that matter come first. */
const MAX_TEXT_PARTS = 12;

function isBodyPart(part: MimePart): boolean {
  const type = part.contentType.type;
  if (type !== "text/plain" && type !== "text/html") return false;
  return !(header(part.headers, "content-disposition") ?? "").trim().toLowerCase().startsWith("attachment");
}

/**
 * The message's own HTML and plain-text bodies, transfer- and charset-decoded, in MIME order. The
 * HTML stays markup (never rendered: callers scan it). Attached messages are not entered. Built on
 * the classifier's structural pass and decoders, so no full MIME parser ships with the pane.
 * Never throws on content: malformed MIME yields what could be read, possibly nothing.
 */
export async function messageTexts(input: ClassifyInput): Promise<MessageTexts> {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    const pick = (s: string | undefined): string[] => (typeof s === "string" && s !== "" ? [s] : []);
    return { html: pick(input.html), text: pick(input.text) };
  }
  if (input instanceof Uint8Array && isMsgFile(input)) return messageTexts(await msgToParts(input));
  const bytes = typeof input === "string" ? encodeUtf8(input.slice(0, MAX_MESSAGE_TEXTS_BYTES)) : input.subarray(0, MAX_MESSAGE_TEXTS_BYTES);
  const root = parseMimeTree(makeDecoder("latin1").decode(bytes), []);
  const parts: MimePart[] = [];
  walkParts(root, (part) => {
    if (parts.length < MAX_TEXT_PARTS && isBodyPart(part)) parts.push(part);
  });
  const out: MessageTexts = { html: [], text: [] };
  for (const part of parts) {
    const { text } = await decodePart(bytes, part);
    if (text !== "") (part.contentType.type === "text/html" ? out.html : out.text).push(text);
  }
  return out;
}
