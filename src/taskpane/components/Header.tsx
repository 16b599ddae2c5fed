import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";

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
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>
        <Subtitle2>NDR Assistant</Subtitle2>
      </h1>
      <Text size={200}>Explains bounced mail and who can fix it.</Text>
    </header>
  );
}
