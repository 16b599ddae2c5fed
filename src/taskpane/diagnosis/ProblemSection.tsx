import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import type { Diagnosis } from "../../classifier/types";
import type { Translate } from "../../i18n/translate";
import { Bdi } from "../common/Bdi";
import { isolatedText } from "../common/bidiText";
import { useStrings } from "../i18n/LocaleProvider";
import { ConfidenceNotice } from "./ConfidenceNotice";
import { docsLinkOf } from "./docsLink";
import { lowestConfidence } from "./evidenceLabels";
import { OrganisationSteps } from "./OrganisationSteps";
import type { ProblemModel } from "./problemModel";
import { StepsList } from "./StepsList";
import { WhyWeThinkSo } from "./WhyWeThinkSo";

const MAX_NAMED = 10;

/** What the generic rows link to when Microsoft's article would be the wrong reading. */
export const RFC_3463_URL = "https://www.rfc-editor.org/rfc/rfc3463";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  answer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  // 16 px semibold: the largest text in a 320 px pane that still leaves the steps and the action on the first screen.
  headline: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  // The code and the server's words: what admins and search engines know the bounce by.
  codeLine: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // A quiet tag under the headline: said only when the reading isn't sure.
  confidence: {
    alignSelf: "flex-start",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

interface ProblemSectionProps {
  model: ProblemModel;
  index: number;
  total: number;
  diagnosis: Pick<Diagnosis, "reportingMta" | "evidence" | "layout" | "recipients">;
  /** The primary action (or the forward), right after the user's steps. */
  action?: ReactNode;
}

function recipientsLine(model: ProblemModel, t: Translate): string {
  const names = model.problem.recipients.slice(0, MAX_NAMED).map((r) => (r.address ? isolatedText(r.address) : t("problem.addressNotGiven")));
  const more = model.problem.recipients.length - names.length;
  return more > 0 ? t("problem.andMore", { list: names.join(", "), count: more }) : names.join(", ");
}

/**
 * Said once: no recipient line when the headline already names the one recipient, or their domain
 * (the address is then in the message to send and in the technical details) unless the address
 * is what must be corrected.
 */
function namesRecipient(model: ProblemModel): boolean {
  if (model.problem.recipients.length !== 1) return false;
  const headline = model.headline.toLowerCase();
  const address = model.first?.address?.toLowerCase();
  const domain = model.orgs.recipientDomain;
  // When the address itself is the problem, the user must see it, whatever the headline says of the domain.
  const domainIsEnough = model.action.kind !== "copy-address";
  return (!!address && headline.includes(address)) || (domainIsEnough && !!domain && headline.includes(domain));
}

export function ProblemSection({ model, index, total, diagnosis, action }: ProblemSectionProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const headingId = useId();
  const entry = model.entry;
  const confidence = lowestConfidence(model.problem.recipients.map((r) => r.confidence));
  const docs = docsLinkOf(entry, diagnosis);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.answer}>
        <h2 id={headingId} className={styles.headline}>
          {total > 1 ? t("problem.numbered", { index: index + 1, total, title: model.headline }) : model.headline}
        </h2>
        {model.codeLine && (
          <Text className={styles.codeLine}>
            <Bdi text={model.codeLine} />
          </Text>
        )}
        {confidence === "medium" && <Caption1 className={styles.confidence}>{t("confidence.line", { level: t("confidence.medium") })}</Caption1>}
      </div>
      <Text>{model.cause}</Text>
      {!namesRecipient(model) && (
        <Text size={200}>{t(model.problem.recipients.length > 1 ? "problem.recipients" : "problem.recipient", { list: recipientsLine(model, t) })}</Text>
      )}
      {entry.generic && <Caption1>{t("problem.generic")}</Caption1>}
      {model.userSteps.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t("problem.userSteps")}</h3>
          <StepsList steps={model.userSteps} label={t("problem.userSteps")} />
        </>
      )}
      <ConfidenceNotice confidence={confidence} />
      {action}
      <OrganisationSteps model={model} />
      <Accordion collapsible>
        <AccordionItem value="evidence">
          <AccordionHeader as="h3">{t("problem.whyWeThinkSo")}</AccordionHeader>
          <AccordionPanel>
            <WhyWeThinkSo model={model} diagnosis={diagnosis} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {docs && (
        <Text>
          <Link inline href={docs.url} target="_blank" rel="noopener noreferrer">
            {docs.microsoft ? t("problem.docsLink") : t("problem.docsLinkOther")}
          </Link>
        </Text>
      )}
      {entry.generic && (
        <Text>
          <Link inline href={RFC_3463_URL} target="_blank" rel="noopener noreferrer">
            {t("problem.rfcLink")}
          </Link>
        </Text>
      )}
    </section>
  );
}
