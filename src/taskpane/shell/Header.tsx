import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
});

export function Header() {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>
        <Subtitle2>{t("header.title")}</Subtitle2>
      </h1>
      <Text size={200}>{t("header.tagline")}</Text>
    </header>
  );
}
