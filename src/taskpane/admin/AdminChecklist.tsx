import { Caption1, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { GuidanceEntry } from "../../classifier/types";
import type { Translate } from "../../i18n/translate";
import { StepWhere } from "../diagnosis/AdminSteps";
import { CommandBlock } from "../diagnosis/CommandBlock";
import type { StepGroup } from "../diagnosis/stepGroups";
import { useStrings } from "../i18n/LocaleProvider";
import type { AdminChecklistModel } from "./adminGroups";
import { useSessionChecks } from "./useSessionChecks";

const useStyles = makeStyles({
  groups: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, paddingLeft: tokens.spacingHorizontalXS },
  // Steps to do are read, not skimmed past: full contrast, not the label's lighter default.
  label: { color: tokens.colorNeutralForeground1 },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, paddingLeft: tokens.spacingHorizontalXXL },
  withheld: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

/** The admin's side: the recipient organisation's admin, "your organisation", or both in one. */
function groupLabel(group: StepGroup, checklist: AdminChecklistModel, t: Translate): string | undefined {
  switch (group.audience) {
    case "recipient-org":
      return checklist.orgs.recipientDomain ? t("org.forRecipientAdmin", { domain: checklist.orgs.recipientDomain }) : t("org.forRecipientAdminUnknown");
    case "sender-org":
      return group.condition ? t("admin.forYourOrgIf", { condition: group.condition }) : t("admin.forYourOrg");
    case "either":
      return t("org.forEither");
    case "same-org":
      return undefined;
  }
}

interface AdminChecklistProps {
  guidance: GuidanceEntry;
  checklist: AdminChecklistModel;
  /** The live DNS checks, shown inside the MX step (checklist.mxStep). */
  dnsPanel?: ReactNode;
}

/** What to verify for this diagnosis, each with where and its commands; ticks last for the session. */
export function AdminChecklist({ guidance, checklist, dnsPanel }: AdminChecklistProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [ticked, toggle] = useSessionChecks(guidance.id);
  if (checklist.groups.length === 0) return <Text>{t("admin.noSteps")}</Text>;
  let n = 0;
  return (
    <ul className={styles.groups} aria-label={t("admin.whatToVerify")}>
      {checklist.groups.map((group, g) => {
        const label = groupLabel(group, checklist, t);
        return (
          <li key={g} className={styles.group}>
            {label && <h4 className={styles.groupHeading}>{label}</h4>}
            <ul className={styles.list} aria-label={label ?? t("admin.whatToVerify")}>
              {group.steps.map((step) => {
                const id = `step-${step.index}`;
                const number = ++n;
                const text = step.condition ? `${t("org.onlyIf", { condition: step.condition })} ${step.text}` : step.text;
                return (
                  <li key={id} className={styles.item}>
                    <Checkbox
                      checked={ticked.has(id)}
                      onChange={(_, data) => toggle(id, data.checked === true)}
                      label={{ children: text, className: styles.label }}
                    />
                    <div className={styles.detail}>
                      {step.where && <StepWhere where={step.where} />}
                      {step.commands.map((c, j) => (
                        <CommandBlock key={j} command={c} step={number} />
                      ))}
                      {checklist.withheld[step.index] !== undefined && (
                        <Caption1 className={styles.withheld}>{t("admin.commandsWithheld", { n: checklist.withheld[step.index] })}</Caption1>
                      )}
                      {step.index === checklist.mxStep && dnsPanel}
                    </div>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
