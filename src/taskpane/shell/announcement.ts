import { type Translate, englishT } from "../../i18n/translate";
import { groupProblems } from "../diagnosis/groupProblems";
import { problemModel } from "../diagnosis/problemModel";
import type { ReaderState } from "../reader/readerState";

/**
 * One sentence for the live region, so a screen reader hears the outcome without the whole pane:
 * the same headline as on screen. `mailboxOwner` decides it as it decides the screen's.
 */
export function announcement(state: ReaderState, t: Translate = englishT, mailboxOwner?: string): string {
  switch (state.status) {
    case "loading":
      return t("announce.loading");
    case "no-item":
      return t("announce.noItem");
    case "no-bounce":
      // Nothing read to the end: say so rather than "no bounce".
      return state.lookedAt.length > 0 && state.lookedAt.every((l) => l.kind === "unsafe") ? t("unsafe.title") : t("announce.noBounce");
    case "error":
      return t("announce.error");
    case "success": {
      const result = state.results[state.selected] ?? state.results[0];
      const problems = groupProblems(result.diagnosis);
      const title = problems[0] ? problemModel(problems[0], result.diagnosis, mailboxOwner, t).headline : t("announce.fallbackTitle");
      const more = problems.length - 1;
      if (more <= 0) return t("announce.result", { title });
      return more === 1 ? t("announce.moreOne", { title }) : t("announce.moreMany", { title, count: more });
    }
  }
}
