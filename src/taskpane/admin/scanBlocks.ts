/**
 * Reads the diagnosis blocks of one candidate with the trust model (readForwardBlocks in
 * src/roundtrip/forwardBlocks.ts). It decodes the message, so it runs where message content is
 * parsed: in the parse worker (../reader/parse/parseCandidate.ts), never on the pane's UI thread,
 * and hands back plain data.
 *
 * - The message the admin opened (role "message"): its decoded bodies are where the forwarder's
 *   own block can be; its subject, headers and attachments are scanned only to report a block
 *   there as ignored. The sender is Outlook's, passed in; for a file opened outside Outlook, the
 *   file's own From header, said as such.
 * - An attachment (role "attachment"): every block in it is someone else's, reported as ignored.
 * - Pasted text: prose is the paster's own writing; a pasted message source is read as a message
 *   (no sender: a paste has nobody Outlook can name).
 */
import { looksLikeMime } from "../../classifier/material";
import type { ForwardInput, ForwardReading } from "../../roundtrip";
import type { ParseJob } from "../reader/parse/protocol";
import { resourceFailure } from "../reader/parse/resourceFailure";
import { type MessageFields, messageFields } from "./messageFields";
import { MAX_DECODE_BYTES, messageTexts, type TextsEngine } from "./messageTexts";

export interface BlockScanEngine extends TextsEngine {
  readForwardBlocks(input: ForwardInput): ForwardReading;
}

async function fieldsOf(job: ParseJob, engine: TextsEngine): Promise<MessageFields> {
  try {
    return await messageFields(job.input, engine);
  } catch (error) {
    if (resourceFailure(error)) throw error;
    // A .msg the reader refuses: its bodies were still scanned raw; there are no fields to add.
    return { others: [] };
  }
}

/**
 * `hasBounce`: this candidate was classified as a bounce by this pane. The reader upgrades the
 * basis when the bounce came as another candidate (an attached bounce): see ./forwardState.ts.
 */
export async function scanCandidateBlocks(job: ParseJob, engine: BlockScanEngine, hasBounce: boolean): Promise<ForwardReading | undefined> {
  const scan = job.blocks;
  if (!scan) return undefined;
  if (scan.role === "attachment") {
    const texts = await messageTexts(job.input, engine);
    return engine.readForwardBlocks({ bodies: [], others: texts.map((text) => ({ place: "attachment", text })), hasBounce: false });
  }
  // Pasted prose is all the paster's; a pasted message source (headers first: the same test the
  // classifier uses to read it as MIME) is read like a file, so its Subject and headers stay fields.
  if (job.pastedText && typeof job.input === "string" && !looksLikeMime(job.input)) {
    return engine.readForwardBlocks({ bodies: [job.input.slice(0, MAX_DECODE_BYTES)], hasBounce });
  }
  const bodies = await messageTexts(job.input, engine);
  const fields = await fieldsOf(job, engine);
  const fromFile = scan.senderSource === "file-header";
  const sender = fromFile ? fields.from : scan.sender;
  return engine.readForwardBlocks({
    bodies,
    others: fields.others,
    ...(sender ? { sender } : {}),
    ...(sender && scan.senderSource ? { senderSource: scan.senderSource } : {}),
    hasBounce,
  });
}
