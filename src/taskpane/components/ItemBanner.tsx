import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExplainedSource } from "../lib/explainedSource";
import { formatDate } from "../lib/formatDate";

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
  const subject = source.item ? source.item.subject || "(no subject)" : undefined;
  const date = formatDate(source.item?.date);
  return (
    <section className={styles.root} aria-label="Message being explained">
      {subject !== undefined ? (
        <>
          <Text weight="semibold">About: {subject}</Text>
          {date && <Caption1>Received {date}</Caption1>}
          {source.origin !== "message" && <Caption1>Read from {source.label}</Caption1>}
        </>
      ) : (
        <Text weight="semibold">About: {source.label}</Text>
      )}
    </section>
  );
}
