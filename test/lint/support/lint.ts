import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

export const REPO = resolve(__dirname, "../../..");

export interface Snippet {
  /** Where the snippet pretends to live, relative to the repository (the zones go by path). */
  filePath: string;
  code: string;
}

export interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

/** Lints every snippet in one ESLint run (one process, one config load). */
export function lintSnippets(snippets: readonly Snippet[]): LintMessage[][] {
  const run = spawnSync(process.execPath, [resolve(__dirname, "lintSnippets.mjs"), REPO], {
    cwd: REPO,
    input: JSON.stringify(snippets.map((s) => ({ filePath: resolve(REPO, s.filePath), code: s.code }))),
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ESLint failed: ${run.stderr || run.error?.message}`);
  return (JSON.parse(run.stdout) as { messages: LintMessage[] }[]).map((r) => r.messages);
}

/** The rule ids of a snippet's errors (severity 2). */
export const errorRules = (messages: readonly LintMessage[]): (string | null)[] => messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
