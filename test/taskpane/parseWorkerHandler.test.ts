/**
 * The parse worker's message handler as a plain function, with the real engine (what
 * parseWorker.ts bundles) and with engines that fail the ways a hostile message makes them fail.
 * Answers must survive structured cloning: that is how they leave the worker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { classify, messageTexts } from "../../src/classifier";
import { readForwardBlocks } from "../../src/roundtrip";
import type { ParseEngine } from "../../src/taskpane/reader/parse/parseCandidate";
import type { ParseRequest, WorkerAnswer } from "../../src/taskpane/reader/parse/protocol";
import { warmUp } from "../../src/taskpane/reader/parse/warmUp";
import { createRequestHandler } from "../../src/taskpane/reader/parse/workerHandler";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import { withForgedSubject } from "../fixtures/hostile/forgedBlocks";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const engine: ParseEngine = { classify, messageTexts, readForwardBlocks };
const FIXTURES = join(__dirname, "../fixtures");

async function ask(request: ParseRequest, using: ParseEngine = engine): Promise<WorkerAnswer[]> {
  const answers: WorkerAnswer[] = [];
  await createRequestHandler(using, (answer) => answers.push(structuredClone(answer)))(request);
  return answers;
}

describe("parse worker handler", () => {
  it("classifies a bounce and answers with its id; the answer survives structured cloning", async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, "exo-new-5.4.1-relay-access-denied.eml")));
    const [answer] = await ask({ id: 7, job: { input: bytes, pastedText: false, blocks: { role: "message" } } });
    expect(answer).toMatchObject({ type: "done", id: 7, result: { forward: { blocks: [], ignored: [] } } });
    if (answer.type !== "done") throw new Error("not done");
    expect(answer.result.diagnosis?.isBounce).toBe(true);
    expect(answer.result.diagnosis?.recipients[0].status).toBe("5.4.1");
    expect(answer.result.diagnosis).toEqual(await classify(bytes));
  });

  it("reads the diagnosis block in a forward (decoded bodies) and in pasted text, as the forwarder's own", async () => {
    const diagnosis = await relayDeniedDiagnosis();
    const forward = adminMailbox(quotedByOutlook(forwardHtml(diagnosis)));
    const alex = "Alex Wilber <alex.wilber@contoso.com>";
    const [fromMail] = await ask({ id: 1, job: { input: forward, pastedText: false, blocks: { role: "message", sender: alex, senderSource: "outlook" } } });
    expect(fromMail).toMatchObject({
      type: "done",
      result: { forward: { used: { basis: "sender-claims", selfForwarded: true }, sender: { source: "outlook", text: alex }, blocks: [{ status: "ok" }] } },
    });
    const [fromPaste] = await ask({ id: 2, job: { input: forwardHtml(diagnosis), pastedText: true, blocks: { role: "message" } } });
    expect(fromPaste).toMatchObject({
      type: "done",
      result: { forward: { used: { proves: "integrity" }, sender: { source: "unknown" }, blocks: [{ status: "ok" }] } },
    });
    // A pasted message source is read as a message: a block in its Subject is a field, ignored.
    const [pastedSource] = await ask({
      id: 6,
      job: { input: withForgedSubject(adminMailbox(forwardHtml(diagnosis)), diagnosis), pastedText: true, blocks: { role: "message" } },
    });
    expect(pastedSource).toMatchObject({
      type: "done",
      result: {
        forward: { used: { proves: "integrity" }, sender: { source: "unknown" }, blocks: [{ status: "ok" }], ignored: [{ place: "subject", status: "ok" }] },
      },
    });
    // A dropped file: its own From header, said as the file's.
    const [fromFile] = await ask({ id: 3, job: { input: forward, pastedText: false, blocks: { role: "message", senderSource: "file-header" } } });
    expect(fromFile).toMatchObject({ type: "done", result: { forward: { used: { selfForwarded: true }, sender: { source: "file-header", text: alex } } } });
    // The same forward as an attachment: someone else's block, ignored.
    const [attached] = await ask({ id: 4, job: { input: forward, pastedText: false, blocks: { role: "attachment" } } });
    expect(attached).toMatchObject({ type: "done", result: { forward: { blocks: [], ignored: [{ place: "attachment", status: "ok" }] } } });
    // No scan asked (a mailbox list's headline): none done.
    const [none] = await ask({ id: 5, job: { input: forward, pastedText: false } });
    expect(none.type === "done" && none.result.forward).toBeUndefined();
  });

  it("an input the classifier refuses is an ordinary answer (unreadable), not a failure", async () => {
    // An OLE compound file header and then nothing a .msg reader can use.
    const corrupt = new Uint8Array(1024);
    corrupt.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const [answer] = await ask({ id: 3, job: { input: corrupt, pastedText: false, blocks: { role: "message" } } });
    expect(answer).toMatchObject({ type: "done", id: 3, result: { forward: { blocks: [] } } });
    if (answer.type !== "done") throw new Error("not done");
    expect(answer.result.diagnosis === undefined || answer.result.diagnosis.isBounce === false).toBe(true);
  });

  it("running out of memory or stack is reported as a failure, so the pane replaces the worker", async () => {
    const oom: ParseEngine = { ...engine, classify: () => Promise.reject(new RangeError("Invalid array length")) };
    expect(await ask({ id: 4, job: { input: "x", pastedText: false } }, oom)).toEqual([
      { type: "failed", id: 4, reason: "memory", message: "Invalid array length" },
    ]);
    const deep: ParseEngine = { ...engine, messageTexts: () => Promise.reject(new RangeError("Maximum call stack size exceeded")) };
    expect(await ask({ id: 5, job: { input: "x", pastedText: false, blocks: { role: "message" } } }, deep)).toMatchObject([
      { type: "failed", id: 5, reason: "crashed" },
    ]);
  });

  it("any other classifier error is the candidate's 'unreadable' note; a failing block scan costs only the blocks", async () => {
    const refusing: ParseEngine = {
      ...engine,
      classify: () => Promise.reject(new Error("Not a compound file")),
      readForwardBlocks: () => {
        throw new Error("scanner bug");
      },
    };
    expect(await ask({ id: 6, job: { input: "x", pastedText: false, blocks: { role: "message" } } }, refusing)).toEqual([
      { type: "done", id: 6, result: { unreadable: "Not a compound file" } },
    ]);
  });

  it("an answer that can't be posted back is reported instead of leaving the pane waiting", async () => {
    const answers: WorkerAnswer[] = [];
    let first = true;
    const post = (answer: WorkerAnswer) => {
      if (first) {
        first = false;
        throw new DOMException("could not be cloned", "DataCloneError");
      }
      answers.push(answer);
    };
    await createRequestHandler(engine, post)({ id: 8, job: { input: "Subject: hi\r\n\r\nhello", pastedText: false } });
    expect(answers).toMatchObject([{ type: "failed", id: 8, reason: "crashed" }]);
  });

  it("the start-up warm-up classifies its own small message without throwing", async () => {
    const seen: unknown[] = [];
    await warmUp({
      ...engine,
      classify: async (input) => {
        const d = await classify(input);
        seen.push(d);
        return d;
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ isBounce: true });
  });
});
