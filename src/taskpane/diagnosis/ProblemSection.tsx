import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Evidence as EvidenceItem } from "../../classifier/types";
import { lowestConfidence } from "./evidenceLabels";
import type { Problem } from "./groupProblems";
import { safeHttpsUrl } from "../common/safeUrl";
import { AdminSteps } from "./AdminSteps";
import { plainDomainOf } from "./fillDomain";
import { ConfidenceNotice } from "./ConfidenceNotice";
import { Evidence } from "./Evidence";
import { RawText } from "../common/RawText";
import { StateMessage } from "../common/StateMessage";
import { StepsList } from "./StepsList";
import { WhoMustAct } from "./WhoMustAct";
import type { Translate } from "../../i18n/translate";
import { useStrings } from "../i18n/LocaleProvider";
import { isolatedText } from "../common/bidiText";

const MAX_NAMED = 10;

/** What the generic rows link to when Microsoft's article would be the wrong reading. */
export const RFC_3463_URL = "https://www.rfc-editor.org/rfc/rfc3463";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  headline: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface ProblemSectionProps {
  problem: Problem;
  index: number;
  total: number;
  /** Message-level evidence (why this is a bounce at all), shown with each problem's own lines. */
  messageEvidence: readonly EvidenceItem[];
  /** Microsoft's service wrote the report or refused the message (see lib/microsoftServer). */
  fromMicrosoft: boolean;
}

function recipientsLine(problem: Problem, t: Translate): string {
  const names = problem.recipients.slice(0, MAX_NAMED).map((r) => (r.address ? isolatedText(r.address) : t("problem.addressNotGiven")));
  const more = problem.recipients.length - names.length;
  return more > 0 ? t("problem.andMore", { list: names.join(", "), count: more }) : names.join(", ");
}

export function ProblemSection({ problem, index, total, messageEvidence, fromMicrosoft }: ProblemSectionProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const headingId = useId();
  const g = problem.guidance;
  const first = problem.recipients[0];
  // A generic row's docsUrl is Microsoft's article on the code: misleading for another server's bounce.
  const docs = !g.generic || fromMicrosoft ? safeHttpsUrl(g.docsUrl) : undefined;
  const confidence = lowestConfidence(problem.recipients.map((r) => r.confidence));
  const code = [first?.reply, first?.status].filter(Boolean).join(" ");
  const evidence = [...problem.recipients.flatMap((r) => r.evidence), ...messageEvidence];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.titleRow}>
        <h2 id={headingId} className={styles.headline}>
          {total > 1 ? t("problem.numbered", { index: index + 1, total, title: g.title }) : g.title}
        </h2>
        <Badge appearance="tint" color={confidence === "low" ? "warning" : "informative"} shape="rounded">
          {t("confidence.line", { level: t(`confidence.${confidence}`) })}
        </Badge>
      </div>
      <Text>{g.cause}</Text>
      <Text size={200}>{t(problem.recipients.length > 1 ? "problem.recipients" : "problem.recipient", { list: recipientsLine(problem, t) })}</Text>
      {g.generic && (
        <StateMessage intent="info" title={t("problem.genericTitle")}>
          <Text>{code ? t("problem.genericCode", { code }) : t("problem.genericNoCode")}</Text>
        </StateMessage>
      )}
      {g.generic && first?.diagnostic && <RawText text={first.diagnostic} label={t("problem.serverReply")} />}
      <WhoMustAct actors={g.whoMustAct} />
      {g.userSteps.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t("problem.userSteps")}</h3>
          <StepsList steps={g.userSteps} label={t("problem.userSteps")} />
        </>
      )}
      <ConfidenceNotice confidence={confidence} />
      <Accordion collapsible multiple>
        {g.adminSteps.length > 0 && (
          <AccordionItem value="admin">
            <AccordionHeader as="h3">{t("problem.adminSteps")}</AccordionHeader>
            <AccordionPanel>
              <AdminSteps steps={g.adminSteps} domain={plainDomainOf(first?.address)} />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="evidence">
          <AccordionHeader as="h3">{t("problem.whyWeThinkSo")}</AccordionHeader>
          <AccordionPanel>
            <Evidence items={evidence} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {docs && (
        <Text>
          <Link inline href={docs} target="_blank" rel="noopener noreferrer">
            {t("problem.docsLink")}
          </Link>
        </Text>
      )}
      {g.generic && (
        <Text>
          <Link inline href={RFC_3463_URL} target="_blank" rel="noopener noreferrer">
            {t("problem.rfcLink")}
          </Link>
        </Text>
      )}
    </section>
  );
}
