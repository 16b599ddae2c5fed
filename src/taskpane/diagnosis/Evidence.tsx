import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence as EvidenceItem } from "../../classifier/types";
import { evidenceNote } from "../../i18n/evidence";
import type { Translate } from "../../i18n/translate";
import { useStrings } from "../i18n/LocaleProvider";
import { useEvidenceTexts } from "./EvidenceTexts";
import { RawText } from "../common/RawText";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
});

/** Evidence repeats across recipients of one problem; each line is shown once. */
function distinct(items: readonly EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.source}\u0000${e.text}\u0000${e.note}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A source this build doesn't know (a newer classifier) is shown by its name. */
function sourceLabel(source: EvidenceItem["source"], t: Translate): string {
  return SOURCES.has(source) ? t(`source.${source}`) : source;
}

const SOURCES = new Set<string>(["headers", "delivery-status", "text-body", "html-body", "attachment", "original-headers", "pasted-text"]);

/**
 * "Why we think so": the lines that decided the result, and where they were found. The notes are
 * the classifier's, worded in the pane's language (English until that language has arrived).
 */
export function Evidence({ items }: { items: readonly EvidenceItem[] }) {
  const styles = useStyles();
  const { t } = useStrings();
  const texts = useEvidenceTexts();
  const shown = distinct(items);
  if (shown.length === 0) return <Text>{t("evidence.none")}</Text>;
  return (
    <ul className={styles.list} aria-label={t("evidence.label")}>
      {shown.map((e, i) => (
        <li key={i} className={styles.item}>
          <Text weight="semibold">{evidenceNote(e, texts)}</Text>
          {e.text && <RawText text={e.text} label={t("evidence.line", { n: i + 1 })} />}
          <Caption1>{t("evidence.foundIn", { source: sourceLabel(e.source, t) })}</Caption1>
        </li>
      ))}
    </ul>
  );
}
