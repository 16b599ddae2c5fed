/**
 * A child Node process that parses .msg files on request (msgParseChild.ts), with its heap capped.
 * If a file made the parser loop or allocate without end, the child would die or stop answering;
 * either way the test that sent it fails naming the file, and jest itself is never at risk.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import type { ParseReply } from "./msgParseChild";

/** Heap cap for the child: a few MB are enough for the fixtures; runaway arrays hit it fast. */
const HEAP_MB = 192;
/**
 * Only a guard so a regression can't stall CI: a parse that has not answered after this long has
 * hung. Budgets are asserted on CPU time (see the tests), never on this.
 */
const HANG_GUARD_MS = 30_000;

export class MsgParserProcess {
  private child?: ChildProcess;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: ParseReply) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private stderr = "";

  static async start(): Promise<MsgParserProcess> {
    const { build } = await import("esbuild");
    const out = await build({
      entryPoints: [join(__dirname, "msgParseChild.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      write: false,
      logLevel: "silent",
    });
    const parser = new MsgParserProcess();
    parser.launch(out.outputFiles[0].text);
    return parser;
  }

  private launch(code: string): void {
    // The program goes in on stdin ("node -"): the bundle is longer than one argument may be.
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "-"], {
      stdio: ["pipe", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    child.stdin?.end(code);
    child.stderr?.on("data", (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-2000);
    });
    child.on("message", (reply: ParseReply) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      clearTimeout(w.timer);
      this.waiting.delete(reply.id);
      w.resolve(reply);
    });
    child.on("exit", (code, signal) => {
      const error = new Error(`the parser process died (exit ${code}, signal ${signal}): ${this.stderr.slice(-500)}`);
      for (const w of this.waiting.values()) {
        clearTimeout(w.timer);
        w.reject(error);
      }
      this.waiting.clear();
      this.child = undefined;
    });
    this.child = child;
  }

  parse(bytes: Uint8Array): Promise<ParseReply> {
    const child = this.child;
    if (!child) return Promise.reject(new Error("the parser process is not running"));
    const id = this.nextId++;
    return new Promise<ParseReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        child.kill("SIGKILL");
        reject(new Error(`no answer after ${HANG_GUARD_MS / 1000} s: the parser hung`));
      }, HANG_GUARD_MS);
      this.waiting.set(id, { resolve, reject, timer });
      child.send({ id, bytes });
    });
  }

  stop(): void {
    this.child?.kill();
    this.child = undefined;
  }
}
