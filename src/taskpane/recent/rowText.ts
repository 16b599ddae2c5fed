/** The words of one list row: its date and the classifier's one-line headline. */
import type { Translate } from "../../i18n/translate";
import type { LocalizeEntry } from "../i18n/entryLocalizer";
import type { RecentRow } from "./recentTypes";

export function headlineOf(row: RecentRow, t: Translate, localizeEntry: LocalizeEntry): string {
  if (row.failure) return t("recent.unreadable");
  const d = row.diagnosis;
  if (!d) return t("recent.reading");
  if (!d.isBounce && d.kind !== "delay") return t("recent.notBounce", { kind: t(`kind.${d.kind}`) });
  const first = d.recipients[0];
  if (!first) return t(`kind.${d.kind}`);
  const title = localizeEntry(first.guidance).title;
  const code = first.status || first.reply;
  return code ? `${code}: ${title}` : title;
}
