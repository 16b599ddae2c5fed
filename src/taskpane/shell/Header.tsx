import { Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  compact: { paddingBottom: tokens.spacingVerticalXS },
  title: { margin: 0 },
});

/** `compact`: an answer is on screen, and the tagline would only push it down. */
export function Header({ compact = false }: { compact?: boolean }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <header className={mergeClasses(styles.root, compact && styles.compact)}>
      <h1 className={styles.title}>
        <Subtitle2>{t("header.title")}</Subtitle2>
      </h1>
      {!compact && <Text size={200}>{t("header.tagline")}</Text>}
    </header>
  );
}
