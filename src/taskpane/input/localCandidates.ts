import { type Translate, englishT } from "../../i18n/translate";
import type { BounceCandidate, ReadPath } from "../../outlook/types";
import { MAX_INPUT_BYTES, formatSize } from "./readFile";

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function fileCandidate(name: string, bytes: Uint8Array, path: Extract<ReadPath, "file" | "drop">, t: Translate = englishT): BounceCandidate {
  return { id: nextId(path), origin: "dropped-file", label: t("candidate.file", { name }), input: bytes, path };
}

export function textCandidate(text: string, label: string, path: Extract<ReadPath, "paste" | "drop" | "sample">): BounceCandidate {
  return { id: nextId(path), origin: "pasted-text", label, input: text, path };
}

/** Pasted text has the same ceiling as files: the classifier must never be handed a runaway input. */
export function pastedTextProblem(text: string, t: Translate = englishT, locale = "en"): string | undefined {
  if (text.trim().length === 0) return t("input.pasteEmpty");
  // Two bytes per UTF-16 unit is the worst case; the check only needs to be in the right order of size.
  if (text.length > MAX_INPUT_BYTES) return t("input.pasteTooBig", { size: formatSize(MAX_INPUT_BYTES, t, locale) });
  return undefined;
}
