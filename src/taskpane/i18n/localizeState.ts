import type { ReaderState } from "../reader/readerState";
import { type LocalizeEntry, englishEntry, localizeDiagnosisWith } from "./entryLocalizer";

/**
 * The reader's state with every guidance entry in the pane's language, so the view, the
 * announcement, the forward and the admin view all say the same thing in the same language.
 */
export function localizeState(state: ReaderState, localize: LocalizeEntry): ReaderState {
  if (state.status !== "success" || localize === englishEntry) return state;
  return { ...state, results: state.results.map((r) => ({ ...r, diagnosis: localizeDiagnosisWith(r.diagnosis, localize) })) };
}
