import { type LocalizeEntry, identityEntry, localizeDiagnosis } from "../../i18n/guidance";
import type { ReaderState } from "../hooks/readerState";

/**
 * The reader's state with every guidance entry in the pane's language, so the view, the
 * announcement, the forward and the admin view all say the same thing in the same language.
 */
export function localizeState(state: ReaderState, localize: LocalizeEntry): ReaderState {
  if (state.status !== "success" || localize === identityEntry) return state;
  return { ...state, results: state.results.map((r) => ({ ...r, diagnosis: localizeDiagnosis(r.diagnosis, localize) })) };
}
