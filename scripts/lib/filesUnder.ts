/**
 * Every file below `dir` whose name `keep` accepts, in sorted order (so runs and golden files are
 * repeatable). Shared by the bench and golden scripts and by the corpus-wide tests. A folder that
 * doesn't exist (no ../shared/corpus beside the repo) gives no files.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(name)) out.push(path);
  }
  return out;
}

export const isEml = (name: string): boolean => name.endsWith(".eml");
