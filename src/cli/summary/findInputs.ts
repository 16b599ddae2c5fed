/**
 * Turns the PATHs of `--summary` into the list of files to read: folders are walked recursively
 * for .eml and .msg, hidden entries and node_modules are skipped, and a folder reached twice (a
 * symlink loop, or the same folder named twice) is walked once. Only paths are kept in memory.
 *
 * Names that are not UTF-8 are kept as bytes (see filePath.ts), so they are read, not "missing".
 * The walk is synchronous: it runs before any file is classified and has nothing to overlap with.
 */
import type { Dirent, Stats } from "node:fs";
import { readdirSync, statSync } from "node:fs";
import { normalize } from "node:path";
import { type FilePath, fileLabel, fromBytes, joinPath, pathKey } from "../files/filePath";
import type { Unreadable } from "./report";

const WANTED = /\.(?:eml|msg)$/i;

export interface Inputs {
  /** Files to read, in a stable order (each folder's entries sorted by name). */
  files: FilePath[];
  /** Paths that could not be listed or are not files (a missing PATH, an unreadable folder). */
  problems: Unreadable[];
}

interface Entry {
  name: FilePath;
  /** The name as text for the extension and hidden-entry tests (non-UTF-8 bytes as \xHH). */
  text: string;
  dirent: Dirent<string> | Dirent<Buffer>;
}

function errorText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code ?? String(e).slice(0, 200);
}

/**
 * One folder's entries, sorted so the output does not depend on the file system's order. The
 * listing is read as text; only when a name came back with U+FFFD (bytes that are not UTF-8, or
 * a real U+FFFD) is it read again as bytes, so ordinary folders pay nothing for odd ones.
 */
function listFolder(dir: FilePath): Entry[] {
  if (typeof dir === "string") {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (!entries.some((e) => e.name.includes("\ufffd"))) {
      return entries.map((dirent) => ({ name: dirent.name, text: dirent.name, dirent })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    }
  }
  const raw = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
  raw.sort((a, b) => Buffer.compare(a.name, b.name));
  return raw.map((dirent) => {
    const name = fromBytes(dirent.name);
    return { name, text: fileLabel(name), dirent };
  });
}

/**
 * A folder's entries are joined to its path by concatenation (path.join per file is a noticeable
 * part of a 100,000-file walk); the folder's own path is normalised once, as path.join would.
 */
function childOf(dir: FilePath, name: FilePath): FilePath {
  if (typeof dir !== "string" || typeof name !== "string") return joinPath(dir, name);
  if (dir === ".") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

export function findInputs(paths: readonly FilePath[]): Inputs {
  const files: FilePath[] = [];
  const problems: Unreadable[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // A file named twice (on its own and inside a folder also given) is read and counted once.
  // Its key is its absolute path: the folder's, resolved once, and its name.
  const addFile = (file: FilePath, key: string): void => {
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(file);
  };
  const problem = (file: FilePath, e: unknown): void => {
    problems.push({ file: fileLabel(file), error: errorText(e) });
  };

  function walk(dir: FilePath, info: Stats): void {
    const id = `${info.dev}:${info.ino}`;
    if (seenDirs.has(id)) return;
    seenDirs.add(id);
    let entries: Entry[];
    try {
      entries = listFolder(dir);
    } catch (e) {
      problem(dir, e);
      return;
    }
    const dirKey = pathKey(dir);
    const keySep = dirKey.endsWith("/") ? "" : "/";
    for (const { name, text, dirent } of entries) {
      if (text.startsWith(".") || (text === "node_modules" && !dirent.isFile())) continue;
      const full = childOf(dir, name);
      if (dirent.isDirectory()) {
        walkDir(full);
      } else if (dirent.isFile()) {
        if (WANTED.test(text)) addFile(full, typeof name === "string" && typeof dir === "string" ? dirKey + keySep + name : pathKey(full));
      } else if (dirent.isSymbolicLink()) {
        let target: Stats;
        try {
          target = statSync(full);
        } catch (e) {
          // A dangling link that looks like a bounce file is worth naming; others are noise.
          if (WANTED.test(text)) problem(full, e);
          continue;
        }
        if (target.isDirectory()) walk(full, target);
        else if (target.isFile() && WANTED.test(text)) addFile(full, pathKey(full));
      }
      // Sockets, FIFOs and devices are never read: a FIFO would block the run forever.
    }
  }

  function walkDir(dir: FilePath): void {
    let info: Stats;
    try {
      info = statSync(dir);
    } catch (e) {
      problem(dir, e);
      return;
    }
    walk(dir, info);
  }

  for (const p of paths) {
    let info: Stats;
    try {
      info = statSync(p);
    } catch (e) {
      problem(p, e);
      continue;
    }
    if (info.isDirectory()) walk(typeof p === "string" ? normalize(p) : p, info);
    else if (info.isFile()) addFile(p, pathKey(p));
    else problems.push({ file: fileLabel(p), error: "not a regular file" });
  }
  return { files, problems };
}
