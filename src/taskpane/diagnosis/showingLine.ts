import { type Translate, englishT } from "../../i18n/translate";
import type { ItemSummary } from "../../outlook/types";
import { isolatedText } from "../common/bidiText";
import { formatDate } from "../common/formatDate";

/**
 * "Showing: <subject> · <date>": a pinned pane must always say which message its answer is about,
 * so an answer about the previous message can't be mistaken for one about the current one.
 */
export function showingLine(
  item: ItemSummary | undefined,
  fallbackLabel: string,
  t: Translate = englishT,
  date: (value: string | undefined) => string | undefined = formatDate,
): string {
  if (!item) return t("banner.showing", { what: isolatedText(fallbackLabel) });
  const what = isolatedText(item.subject.trim()) || t("state.noSubject");
  const when = date(item.date);
  return when ? t("banner.showingDated", { what, date: when }) : t("banner.showing", { what });
}
