/**
 * Reads one file for classification, whatever is at the path. Nothing named `*.eml` is trusted to
 * be a file: it is looked at (stat) before it is opened, opened non-blocking (a FIFO, or a file
 * swapped for one after the folder was walked, answers at once instead of waiting for a writer),
 * checked again on the open descriptor (fstat: what was stat'ed may have been replaced), and read
 * up to a cap, so /dev/zero or a 2 GB file cannot grow memory without bound.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { FilePath } from "./filePath";

/** Default cap per file: a report's own parts come first, a returned original (the bulk) last. */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

export interface ReadOutcome {
  bytes?: Uint8Array;
  /** Set when the file could not be read: an errno code (ENOENT) or a sentence. */
  error?: string;
  /** Set when only the first `maxBytes` of the file were read: its size in bytes. */
  truncatedFrom?: number;
}

// O_NONBLOCK and O_NOCTTY do not exist on Windows, where FIFOs cannot be named *.eml anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? String(e).slice(0, 200);
}

function kindError(isDirectory: boolean): string {
  return isDirectory ? "EISDIR" : "not a regular file";
}

export function readBoundedSync(path: FilePath, maxBytes = MAX_READ_BYTES): ReadOutcome {
  let fd: number;
  try {
    // Opening some devices has effects of its own (a tape rewinds), so they are never opened.
    const before = statSync(path);
    if (!before.isFile()) return { error: kindError(before.isDirectory()) };
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    return { error: errnoOf(e) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: kindError(info.isDirectory()) };
    const want = Math.min(info.size, maxBytes);
    const bytes = new Uint8Array(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, bytes, got, want - got, got);
      if (n === 0) break; // shrank since fstat
      got += n;
    }
    const out: ReadOutcome = { bytes: got === want ? bytes : bytes.subarray(0, got) };
    if (info.size > maxBytes) out.truncatedFrom = info.size;
    return out;
  } catch (e) {
    return { error: errnoOf(e) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing useful to do: the bytes (or the error) are what the caller needs.
    }
  }
}
