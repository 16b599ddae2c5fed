import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { SAMPLES, type SampleBounce } from "../samples";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  button: { textAlign: "start", height: "auto" },
});

export function SamplePicker({ onPick }: { onPick(sample: SampleBounce): void }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <ul className={styles.list} aria-label={t("input.samplesLabel")}>
      {SAMPLES.map((s) => (
        <li key={s.id} className={styles.item}>
          <Button appearance="subtle" className={styles.button} onClick={() => onPick(s)}>
            {t(`sample.${s.textKey}.title`)}
          </Button>
          <Caption1>{t(`sample.${s.textKey}.description`)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
