/** Outlook's own attachment limit; a bigger "bounce" is not one, and reading it would stall the pane. */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export type FileReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

function viaFileReader(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error("not binary")));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export async function readFileBytes(file: File): Promise<FileReadResult> {
  if (file.size > MAX_INPUT_BYTES) {
    return { ok: false, message: `"${file.name}" is ${formatSize(file.size)}; bounce files over ${formatSize(MAX_INPUT_BYTES)} aren't read.` };
  }
  try {
    const buffer = typeof file.arrayBuffer === "function" ? await file.arrayBuffer() : await viaFileReader(file);
    if (buffer.byteLength === 0) return { ok: false, message: `"${file.name}" is empty.` };
    return { ok: true, bytes: new Uint8Array(buffer) };
  } catch {
    return { ok: false, message: `"${file.name}" couldn't be read. If it's open in another program, close it and try again, or paste its text instead.` };
  }
}
