import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ItemSummary } from "../../outlook/types";
import type { ExplainedSource } from "../lib/explainedSource";
import { showingLine } from "../lib/showingLine";

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
  return (
    <section className={styles.root} aria-label="Message being explained">
      <Text weight="semibold">{showingLine(source.item, source.label)}</Text>
      {source.item && source.origin !== "message" && <Caption1>Read from {source.label}</Caption1>}
    </section>
  );
}

/** The same line for states without a diagnosis (no bounce found, contents refused). */
export function CurrentItemBanner({ item }: { item: ItemSummary }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Message being explained">
      <Text weight="semibold">{showingLine(item, "")}</Text>
    </section>
  );
}
