import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Translate } from "../../i18n/translate";
import { useStrings } from "../i18n/LocaleProvider";
import { AdminSteps } from "./AdminSteps";
import { NoteText } from "./NoteText";
import type { ProblemModel } from "./problemModel";
import type { StepGroup } from "./stepGroups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Room after an open group's last command, before the next group's header.
  panel: { paddingBottom: tokens.spacingVerticalL },
  // Long "For your admin (only if …)" headers wrap: a gap keeps two of them apart.
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** "For fabrikam.com's admin", "For your admin (only if …)", "Steps for your email admin". */
export function groupLabel(group: StepGroup, model: ProblemModel, t: Translate): string {
  const domain = model.orgs.recipientDomain;
  switch (group.audience) {
    case "recipient-org":
      return domain ? t("org.forRecipientAdmin", { domain }) : t("org.forRecipientAdminUnknown");
    case "sender-org":
      return group.condition ? t("org.forYourAdminIf", { condition: group.condition }) : t("org.forYourAdmin");
    case "same-org":
      return t("problem.adminSteps");
    case "either":
      return t("org.forEither");
  }
}

/**
 * The admin steps by organisation. When another organisation's admin must act, the pane first
 * says what to send them (visible, not folded away), then their steps; the user's own admin's
 * steps follow, each group saying when it applies.
 */
export function OrganisationSteps({ model }: { model: ProblemModel }) {
  const styles = useStyles();
  const { t } = useStrings();
  const headingId = useId();
  const recipientGroup = model.groups.find((g) => g.audience === "recipient-org");
  const others = model.groups.filter((g) => g.audience !== "recipient-org");
  const domain = model.orgs.recipientDomain;
  const consumer = model.orgs.consumerProvider;
  const recipientLabel = domain ? t("org.forRecipientAdmin", { domain }) : t("org.forRecipientAdminUnknown");
  const showRecipient = !consumer && (recipientGroup !== undefined || model.note !== undefined);
  return (
    <div className={styles.root}>
      {consumer && recipientGroup && <Text>{t("org.consumer", { recipient: model.orgs.recipient ?? t("fill.recipient"), provider: consumer })}</Text>}
      {showRecipient && (
        <section className={styles.section} aria-labelledby={headingId}>
          <h3 id={headingId} className={styles.heading}>
            {recipientLabel}
          </h3>
          {model.note && (
            <>
              <Text>
                {model.tellRecipient
                  ? `${model.tellRecipient} ${t("org.sendThis")}`
                  : domain
                    ? t("org.recipientIntro", { domain })
                    : t("org.recipientIntroUnknown")}
              </Text>
              <NoteText text={model.note} label={domain ? t("org.noteLabel", { domain }) : t("org.noteLabelUnknown")} />
            </>
          )}
          {recipientGroup && (
            <Accordion collapsible>
              <AccordionItem value="recipient">
                <AccordionHeader as="h4">{t("org.theirSteps", { count: recipientGroup.steps.length })}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <AdminSteps steps={recipientGroup.steps} label={recipientLabel} />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </section>
      )}
      {others.length > 0 && (
        <Accordion collapsible multiple className={styles.groups}>
          {others.map((group, i) => {
            const label = groupLabel(group, model, t);
            return (
              <AccordionItem key={i} value={`group-${i}`}>
                <AccordionHeader as="h3">{label}</AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  <AdminSteps steps={group.steps} label={label} />
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
