import { Checkbox, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AdminStep, GuidanceEntry } from "../../classifier/types";
import type { Translate } from "../../i18n/translate";
import { CodeBlock } from "../common/CodeBlock";
import { readyEngine } from "../reader/engine/loadEngine";
import { safeHttpsUrl } from "../common/safeUrl";
import { stepsForDomain } from "../diagnosis/fillDomain";
import { propagationCheck } from "./propagation";
import { useSessionChecks } from "./useSessionChecks";
import { useStrings } from "../i18n/LocaleProvider";

/** The entry whose "wait for propagation" step gets a computed age. */
export const RELAY_ACCESS_DENIED_ID = "exo-5.4.1-relay-access-denied";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, paddingLeft: tokens.spacingHorizontalXS },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, paddingLeft: tokens.spacingHorizontalXXL },
  computed: { color: tokens.colorNeutralForeground2 },
});

interface ChecklistItem {
  id: string;
  text: string;
  step?: AdminStep;
}

interface AdminChecklistProps {
  guidance: GuidanceEntry;
  /** The bounce's arrival date, else the item's date. */
  bounceDate?: string;
  now: Date;
  /** The failed recipient's domain, filled into the steps' "<domain>" placeholders. */
  domain?: string;
}

function items(guidance: GuidanceEntry, bounceDate: string | undefined, now: Date, t: Translate, domain?: string): ChecklistItem[] {
  const list: ChecklistItem[] = stepsForDomain(guidance.adminSteps, domain).map((step, i) => ({ id: `step-${i}`, text: step.text, step }));
  if (guidance.id === RELAY_ACCESS_DENIED_ID) {
    const check = propagationCheck(bounceDate, now, t);
    // Beside the guidance's own "wait for propagation" step, or last when the table has none. The
    // step is found in the English table: translations keep the order, not the word.
    const english = readyEngine()?.guidanceById(guidance.id)?.adminSteps ?? guidance.adminSteps;
    const at = english.findIndex((s) => /propagat/i.test(s.text));
    list.splice(at >= 0 ? at + 1 : list.length, 0, { id: "propagation", text: check.text });
  }
  return list;
}

/** What to verify for this diagnosis, each with where and the PowerShell; ticks last for the session. */
export function AdminChecklist({ guidance, bounceDate, now, domain }: AdminChecklistProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [ticked, toggle] = useSessionChecks(guidance.id);
  const shown = items(guidance, bounceDate, now, t, domain);
  if (shown.length === 0) return <Text>{t("admin.noSteps")}</Text>;
  return (
    <ul className={styles.list} aria-label={t("admin.whatToVerify")}>
      {shown.map((item, i) => {
        const href = safeHttpsUrl(item.step?.where?.url);
        return (
          <li key={item.id} className={styles.item}>
            <Checkbox checked={ticked.has(item.id)} onChange={(_, data) => toggle(item.id, data.checked === true)} label={item.text} />
            <div className={styles.detail}>
              {item.step?.where && (
                <Text>
                  {t("steps.where")}{" "}
                  {href ? (
                    <Link inline href={href} target="_blank" rel="noopener noreferrer">
                      {item.step.where.label}
                    </Link>
                  ) : (
                    item.step.where.label
                  )}
                </Text>
              )}
              {item.step?.commands?.map((c, k, all) => (
                // One block per shell: each needs its own name (landmark-unique).
                <CodeBlock key={k} code={c.text} label={t("admin.commandFor", { n: all.length > 1 ? `${i + 1}.${k + 1}` : i + 1 })} />
              ))}
              {item.id === "propagation" && <Text size={200} className={styles.computed}>{t("admin.workedOut")}</Text>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
