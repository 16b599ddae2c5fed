/**
 * The trust model of the diagnosis block, in one place: which block the admin view may use and
 * what it may say about it.
 *
 * - A block proves integrity, not identity: its checksum shows it arrived as some NDR Assistant
 *   pane wrote it, not who wrote it or that what it says is true. Who sent the message is what
 *   Outlook reports (the outer message's sender), never text inside a block.
 * - Only a block the forwarder wrote counts: one in their own part of a body (ownPart.ts), not in
 *   a quoted or attached message, a subject, headers or any other message-derived field.
 * - Of several, the one written last in the own part wins (the pane's block closes its forward;
 *   anything above it, such as a forged block that slipped into the readable part, loses). The
 *   date inside a block is whatever its writer put there and decides nothing.
 * - With a bounce that this pane classified itself, the block is only compared with that reading;
 *   without one, everything in it is the sender's claim, not verified, and its guidance comes
 *   without ready-to-copy commands that change configuration.
 */
import { basisFor } from "./basis";
import { type BlockResult, type LocatedBlock, locateBlocks } from "./decode";
import { normalizeForScan } from "./normalize";
import { allowedDepth, type BodyParts, depthAt, parseSender, splitBody } from "./ownPart";
import type { PayloadV1 } from "./payload";

export { basisFor };

/** Texts that are never the forwarder's writing. */
export type OtherPlace = "attachment" | "subject" | "headers" | "field";
/** Where a block was found: the forwarder's own part of a body, a quoted message in it, or elsewhere. */
export type BlockPlace = "own" | "quoted" | OtherPlace;

export interface ForwardInput {
  /**
   * The bodies of the message the admin opened, decoded, best first: its HTML and plain-text
   * bodies (the classifier's messageTexts gives exactly these, attached messages not entered),
   * or the text the admin pasted. Each is split into the forwarder's own part and the rest.
   */
  bodies: readonly string[];
  /** Message-derived texts, scanned only to report blocks found there as ignored. */
  others?: ReadonlyArray<{ place: OtherPlace; text: string }>;
  /**
   * The outer message's sender as Outlook reports it ("Name <address>" or an address: the pane's
   * ItemSummary.from). Recognises the sender's own earlier message quoted below (a self-forward)
   * and is the only sender the result names.
   */
  sender?: string;
  /**
   * Where `sender` comes from: "outlook" (the default), or "file-header" for a message the admin
   * dropped or opened as a file outside Outlook, whose own From header is all there is. The
   * result says which, so the view can word it ("From, as the file says: …").
   */
  senderSource?: "outlook" | "file-header";
  /** True when a bounce came with the message and this pane classified it itself. */
  hasBounce: boolean;
}

export type IntactBlock = Extract<BlockResult, { status: "ok" }>;
export type BadBlock = Exclude<BlockResult, { status: "ok" }>;

export interface UsedBlock {
  payload: PayloadV1;
  warnings: string[];
  unknownGuidanceIds: string[];
  /** All a block can prove: it arrived as it was written. Not who wrote it, nor that it is right. */
  proves: "integrity";
  /**
   * "bounce": the bounce came along and this pane's own reading of it is the basis; the block is
   * only compared with it. "sender-claims": nothing to check it against; show it as claims of
   * the sender, not verified.
   */
  basis: "bounce" | "sender-claims";
  /** Whether its guidance may show ready-to-copy commands that change configuration. */
  copyableCommands: boolean;
  /** It was in the sender's own earlier message, quoted by them (a self-forward), not their new text. */
  selfForwarded: boolean;
}

