import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useMemo } from "react";
import type { HostDiagnostics, MailHost } from "../../outlook/types";
import type { ExplainedResult } from "../reader/readerState";
import { groupProblems } from "./groupProblems";
import { perfMark } from "../common/perfMarks";
import { involvesMicrosoft } from "./microsoftServer";
import { CandidatePicker } from "./CandidatePicker";
import { ForwardToAdmin } from "../forward/ForwardToAdmin";
import { ItemBanner } from "./ItemBanner";
import { ProblemSection } from "./ProblemSection";
import { StateMessage } from "../common/StateMessage";
import { TechnicalDetails } from "./TechnicalDetails";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

function hostDiagnostics(host: MailHost): HostDiagnostics | undefined {
  try {
    return host.diagnostics();
  } catch {
    return undefined;
  }
}

interface DiagnosisViewProps {
  host: MailHost;
  results: readonly ExplainedResult[];
  selected: number;
  onSelect(index: number): void;
}

export function DiagnosisView({ host, results, selected, onSelect }: DiagnosisViewProps) {
  perfMark("ndr:diagnosis-render");
  const styles = useStyles();
  const { t } = useStrings();
  const result = results[selected] ?? results[0];
  useLayoutEffect(() => perfMark("ndr:diagnosis-committed"), [result]);
  const problems = useMemo(() => groupProblems(result.diagnosis), [result]);
  const fromMicrosoft = useMemo(() => involvesMicrosoft(result.diagnosis), [result]);
  const context = useMemo(
    () => ({ diagnosis: result.diagnosis, source: result.source, hostInfo: host.info, hostDiagnostics: hostDiagnostics(host), t }),
    [result, host, t],
  );
  return (
    <div className={styles.root}>
      <ItemBanner source={result.source} />
      {results.length > 1 && <CandidatePicker results={results} selected={selected} onSelect={onSelect} />}
      {result.diagnosis.kind === "delay" && (
        <StateMessage intent="info" title={t("diagnosis.delayTitle")}>
          <Text>{t("diagnosis.delayBody")}</Text>
        </StateMessage>
      )}
      {problems.length === 0 && <Text>{t("diagnosis.noRecipients")}</Text>}
      {problems.map((p, i) => (
        <ProblemSection key={p.key} problem={p} index={i} total={problems.length} messageEvidence={result.diagnosis.evidence} fromMicrosoft={fromMicrosoft} />
      ))}
      <ForwardToAdmin key={result.id} host={host} context={context} />
      <Accordion collapsible>
        <AccordionItem value="technical">
          <AccordionHeader as="h2">{t("diagnosis.technical")}</AccordionHeader>
          <AccordionPanel>
            <TechnicalDetails diagnosis={result.diagnosis} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
