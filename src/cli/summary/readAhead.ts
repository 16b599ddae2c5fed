/**
 * Reads files a few at a time ahead of the consumer, in their original order, so disk latency
 * overlaps with classification while memory stays bounded by `inFlight` × `maxBytes`.
 */
import { type FileHandle, open } from "node:fs/promises";

export interface ReadResult {
  file: string;
  bytes?: Uint8Array;
  /** Set when the file could not be read. */
  error?: string;
  /** True when only the first `maxBytes` were read. */
  truncated?: boolean;
}

/** Default cap per file: a report's own parts come first, a returned original (the bulk) last. */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

export async function readBounded(file: string, maxBytes: number): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    return { file, error: (e as NodeJS.ErrnoException).code ?? String(e).slice(0, 200) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { file, error: "not a regular file" };
    const want = Math.min(info.size, maxBytes);
    const bytes = new Uint8Array(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(bytes, got, want - got, got);
      if (bytesRead === 0) break; // shrank since stat
      got += bytesRead;
    }
    return { file, bytes: got === want ? bytes : bytes.subarray(0, got), truncated: info.size > maxBytes };
  } catch (e) {
    return { file, error: (e as NodeJS.ErrnoException).code ?? String(e).slice(0, 200) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export async function* readAhead(files: readonly string[], inFlight = 8, maxBytes = MAX_READ_BYTES): AsyncGenerator<ReadResult> {
  const pending: Promise<ReadResult>[] = [];
  let next = 0;
  const fill = (): void => {
    while (pending.length < inFlight && next < files.length) pending.push(readBounded(files[next++], maxBytes));
  };
  fill();
  while (pending.length) {
    const result = await (pending.shift() as Promise<ReadResult>);
    fill();
    yield result;
  }
}
