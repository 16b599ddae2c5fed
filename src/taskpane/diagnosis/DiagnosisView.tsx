import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLayoutEffect, useMemo, useState } from "react";
import type { HostDiagnostics, MailHost } from "../../outlook/types";
import { perfMark } from "../common/perfMarks";
import { StateMessage } from "../common/StateMessage";
import { ForwardToAdmin } from "../forward/ForwardToAdmin";
import { useStrings } from "../i18n/LocaleProvider";
import type { ExplainedResult } from "../reader/readerState";
import { CandidatePicker } from "./CandidatePicker";
import { groupProblems } from "./groupProblems";
import { ItemBanner } from "./ItemBanner";
import { problemModel } from "./problemModel";
import { ProblemSection } from "./ProblemSection";
import { TechnicalDetails } from "./TechnicalDetails";
import { UserAction } from "./UserAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
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
  const owner = host.info.mailboxOwner;
  const models = useMemo(() => groupProblems(result.diagnosis).map((p) => problemModel(p, result.diagnosis, owner, t)), [result, owner, t]);
  const context = useMemo(
    () => ({ diagnosis: result.diagnosis, source: result.source, hostInfo: host.info, hostDiagnostics: hostDiagnostics(host), t, mailboxOwner: owner }),
    [result, host, t, owner],
  );
  // One primary button on screen: while the admin-address form is open, its Save is that button.
  const [formOpen, setFormOpen] = useState(false);
  // The forward leads when the user's admin can act on any of the problems; otherwise the first
  // problem's own action does, and the forward follows the problems, offered quietly.
  const forwardLeads = models.length === 0 || models.some((m) => m.action.kind === "forward");
  const forward = (prominent: boolean, headingLevel: 2 | 3) => (
    <ForwardToAdmin key={result.id} host={host} context={context} prominent={prominent} headingLevel={headingLevel} onFormOpenChange={setFormOpen} />
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
      {models.length === 0 && <Text>{t("diagnosis.noRecipients")}</Text>}
      {models.map((m, i) => (
        <ProblemSection
          key={m.problem.key}
          model={m}
          index={i}
          total={models.length}
          diagnosis={result.diagnosis}
          action={i === 0 ? forwardLeads ? forward(true, 3) : <UserAction model={m} demoted={formOpen} /> : undefined}
        />
      ))}
      {(!forwardLeads || models.length === 0) && forward(models.length === 0, 2)}
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
