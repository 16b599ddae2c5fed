/**
 * Reads a Blob handed over by Office (DragAndDropEvent's fileContent) into bytes. Older webviews
 * lack Blob.arrayBuffer, so FileReader is the fallback; anything that isn't a Blob is refused.
 */
export type BlobRead = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

interface BlobLike {
  size: number;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

function isBlobLike(value: unknown): value is BlobLike & Blob {
  return value !== null && typeof value === "object" && typeof (value as { size?: unknown }).size === "number";
}

function viaFileReader(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error("FileReader gave no bytes.")));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed."));
    reader.readAsArrayBuffer(blob);
  });
}

export async function readBlobBytes(value: unknown, maxBytes: number): Promise<BlobRead> {
  if (!isBlobLike(value)) return { ok: false, code: "NoContent", message: "Outlook handed over no file content." };
  if (value.size > maxBytes) return { ok: false, code: "TooLarge", message: "The dropped file is too large to read in the pane." };
  if (value.size === 0) return { ok: false, code: "Empty", message: "The dropped file is empty." };
  try {
    let buffer: ArrayBuffer;
    if (typeof value.arrayBuffer === "function") buffer = await value.arrayBuffer();
    else if (typeof FileReader === "function") buffer = await viaFileReader(value);
    else return { ok: false, code: "NotSupported", message: "This Outlook can't read dropped files." };
    return { ok: true, bytes: new Uint8Array(buffer) };
  } catch (e) {
    return { ok: false, code: "ReadFailed", message: e instanceof Error && e.message ? e.message : "The dropped file couldn't be read." };
  }
}
