import type { Actor } from "../../classifier/types";
import { type Translate, englishT } from "../../i18n/translate";

/** The badge text for who has to act, in the words a sender understands; each actor once. */
export function actorLabels(actors: readonly Actor[], t: Translate = englishT): string[] {
  return [...new Set(actors)].map((actor) => t(`actor.${actor}`));
}
