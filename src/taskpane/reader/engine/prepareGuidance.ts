import { selectGuidance } from "../../../classifier/guidance";

/**
 * Builds the guidance matcher (its phrase automaton, 5–15 ms cold) now rather than inside the
 * first classify(): the classifier builds it on first use, and index.tsx calls this when the
 * engine chunk has arrived and the page is idle, which is usually while office.js is starting.
 * Empty facts: the answer doesn't matter, only that the table got compiled.
 */
export function prepareGuidance(): void {
  selectGuidance({ status: "", reply: "", diagnostic: "" });
}
