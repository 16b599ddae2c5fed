import { type Translate, englishT } from "../../i18n/translate";

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

export function formatSize(bytes: number, t: Translate = englishT, locale = "en"): string {
  const number = (n: number, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  if (bytes >= 1024 * 1024) return t("size.mb", { n: number(bytes / (1024 * 1024), 1) });
  if (bytes >= 1024) return t("size.kb", { n: number(Math.round(bytes / 1024), 0) });
  return t("size.bytes", { n: number(bytes, 0) });
}

export async function readFileBytes(file: File, t: Translate = englishT, locale = "en"): Promise<FileReadResult> {
  if (file.size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      message: t("input.fileTooBig", { name: file.name, size: formatSize(file.size, t, locale), limit: formatSize(MAX_INPUT_BYTES, t, locale) }),
    };
  }
  try {
    const buffer = typeof file.arrayBuffer === "function" ? await file.arrayBuffer() : await viaFileReader(file);
    if (buffer.byteLength === 0) return { ok: false, message: t("input.fileEmpty", { name: file.name }) };
    return { ok: true, bytes: new Uint8Array(buffer) };
  } catch {
    return { ok: false, message: t("input.fileUnreadable", { name: file.name }) };
  }
}
