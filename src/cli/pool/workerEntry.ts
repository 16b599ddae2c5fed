/**
 * How to start a classifier process. The bin passes the classifier bundle it built next to the
 * CLI bundle (node_modules/.cache/ndr-assistant/); without one (tests calling run(), the bin's tsx
 * fallback) the TypeScript source runs through tsx's require hook.
 *
 * Processes, not worker threads: a thread's resourceLimits stop a heap that grows in many small
 * pieces, but one array pushed without end (what a .msg with a looping sector chain does) makes
 * V8 abort the whole process, threads and all (nodejs/node#47224). A child process that aborts
 * takes only itself down.
 */
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";

/** `args`: the script's arguments (the bin's loader takes the classifier bundle to load). */
export type WorkerEntry = { kind: "script"; file: string; args?: string[] } | { kind: "tsx"; source: string; tsxRegister: string };

export function tsxWorkerEntry(): WorkerEntry {
  return { kind: "tsx", source: join(__dirname, "classifyWorker.ts"), tsxRegister: require.resolve("tsx/cjs") };
}

export interface StartOptions {
  /** V8 and Node flags for the classifier process (after the ones this process was started with). */
  execArgv: string[];
  /** Open file descriptor shared as the child's fd 4 (see protocol.ts, WATCH_FD). */
  watchFd: number;
}

/** This process's Node flags minus the debugger's: a second process cannot listen on its port. */
function inheritedFlags(): string[] {
  const out: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const flag = process.execArgv[i];
    if (/^--(?:inspect|debug)/.test(flag)) {
      if (/^--(?:inspect-port|debug-port)$/.test(flag)) i++;
      continue;
    }
    out.push(flag);
  }
  return out;
}

export function startWorker(entry: WorkerEntry, options: StartOptions): ChildProcess {
  const file = entry.kind === "script" ? entry.file : entry.source;
  const loader = entry.kind === "tsx" ? ["--require", entry.tsxRegister] : [];
  return fork(file, entry.kind === "script" ? (entry.args ?? []) : [], {
    execArgv: [...inheritedFlags(), ...loader, ...options.execArgv],
    serialization: "advanced",
    // stdout ignored: whatever a library might print must not land in the JSON on stdout. stderr
    // is read for the reason a process died (V8 prints "heap out of memory" there).
    stdio: ["ignore", "ignore", "pipe", "ipc", options.watchFd],
  });
}
