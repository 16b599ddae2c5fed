/**
 * The HTML and plain text of one candidate, decoded, so the diagnosis block can be looked for in
 * them. Raw MIME is decoded with postal-mime (a base64 HTML part hides the block from a raw scan);
 * when decoding fails, the raw text itself is scanned (the block scanner copes with QP residue).
 */
import PostalMime from "postal-mime";
import { isMsgFile, msgToParts } from "../../classifier";
import type { ClassifyInput } from "../../classifier/types";

/** A forward is at most 32 KB and replies add quoting; nothing sensible is bigger than this. */
export const MAX_DECODE_BYTES = 8 * 1024 * 1024;

const latin1 = new TextDecoder("latin1");

function rawText(input: string | Uint8Array): string {
  return typeof input === "string" ? input.slice(0, MAX_DECODE_BYTES) : latin1.decode(input.subarray(0, MAX_DECODE_BYTES));
}

/** Strings to scan, best first: decoded HTML, decoded text, then (only if decoding failed) the raw input. */
export async function messageTexts(input: ClassifyInput): Promise<string[]> {
  try {
    if (typeof input !== "string" && !(input instanceof Uint8Array)) {
      return [input.html, input.text].filter((t): t is string => typeof t === "string" && t !== "");
    }
    if (input instanceof Uint8Array && isMsgFile(input)) {
      const parts = await msgToParts(input);
      return [parts.html, parts.text].filter((t): t is string => typeof t === "string" && t !== "");
    }
    const bounded = typeof input === "string" ? input.slice(0, MAX_DECODE_BYTES) : input.subarray(0, MAX_DECODE_BYTES);
    const email = await PostalMime.parse(bounded);
    const texts = [email.html, email.text].filter((t): t is string => typeof t === "string" && t !== "");
    return texts.length > 0 ? texts : [rawText(input)];
  } catch {
    // Malformed MIME or an unreadable .msg: the raw bytes are still worth a scan.
    return typeof input === "string" || input instanceof Uint8Array ? [rawText(input)] : [];
  }
}
