import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ItemSummary } from "../../outlook/types";
import type { ExplainedSource } from "../reader/explainedSource";
import { showingLine } from "./showingLine";
import { useStrings } from "../i18n/LocaleProvider";
import { isolatedText } from "../common/bidiText";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
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
      <Text weight="semibold">{showingLine(source.item, source.label, t, date)}</Text>
      {source.item && source.origin !== "message" && <Caption1>{t("banner.readFrom", { label: isolatedText(source.label) })}</Caption1>}
    </section>
  );
}

/** The same line for states without a diagnosis (no bounce found, contents refused). */
export function CurrentItemBanner({ item }: { item: ItemSummary }) {
  const styles = useStyles();
  const { t, date } = useStrings();
  return (
    <section className={styles.root} aria-label={t("banner.label")}>
      <Text weight="semibold">{showingLine(item, "", t, date)}</Text>
    </section>
  );
}
