import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence as EvidenceItem } from "../../classifier/types";
import { EVIDENCE_SOURCE_LABEL } from "../lib/evidenceLabels";
import { RawText } from "./RawText";

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

/** "Why we think so": the lines that decided the result, and where they were found. */
export function Evidence({ items }: { items: readonly EvidenceItem[] }) {
  const styles = useStyles();
  const shown = distinct(items);
  if (shown.length === 0) return <Text>The classifier didn't record which lines it matched.</Text>;
  return (
    <ul className={styles.list} aria-label="Matched lines">
      {shown.map((e, i) => (
        <li key={i} className={styles.item}>
          <Text weight="semibold">{e.note}</Text>
          {e.text && <RawText text={e.text} label={`Matched line ${i + 1}`} />}
          <Caption1>Found in: {EVIDENCE_SOURCE_LABEL[e.source] ?? e.source}</Caption1>
        </li>
      ))}
    </ul>
  );
}
