/**
 * `ndr-assistant [--json] FILE...` classifies .eml / .msg files one by one;
 * `ndr-assistant --summary [--json | --csv] PATH...` triages a batch (see summary/).
 * Either way the files are read and classified in child processes under memory and time limits
 * (see pool/), never in this one. Exit 0 when every file was read, 2 when any could not be
 * (each named on stderr), 1 on bad usage.
 */
import { parseArgs } from "./args";
import { type FilePath, fileLabel } from "./files/filePath";
import { MAX_READ_BYTES } from "./files/readBounded";
import { jsonElement, partlyReadText, toText } from "./format";
import type { PoolLimits } from "./pool/limits";
import { parseFault } from "./pool/protocol";
import { type WorkerEntry, tsxWorkerEntry } from "./pool/workerEntry";
import { type PoolOptions, runPool } from "./pool/workerPool";
import { runSummary } from "./summary/runSummary";
import { visible } from "./text/visible";
import { HELP, USAGE } from "./usage";

export { argvWithBytes } from "./files/filePath";

/** Raw streams for the summary mode: CSV needs exact line ends, progress needs `\r`. */
export interface CliIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  stderrIsTTY: boolean;
  /** How to start a classifier process (the bin's bundle); by default the sources through tsx. */
  worker?: WorkerEntry;
  /** Environment to read NDR_ASSISTANT_TEST_FAULT from (default process.env). */
  env?: Record<string, string | undefined>;
}

/** Output is written in pieces of about this size, not one write per file. */
const FLUSH_BYTES = 64 * 1024;

function poolOptions(limits: PoolLimits, io: CliIo | undefined): Omit<PoolOptions, "mode"> {
  return {
    ...limits,
    entry: io?.worker ?? tsxWorkerEntry(),
    maxBytes: MAX_READ_BYTES,
    // Test-only (documented in README): lets the tests make a classifier run out of memory or spin.
    fault: parseFault((io?.env ?? process.env).NDR_ASSISTANT_TEST_FAULT),
  };
}

async function runFiles(files: FilePath[], json: boolean, limits: PoolLimits, out: (s: string) => void, err: (s: string) => void, io?: CliIo): Promise<number> {
  let unreadable = false;
  // With a raw stream the output goes out as it is ready (in input order); a line writer gets it whole.
  const pieces: string[] = [];
  let pending = 0;
  const flush = (): void => {
    if (!io || !pieces.length) return;
    io.writeOut(pieces.join(""));
    pieces.length = 0;
    pending = 0;
  };
  const put = (text: string): void => {
    pieces.push(text);
    pending += text.length;
    if (pending >= FLUSH_BYTES) flush();
  };
  let first = true;
  await runPool(files, { ...poolOptions(limits, io), mode: json ? "json" : "text" }, (r) => {
    const file = fileLabel(files[r.i]);
    let chunk: string;
    if ("error" in r) {
      unreadable = true;
      err(`ndr-assistant: cannot read ${visible(file)}: ${visible(r.error)}`);
      chunk = json ? jsonElement({ file, error: r.error }) : toText({ file, error: r.error });
    } else if ("chunk" in r) {
      chunk = r.chunk;
      if (r.partly) err(`ndr-assistant: ${visible(file)}: ${partlyReadText(r.partly.readBytes, r.partly.size)}`);
    } else return;
    if (json) put(first ? "[\n" + chunk : ",\n" + chunk);
    else put(first ? chunk : "\n\n" + chunk);
    first = false;
  });
  if (json) put("\n]");
  if (io) {
    put("\n");
    flush();
  } else out(pieces.join(""));
  return unreadable ? 2 : 0;
}

export async function run(argv: readonly FilePath[], out: (s: string) => void, err: (s: string) => void, io?: CliIo): Promise<number> {
  const plan = parseArgs(argv);
  switch (plan.kind) {
    case "help":
      out(HELP);
      return 0;
    case "usage-error":
      err(`ndr-assistant: ${visible(plan.message)}\n${USAGE}\n(ndr-assistant --help for more)`);
      return 1;
    case "files":
      return runFiles(plan.files, plan.json, plan.limits, out, err, io);
    case "summary":
      return runSummary(plan.paths, plan.format, poolOptions(plan.limits, io), {
        // Without raw streams (a caller that only passes line writers) the trailing newline is
        // dropped, since `out` adds its own.
        out: io ? io.writeOut : (text) => out(text.replace(/\r?\n$/, "")),
        errLine: err,
        progress: io ? { isTTY: io.stderrIsTTY, write: io.writeErr } : { isTTY: false, write: (text) => err(text.replace(/\n$/, "")) },
      });
  }
}
