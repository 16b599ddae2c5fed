/**
 * The HTML and plain text of one candidate, decoded, so the diagnosis block can be looked for in
 * them (a base64 HTML part hides the block from a raw scan). Decoding is the classifier's own
 * (`messageTexts` in src/classifier); when it finds no body, the raw text itself is scanned (the
 * block scanner copes with QP residue). Runs in the parse worker, like everything that reads a message.
 */
import type { MessageTexts } from "../../classifier";
import type { ClassifyInput } from "../../classifier/types";
import { resourceFailure } from "../reader/parse/resourceFailure";

/** A forward is at most 32 KB and replies add quoting; nothing sensible is bigger than this. */
export const MAX_DECODE_BYTES = 8 * 1024 * 1024;

export interface TextsEngine {
  messageTexts(input: ClassifyInput): Promise<MessageTexts>;
}

const latin1 = new TextDecoder("latin1");

function rawText(input: string | Uint8Array): string {
  return typeof input === "string" ? input.slice(0, MAX_DECODE_BYTES) : latin1.decode(input.subarray(0, MAX_DECODE_BYTES));
}

/** Strings to scan, best first: decoded HTML, decoded text, then (only if decoding found nothing) the raw input. */
export async function messageTexts(input: ClassifyInput, engine: TextsEngine): Promise<string[]> {
  const raw = typeof input === "string" || input instanceof Uint8Array;
  try {
    const { html, text } = await engine.messageTexts(input);
    const texts = [...html, ...text];
    return texts.length > 0 || !raw ? texts : [rawText(input)];
  } catch (error) {
    // Out of memory or stack: the worker has to go, not carry on with a raw scan.
    if (resourceFailure(error)) throw error;
    // An unreadable .msg: the raw bytes are still worth a scan.
    return raw ? [rawText(input)] : [];
  }
}
