/**
 * Which guidance commands only look: a diagnosis nobody could check (a block without its
 * bounce, the sender's claims) may still offer those to copy, but never one that changes
 * configuration. Decided by allowing, not by listing the dangerous: a command is read-only only
 * when every command in it (lines, pipeline stages, `;` sequences) is a lookup this file knows.
 * Anything else — Set-, New-, Remove-, Add-, Start-, a verb added to the table tomorrow — counts
 * as changing configuration.
 */
import type { CommandShell } from "../../classifier/types";

/** PowerShell verbs that read or format, never write (Microsoft's approved verbs of the Common/Data/Diagnostic groups that only read). */
const READ_VERBS = new Set([
  "get",
  "test",
  "resolve",
  "format",
  "where",
  "select",
  "sort",
  "measure",
  "search",
  "find",
  "show",
  "out-string",
  "group",
  "compare",
  "trace",
]);
/** DNS lookup tools; their options only choose what to look up. */
const LOOKUP_TOOLS = new Set(["nslookup", "dig", "host"]);

/** The stages of a command: split at line breaks, pipes and semicolons outside quotes and braces. */
function stages(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quote: string | undefined;
  let depth = 0;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "{" || ch === "(") depth++;
    else if ((ch === "}" || ch === ")") && depth > 0) depth--;
    else if (depth === 0 && (ch === "\n" || ch === "|" || ch === ";")) {
      out.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

function isReadOnlyStage(stage: string, shell: CommandShell): boolean {
  const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(stage)?.[0].toLowerCase();
  if (!name) return false;
  if (shell === "dns-lookup") return LOOKUP_TOOLS.has(name);
  // Script blocks ({ … }) and sub-expressions ((Get-Date)…) are arguments of a reading stage here;
  // a call inside them that isn't a lookup makes the whole command count as changing.
  const inner = [...stage.matchAll(/[{(]\s*([A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]+)/g)].map((m) => m[1].toLowerCase());
  if (inner.some((cmd) => !READ_VERBS.has(cmd.split("-")[0]))) return false;
  const verb = name.includes("-") ? name.split("-")[0] : name;
  // Where-Object, Select-Object… and their bare aliases.
  return READ_VERBS.has(verb) || READ_VERBS.has(name);
}

/** True when running the command can't change anything: every stage only looks something up or formats it. */
export function isReadOnlyCommand(text: string, shell: CommandShell): boolean {
  const parts = stages(text);
  return parts.length > 0 && parts.every((stage) => isReadOnlyStage(stage, shell));
}
