import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ItemSummary } from "../../outlook/types";
import { isolatedText } from "../common/bidiText";
import { useStrings } from "../i18n/LocaleProvider";
import type { ExplainedSource } from "../reader/explainedSource";
import { showingLine } from "./showingLine";

const useStyles = makeStyles({
  // A caption, not a box: it says which message this is without standing between the reader and the answer.
  root: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

/**
 * Names the message being described: a pinned pane may keep an old result when Outlook doesn't
 * tell it the selection moved (e.g. onto a bounce), so the user must see which message this is.
 */
export function ItemBanner({ source }: { source: ExplainedSource }) {
  const styles = useStyles();
  const { t, date } = useStrings();
  return (
    <section className={styles.root} aria-label={t("banner.label")}>
      <Caption1>{showingLine(source.item, source.label, t, date)}</Caption1>
      {source.item && source.origin !== "message" && <Caption1>{t("banner.readFrom", { label: isolatedText(source.label) })}</Caption1>}
    </section>
  );
}

/** The same line for states without a diagnosis (no bounce found, contents refused) and for the admin view. */
export function CurrentItemBanner({ item }: { item: ItemSummary }) {
  const styles = useStyles();
  const { t, date } = useStrings();
  return (
    <section className={styles.root} aria-label={t("banner.label")}>
      <Caption1>{showingLine(item, "", t, date)}</Caption1>
    </section>
  );
}
