import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { Bdi } from "../common/Bdi";
import { useStrings } from "../i18n/LocaleProvider";
import type { ExplainedResult } from "../reader/readerState";

interface CandidatePickerProps {
  results: readonly ExplainedResult[];
  selected: number;
  onSelect(index: number): void;
}

/** A message can carry several bounces (itself and forwarded ones as attachments): the user picks. */
export function CandidatePicker({ results, selected, onSelect }: CandidatePickerProps) {
  const { t } = useStrings();
  return (
    <Field label={t("diagnosis.pickLabel", { count: results.length })}>
      <RadioGroup value={results[selected]?.id} onChange={(_, data) => onSelect(results.findIndex((r) => r.id === data.value))}>
        {results.map((r) => (
          <Radio key={r.id} value={r.id} label={<Bdi text={r.source.label} />} />
        ))}
      </RadioGroup>
    </Field>
  );
}
