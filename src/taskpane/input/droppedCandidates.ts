import { type Translate, englishT } from "../../i18n/translate";
import type { BounceCandidate, DroppedFile, OfficeFailure } from "../../outlook/types";
import { fileCandidate } from "./localCandidates";
import { readFileBytes } from "./readFile";

/** A drop of a whole folder of mail is not a bounce investigation; the rest are named as skipped. */
export const MAX_DROPPED = 10;

export interface DropResult {
  candidates: BounceCandidate[];
  /** One line per file that couldn't be used, for the pane to show. */
  problems: string[];
}

/** Files from an HTML5 drop or the file picker (classic Windows gives .msg, Mac .eml). */
export async function candidatesFromFiles(files: readonly File[], t: Translate = englishT, locale = "en"): Promise<DropResult> {
  const candidates: BounceCandidate[] = [];
  const problems: string[] = [];
  for (const file of files.slice(0, MAX_DROPPED)) {
    const read = await readFileBytes(file, t, locale);
    if (read.ok) candidates.push(fileCandidate(file.name, read.bytes, "drop", t));
    else problems.push(read.message);
  }
  if (files.length > MAX_DROPPED) problems.push(t("input.tooManyFiles", { count: MAX_DROPPED }));
  return { candidates, problems };
}

/** Files Outlook handed over (DragAndDropEvent), already read by the host. */
export function candidatesFromHostDrop(files: readonly DroppedFile[], failures: readonly OfficeFailure[], t: Translate = englishT): DropResult {
  return {
    candidates: files.map((f) => fileCandidate(f.name, f.bytes, "drop", t)),
    problems: failures.map((f) => f.message),
  };
}
