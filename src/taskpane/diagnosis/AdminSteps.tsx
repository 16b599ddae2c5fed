import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { safeHttpsUrl } from "../common/safeUrl";
import { useStrings } from "../i18n/LocaleProvider";
import { CommandBlock } from "./CommandBlock";
import type { ShownStep } from "./stepGroups";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

/** Where a step is done: a link from the guidance table (https only), else its label. */
export function StepWhere({ where }: { where: NonNullable<ShownStep["where"]> }) {
  const { t } = useStrings();
  const href = safeHttpsUrl(where.url);
  return (
    <Text>
      {t("steps.where")}{" "}
      {href ? (
        <Link inline href={href} target="_blank" rel="noopener noreferrer">
          {where.label}
        </Link>
      ) : (
        where.label
      )}
    </Text>
  );
}

/** Admin steps: what to check, where, and the commands, one block per shell. */
export function AdminSteps({ steps, label }: { steps: readonly ShownStep[]; label: string }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <ol className={styles.list} aria-label={label}>
      {steps.map((step, i) => (
        <li key={step.index}>
          <div className={styles.step}>
            <Text>{step.condition ? `${t("org.onlyIf", { condition: step.condition })} ${step.text}` : step.text}</Text>
            {step.where && <StepWhere where={step.where} />}
            {step.commands.map((c, j) => (
              <CommandBlock key={j} command={c} step={i + 1} group={label} />
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
