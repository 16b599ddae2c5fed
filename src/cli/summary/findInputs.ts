/**
 * Turns the PATHs of `--summary` into the list of files to read: folders are walked recursively
 * for .eml and .msg, hidden entries and node_modules are skipped, and a folder reached twice (a
 * symlink loop, or the same folder named twice) is walked once. Only paths are kept in memory.
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Unreadable } from "./report";

const WANTED = /\.(?:eml|msg)$/i;

export interface Inputs {
  files: string[];
  /** Paths that could not be listed or are not files (a missing PATH, an unreadable folder). */
  problems: Unreadable[];
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? String(e).slice(0, 200);
}

function isSkipped(entry: Dirent): boolean {
  return entry.name.startsWith(".") || (entry.name === "node_modules" && !entry.isFile());
}

export async function findInputs(paths: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const problems: Unreadable[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // A file named twice (on its own and inside a folder also given) is read and counted once.
  const addFile = (file: string): void => {
    const key = resolve(file);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(file);
  };

  async function walk(dir: string, info: Stats): Promise<void> {
    const id = `${info.dev}:${info.ino}`;
    if (seenDirs.has(id)) return;
    seenDirs.add(id);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ file: dir, error: errorText(e) });
      return;
    }
    // Sorted so the output does not depend on the file system's listing order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isSkipped(entry)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walkDir(full);
      } else if (entry.isFile()) {
        if (WANTED.test(entry.name)) addFile(full);
      } else if (entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await stat(full);
        } catch (e) {
          // A dangling link that looks like a bounce file is worth naming; others are noise.
          if (WANTED.test(entry.name)) problems.push({ file: full, error: errorText(e) });
          continue;
        }
        if (target.isDirectory()) await walk(full, target);
        else if (target.isFile() && WANTED.test(entry.name)) addFile(full);
      }
      // Sockets, FIFOs and devices are never read: a FIFO would block the run forever.
    }
  }

  async function walkDir(dir: string): Promise<void> {
    let info: Stats;
    try {
      info = await stat(dir);
    } catch (e) {
      problems.push({ file: dir, error: errorText(e) });
      return;
    }
    await walk(dir, info);
  }

  for (const p of paths) {
    let info: Stats;
    try {
      info = await stat(p);
    } catch (e) {
      problems.push({ file: p, error: errorText(e) });
      continue;
    }
    if (info.isDirectory()) await walk(p, info);
    else if (info.isFile()) addFile(p);
    else problems.push({ file: p, error: "not a regular file" });
  }
  return { files, problems };
}
