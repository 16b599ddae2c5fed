/**
 * `ndr-assistant [--json] FILE...`: classifies .eml / .msg files.
 * Exit 0 when every file was read, 2 when any could not be (each named on stderr), 1 on bad usage.
 */
import { readFile } from "node:fs/promises";
import { classify } from "../classifier";
import { type FileResult, toJson, toText } from "./format";

const USAGE = "usage: ndr-assistant [--json] FILE...";

export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let json = false;
  const files: string[] = [];
  let literal = false;
  for (const arg of argv) {
    if (!literal && arg === "--") literal = true;
    else if (!literal && arg === "--json") json = true;
    else if (!literal && (arg === "-h" || arg === "--help")) {
      out(USAGE);
      return 0;
    } else if (!literal && arg.startsWith("--")) {
      err(`ndr-assistant: unknown option ${arg}\n${USAGE}`);
      return 1;
    } else files.push(arg);
  }
  if (!files.length) {
    err(USAGE);
    return 1;
  }
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
