import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The end-user steps, in order. */
export function StepsList({ steps, label }: { steps: readonly string[]; label: string }) {
  const styles = useStyles();
  if (steps.length === 0) return null;
  return (
    <ol className={styles.list} aria-label={label}>
      {steps.map((step, i) => (
        <li key={i}>{step}</li>
      ))}
    </ol>
  );
}
