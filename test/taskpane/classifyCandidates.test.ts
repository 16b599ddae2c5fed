/**
 * The reader over a MessageParser (the parse worker's client in the pane): candidates read one
 * after another, the blocks of the first candidate that has any kept, a stopped candidate
 * reported as unsafe without costing the others, and the UI thread's guidance chunk loaded only
 * for a reading that opens the admin view.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import type { Diagnosis } from "../../src/classifier/types";
import type { BounceCandidate } from "../../src/outlook/types";
import type { ForwardReading, PayloadV1 } from "../../src/roundtrip";
import { classifyCandidates } from "../../src/taskpane/reader/classifyCandidates";
import { readyEngine } from "../../src/taskpane/reader/engine/loadEngine";
import type { MessageParser } from "../../src/taskpane/reader/parse/messageParser";
import { ParseAbortedError, UnsafeReadError } from "../../src/taskpane/reader/parse/parseClient";
import type { BlockScan } from "../../src/taskpane/reader/parse/protocol";
import type { CandidateParse } from "../../src/taskpane/reader/parse/protocol";
import { diagnosis } from "./diagnosisBuilder";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const candidate = (id: string, origin: BounceCandidate["origin"] = "message"): BounceCandidate => ({ id, origin, label: id, input: id, path: "mime" });
const payload = {
  v: 1,
  generator: "ndr-assistant",
  createdAt: "2024-05-14T10:02:00.000Z",
  diagnosis: { kind: "bounce", layout: "exo-new", recipients: [] },
} as unknown as PayloadV1;
/** What the worker answers for the user's own forward without its bounce: the block, on the sender's word. */
const ownBlock: ForwardReading = {
  used: { payload, warnings: [], unknownGuidanceIds: [], proves: "integrity", basis: "sender-claims", copyableCommands: false, selfForwarded: false },
  ownProblems: [],
  ignored: [{ place: "subject", status: "ok", why: "not-written-by-the-forwarder" }],
  sender: { source: "outlook", text: "Alex Wilber <alex.wilber@contoso.com>" },
  blocks: [{ status: "ok", payload, warnings: [], unknownGuidanceIds: [] }],
};
const attachmentBlocks: ForwardReading = {
  ownProblems: [],
  ignored: [{ place: "attachment", status: "ok", why: "not-written-by-the-forwarder" }],
  sender: { source: "unknown" },
  blocks: [],
};

/** Answers per candidate id. */
function parser(answers: Record<string, CandidateParse | Error>): MessageParser & { seen: string[]; scans: Array<BlockScan | undefined> } {
  const seen: string[] = [];
  const scans: Array<BlockScan | undefined> = [];
  return {
    seen,
    scans,
    async read(c, _signal, scan) {
      seen.push(c.id);
      scans.push(scan);
      const answer = answers[c.id];
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

const ctx = { fromOutlook: true, failures: [] };
const bounce: Diagnosis = diagnosis();

describe("classifyCandidates", () => {
  it("a user-view diagnosis doesn't load the UI thread's guidance chunk", async () => {
    const state = await classifyCandidates([candidate("message")], ctx, parser({ message: { diagnosis: bounce } }));
    expect(state).toMatchObject({ status: "success", results: [{ id: "message" }] });
    expect(readyEngine()).toBeUndefined();
  });

  it("reads in order, reports a stopped candidate and still reads the rest", async () => {
    const p = parser({
      message: new UnsafeReadError("timeout"),
      "att-1": { unreadable: "Not a compound file", forward: attachmentBlocks },
      "att-2": { diagnosis: bounce, forward: attachmentBlocks },
    });
    const state = await classifyCandidates([candidate("message"), candidate("att-1", "file-attachment"), candidate("att-2", "file-attachment")], ctx, p);
    expect(p.seen).toEqual(["message", "att-1", "att-2"]);
    expect(state).toMatchObject({ status: "success", results: [{ id: "att-2" }], unsafe: [{ label: "message", reason: "timeout" }] });
    // Blocks in attachments are only ever listed as ignored: nothing to use, nothing that opens the admin view.
    expect(state.status === "success" && state.forward).toMatchObject({ blocks: [], ignored: [{ place: "attachment" }, { place: "attachment" }] });
    // A reading that opens the admin view (blocks, an attached bounce) has the guidance chunk ready.
    expect(readyEngine()).toBeDefined();
  });

  it("tells each scan only what the host says: Outlook's sender for the message, the file's own for a dropped file, nobody for a paste", async () => {
    const p = parser({ message: { unreadable: "x" }, att: { unreadable: "x" }, file: { unreadable: "x" }, paste: { unreadable: "x" } });
    const item = { subject: "FW: help", from: "Alex Wilber <alex.wilber@contoso.com>", fromAddress: "alex.wilber@contoso.com" };
    await classifyCandidates(
      [candidate("message"), candidate("att", "item-attachment"), candidate("file", "dropped-file"), candidate("paste", "pasted-text")],
      { ...ctx, item },
      p,
    );
    expect(p.scans).toEqual([
      { role: "message", sender: "Alex Wilber <alex.wilber@contoso.com>", senderSource: "outlook" },
      { role: "attachment" },
      { role: "message", senderSource: "file-header" },
      { role: "message" },
    ]);
  });

  it("a block read before its bounce (attached, read next) is compared with the bounce, not taken on the sender's word", async () => {
    const withBounce = await classifyCandidates(
      [candidate("message"), candidate("att", "item-attachment")],
      ctx,
      parser({ message: { unreadable: "not a bounce", forward: ownBlock }, att: { diagnosis: bounce, forward: attachmentBlocks } }),
    );
    expect(withBounce.status === "success" && withBounce.forward).toMatchObject({
      used: { basis: "bounce", copyableCommands: true },
      sender: { source: "outlook" },
      ignored: [{ place: "subject" }, { place: "attachment" }],
    });
    const alone = await classifyCandidates([candidate("message")], ctx, parser({ message: { unreadable: "not a bounce", forward: ownBlock } }));
    expect(alone).toMatchObject({ status: "no-bounce", forward: { used: { basis: "sender-claims", copyableCommands: false } } });
  });

  it("all stopped: no bounce, each item named with its reason", async () => {
    const state = await classifyCandidates(
      [candidate("a.msg", "dropped-file"), candidate("b.eml", "dropped-file")],
      ctx,
      parser({ "a.msg": new UnsafeReadError("memory"), "b.eml": new UnsafeReadError("crashed") }),
    );
    expect(state).toMatchObject({
      status: "no-bounce",
      lookedAt: [
        { label: "a.msg", kind: "unsafe" },
        { label: "b.eml", kind: "unsafe" },
      ],
      unsafe: [
        { label: "a.msg", reason: "memory" },
        { label: "b.eml", reason: "crashed" },
      ],
    });
  });

  it("a replaced reading stops at once instead of reading the remaining candidates", async () => {
    const p = parser({ message: new ParseAbortedError(), next: { diagnosis: bounce } });
    await expect(classifyCandidates([candidate("message"), candidate("next")], ctx, p)).rejects.toBeInstanceOf(ParseAbortedError);
    expect(p.seen).toEqual(["message"]);
  });
});
