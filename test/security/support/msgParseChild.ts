/**
 * Runs in a separate Node process (bundled by esbuild, see msgParserProcess.ts): parses each .msg
 * it is sent with msgToParts, exactly as the CLI and the pane do, and answers with the outcome and
 * the CPU time it took. A separate process, not a worker thread: a worker that exhausts its heap
 * can still abort the whole process (seen with msgreader's runaway arrays), which would take jest
 * down with it.
 */
import { UnreadableMsgError } from "../../../src/classifier/compoundFile";
import { msgToParts } from "../../../src/classifier/msgInput";

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
}

export type ParseOutcome = { kind: "parsed"; textLength: number } | { kind: "unreadable"; reason: string; detail: string } | { kind: "threw"; error: string };

export type ParseReply = ParseOutcome & { id: number; cpuMs: number };

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

process.on("message", (request: ParseRequest) => {
  void (async () => {
    const start = cpuMs();
    let outcome: ParseOutcome;
    try {
      const parts = await msgToParts(request.bytes);
      outcome = { kind: "parsed", textLength: (parts.text ?? "").length };
    } catch (error) {
      outcome =
        error instanceof UnreadableMsgError
          ? { kind: "unreadable", reason: error.reason, detail: error.message }
          : { kind: "threw", error: String(error).slice(0, 300) };
    }
    const reply: ParseReply = { ...outcome, id: request.id, cpuMs: cpuMs() - start };
    process.send?.(reply);
  })();
});
