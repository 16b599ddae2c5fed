import { CompoundButton, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleProvider";
import { SAMPLES, type SampleBounce } from "./samples";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Title and description share one left edge, and the whole card reads as one thing to press.
  button: { width: "100%", maxWidth: "100%", justifyContent: "flex-start", textAlign: "start" },
});

export function SamplePicker({ onPick }: { onPick(sample: SampleBounce): void }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <ul className={styles.list} aria-label={t("input.samplesLabel")}>
      {SAMPLES.map((s) => (
        <li key={s.id}>
          <CompoundButton appearance="outline" className={styles.button} secondaryContent={t(`sample.${s.textKey}.description`)} onClick={() => onPick(s)}>
            {t(`sample.${s.textKey}.title`)}
          </CompoundButton>
        </li>
      ))}
    </ul>
  );
}