export interface ForwardReading {
  /** The block to use, if any. */
  used?: UsedBlock;
  /** Damaged or foreign blocks in the forwarder's own part: named as problems, never used. */
  ownProblems: BadBlock[];
  /**
   * Blocks found but not used, and why: written by someone else (quoted, attached, in a field) or
   * an earlier intact block of the forwarder's, superseded by the last one.
   */
  ignored: Array<{ place: BlockPlace; status: BlockResult["status"]; why: "not-written-by-the-forwarder" | "superseded" }>;
  /** The only sender the admin view may name: Outlook's (or a dropped file's own From header, said as such). */
  sender: { source: "outlook" | "file-header"; text: string } | { source: "unknown" };
  /**
   * For the pane's current BlockResult[] (state.blocks, BlockStatus, buildAdminModel): the used
   * block first, then the own part's problems. Nothing from outside the own part.
   */
  blocks: BlockResult[];
}

const MAX_REPORTED = 50;

interface BodyReading {
  own: Array<{ block: LocatedBlock; selfForwarded: boolean }>;
  quoted: LocatedBlock[];
}

function readBody(parts: BodyParts): BodyReading {
  const reading: BodyReading = { own: [], quoted: [] };
  for (const block of locateBlocks(parts.text)) {
    const allowed = allowedDepth(parts, block.start);
    // Deeper ">" quoting than the sender's own quoted messages explain is someone else's.
    if (block.start < parts.ownEnd && depthAt(parts.text, block.start) <= allowed) {
      reading.own.push({ block, selfForwarded: parts.selfQuotes.some((q) => q.at <= block.start) });
    } else reading.quoted.push(block);
  }
  return reading;
}

const isIntact = (o: { block: LocatedBlock }): boolean => o.block.result.status === "ok";

/** Which block the admin view may use, and everything else it should know about the blocks found. */
export function readForwardBlocks(input: ForwardInput): ForwardReading {
  const sender = parseSender(input.sender);
  const ignored: ForwardReading["ignored"] = [];
  const note = (place: BlockPlace, result: BlockResult, why: ForwardReading["ignored"][number]["why"]): void => {
    if (ignored.length < MAX_REPORTED) ignored.push({ place, status: result.status, why });
  };
  const readings = (input.bodies ?? []).filter((b): b is string => typeof b === "string" && b !== "").map((b) => readBody(splitBody(b, sender)));

  // The bodies are alternatives (HTML and plain text of one message): the first whose own part
  // holds an intact block decides; failing that, the first with any block names the problems.
  const deciding = readings.find((r) => r.own.some(isIntact)) ?? readings.find((r) => r.own.length > 0);
  const intact = deciding ? deciding.own.filter(isIntact) : [];
  const last = intact[intact.length - 1];
  for (const o of intact.slice(0, -1)) if (o.block.key !== last?.block.key) note("own", o.block.result, "superseded");
  const ownProblems = (deciding?.own ?? [])
    .map((o) => o.block.result)
    .filter((r): r is BadBlock => r.status !== "ok")
    .slice(0, MAX_REPORTED);

  const seen = new Set<string>();
  for (const r of readings) {
    for (const q of r.quoted) {
      if (q.key !== undefined && seen.has(q.key)) continue;
      if (q.key !== undefined) seen.add(q.key);
      note("quoted", q.result, "not-written-by-the-forwarder");
    }
  }
  for (const other of input.others ?? []) {
    if (typeof other?.text !== "string" || other.text === "") continue;
    for (const b of locateBlocks(normalizeForScan(other.text))) note(other.place, b.result, "not-written-by-the-forwarder");
  }

  const chosen = last?.block.result.status === "ok" ? last.block.result : undefined;
  const used: UsedBlock | undefined = chosen && {
    payload: chosen.payload,
    warnings: chosen.warnings,
    unknownGuidanceIds: chosen.unknownGuidanceIds,
    proves: "integrity",
    ...basisFor(input.hasBounce === true),
    selfForwarded: last?.selfForwarded === true,
  };
  const senderText = typeof input.sender === "string" ? input.sender.trim() : "";
  return {
    ...(used ? { used } : {}),
    ownProblems,
    ignored,
    sender: senderText ? { source: input.senderSource === "file-header" ? "file-header" : "outlook", text: senderText } : { source: "unknown" },
    blocks: [...(chosen ? [chosen] : []), ...ownProblems],
  };
}
