/**
 * `ndr-assistant [--json] FILE...` classifies .eml / .msg files one by one;
 * `ndr-assistant --summary [--json | --csv] PATH...` triages a batch (see summary/).
 * Exit 0 when every file was read, 2 when any could not be (each named on stderr), 1 on bad usage.
 */
import { readFile } from "node:fs/promises";
import { classify } from "../classifier";
import { parseArgs } from "./args";
import { type FileResult, toJson, toText } from "./format";
import { runSummary } from "./summary/runSummary";
import { HELP, USAGE } from "./usage";

/** Raw streams for the summary mode: CSV needs exact line ends, progress needs `\r`. */
export interface CliIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  stderrIsTTY: boolean;
}

async function runFiles(files: string[], json: boolean, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (e) {
      unreadable = true;
      const message = (e as NodeJS.ErrnoException).code ?? String(e);
      err(`ndr-assistant: cannot read ${file}: ${message}`);
      results.push({ file, error: message });
      continue;
    }
    results.push({ file, diagnosis: await classify(bytes) });
  }
  if (json) out(JSON.stringify(results.map(toJson), null, 2));
  else out(results.map(toText).join("\n\n"));
  return unreadable ? 2 : 0;
}

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void, io?: CliIo): Promise<number> {
  const plan = parseArgs(argv);
  switch (plan.kind) {
    case "help":
      out(HELP);
      return 0;
    case "usage-error":
      err(`ndr-assistant: ${plan.message}\n${USAGE}\n(ndr-assistant --help for more)`);
      return 1;
    case "files":
      return runFiles(plan.files, plan.json, out, err);
    case "summary":
      return runSummary(plan.paths, plan.format, {
        // Without raw streams (a caller that only passes line writers) the trailing newline is
        // dropped, since `out` adds its own.
        out: io ? io.writeOut : (text) => out(text.replace(/\r?\n$/, "")),
        errLine: err,
        progress: io ? { isTTY: io.stderrIsTTY, write: io.writeErr } : { isTTY: false, write: (text) => err(text.replace(/\n$/, "")) },
      });
  }
}
