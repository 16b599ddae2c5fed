/**
 * The English (identity) guidance localizer and the diagnosis mapper, kept out of
 * src/i18n/guidance.ts on purpose: that module reaches the guidance tables, which belong to the
 * classifier chunk, not to the first view. The other languages' localizers come with the engine.
 */
import type { Diagnosis } from "../../classifier/types";
import type { LocalizeEntry } from "../../i18n/guidance";

export type { LocalizeEntry };

export const englishEntry: LocalizeEntry = (entry) => entry;

/** Same diagnosis, each recipient's guidance in the pane's language; the rest untouched. */
export function localizeDiagnosisWith(diagnosis: Diagnosis, localize: LocalizeEntry): Diagnosis {
  if (localize === englishEntry) return diagnosis;
  return { ...diagnosis, recipients: diagnosis.recipients.map((r) => ({ ...r, guidance: localize(r.guidance) })) };
}
