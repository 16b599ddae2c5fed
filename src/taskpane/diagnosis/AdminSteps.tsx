import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AdminStep } from "../../classifier/types";
import { safeHttpsUrl } from "../common/safeUrl";
import { CodeBlock } from "../common/CodeBlock";
import { useStrings } from "../i18n/LocaleProvider";
import { stepsForDomain } from "./fillDomain";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

/** Admin steps: what to check, where (a link from the guidance table only), and the command. */
export function AdminSteps({ steps, domain }: { steps: readonly AdminStep[]; domain?: string }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <ol className={styles.list} aria-label={t("problem.adminSteps")}>
      {stepsForDomain(steps, domain).map((step, i) => {
        const href = safeHttpsUrl(step.where?.url);
        return (
          <li key={i}>
            <div className={styles.step}>
              <Text>{step.text}</Text>
              {step.where && (
                <Text>
                  {t("steps.where")}{" "}
                  {href ? (
                    <Link inline href={href} target="_blank" rel="noopener noreferrer">
                      {step.where.label}
                    </Link>
                  ) : (
                    step.where.label
                  )}
                </Text>
              )}
              {step.commands?.map((c, k, all) => (
                // One block per shell: each needs its own name (landmark-unique).
                <CodeBlock key={k} code={c.text} label={t("steps.commandFor", { n: all.length > 1 ? `${i + 1}.${k + 1}` : i + 1 })} />
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
