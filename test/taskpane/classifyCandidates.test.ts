/**
 * The reader over a MessageParser (the parse worker's client in the pane): candidates read one
 * after another, the blocks of the first candidate that has any kept, a stopped candidate
 * reported as unsafe without costing the others, and the UI thread's guidance chunk loaded only
 * for a reading that opens the admin view.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import type { Diagnosis } from "../../src/classifier/types";
import type { BounceCandidate } from "../../src/outlook/types";
import type { BlockResult } from "../../src/roundtrip";
import { classifyCandidates } from "../../src/taskpane/reader/classifyCandidates";
import { readyEngine } from "../../src/taskpane/reader/engine/loadEngine";
import type { MessageParser } from "../../src/taskpane/reader/parse/messageParser";
import { ParseAbortedError, UnsafeReadError } from "../../src/taskpane/reader/parse/parseClient";
import type { CandidateParse } from "../../src/taskpane/reader/parse/protocol";
import { diagnosis } from "./diagnosisBuilder";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const candidate = (id: string, origin: BounceCandidate["origin"] = "message"): BounceCandidate => ({ id, origin, label: id, input: id, path: "mime" });
const block = { status: "damaged", reason: "checksum mismatch" } as unknown as BlockResult;

/** Answers per candidate id. */
function parser(answers: Record<string, CandidateParse | Error>): MessageParser & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    async read(c) {
      seen.push(c.id);
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
    const state = await classifyCandidates([candidate("message")], ctx, parser({ message: { diagnosis: bounce, blocks: [] } }));
    expect(state).toMatchObject({ status: "success", results: [{ id: "message" }] });
    expect(readyEngine()).toBeUndefined();
  });

  it("reads in order, keeps the first candidate's blocks, reports a stopped candidate and still reads the rest", async () => {
    const p = parser({
      message: new UnsafeReadError("timeout"),
      "att-1": { unreadable: "Not a compound file", blocks: [block] },
      "att-2": { diagnosis: bounce, blocks: [{ ...block, reason: "later" } as BlockResult] },
    });
    const state = await classifyCandidates([candidate("message"), candidate("att-1", "file-attachment"), candidate("att-2", "file-attachment")], ctx, p);
    expect(p.seen).toEqual(["message", "att-1", "att-2"]);
    expect(state).toMatchObject({ status: "success", results: [{ id: "att-2" }], blocks: [block], unsafe: [{ label: "message", reason: "timeout" }] });
    // A reading that opens the admin view (blocks, an attached bounce) has the guidance chunk ready.
    expect(readyEngine()).toBeDefined();
  });

  it("all stopped: no bounce, each item named with its reason", async () => {
    const state = await classifyCandidates([candidate("a.msg", "dropped-file"), candidate("b.eml", "dropped-file")], ctx, parser({ "a.msg": new UnsafeReadError("memory"), "b.eml": new UnsafeReadError("crashed") }));
    expect(state).toMatchObject({
      status: "no-bounce",
      lookedAt: [{ label: "a.msg", kind: "unsafe" }, { label: "b.eml", kind: "unsafe" }],
      unsafe: [{ label: "a.msg", reason: "memory" }, { label: "b.eml", reason: "crashed" }],
    });
  });

  it("a replaced reading stops at once instead of reading the remaining candidates", async () => {
    const p = parser({ message: new ParseAbortedError(), next: { diagnosis: bounce, blocks: [] } });
    await expect(classifyCandidates([candidate("message"), candidate("next")], ctx, p)).rejects.toBeInstanceOf(ParseAbortedError);
    expect(p.seen).toEqual(["message"]);
  });
});
