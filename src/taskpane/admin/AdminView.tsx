import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { StateMessage } from "../components/StateMessage";
import type { MailHost } from "../../outlook/types";
import { AdminChecklist } from "./AdminChecklist";
import type { AdminModel } from "./adminModel";
import { BlockStatus } from "./BlockStatus";
import { DnsChecksPanel } from "./DnsChecksPanel";
import type { DnsRunner } from "./dnsRunner";
import { RawEvidence } from "./RawEvidence";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0, overflowWrap: "anywhere" },
  headline: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface AdminViewProps {
  host: MailHost;
  model: AdminModel;
  /** The item's own date: the 72-hour check's fallback when the bounce has no arrival date. */
  itemDate?: string;
  now: Date;
  runDnsChecks: DnsRunner;
}

/** For the admin who received a "Forward to my admin" message (or a forwarded bounce). */
export function AdminView({ host, model, itemDate, now, runDnsChecks }: AdminViewProps) {
  const styles = useStyles();
  const g = model.guidance;
  const code = model.recipients[0] ? [model.recipients[0].reply, model.recipients[0].status].filter(Boolean).join(" ") : "";
  return (
    <div className={styles.root}>
      <BlockStatus blocks={model.blocks} hasBounce={model.basis === "reclassified"} />
      {model.reclassified && model.payload && model.differences.length === 0 && (
        <Text size={200}>Re-reading the bounce in this message agrees with what the sender's pane reported.</Text>
      )}
      {model.differences.length > 0 && (
        <StateMessage intent="warning" title="The bounce in this message says something different">
          <Text>The re-read bounce is what's shown below; the sender's pane reported otherwise:</Text>
          <ul className={styles.list} aria-label="Differences">
            {model.differences.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </StateMessage>
      )}
      {model.basis === "block" && model.payload && (
        <Text size={200}>This message doesn't carry the bounce itself, so the diagnosis below is the one the sender's pane sent.</Text>
      )}
      {g ? (
        <section className={styles.section} aria-label="Diagnosis">
          <h2 className={styles.headline}>{code ? `${code}: ${g.title}` : g.title}</h2>
          <Text>{g.cause}</Text>
        </section>
      ) : (
        model.unknownGuidanceId && (
          <StateMessage intent="info" title="Advice not available in this version">
            <Text>The sender's pane chose advice "{model.unknownGuidanceId}", which this version of NDR Assistant doesn't have. The raw evidence is below.</Text>
          </StateMessage>
        )
      )}
      {g && (
        <section className={styles.section} aria-label="Checklist">
          <h3 className={styles.heading}>What to verify</h3>
          <AdminChecklist guidance={g} bounceDate={model.arrivalDate ?? itemDate} now={now} />
        </section>
      )}
      {(model.recipients.length > 0 || model.reportingMta) && (
        <Accordion collapsible defaultOpenItems={["evidence"]}>
          <AccordionItem value="evidence">
            <AccordionHeader as="h3">Raw evidence</AccordionHeader>
            <AccordionPanel>
              <RawEvidence model={model} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      <DnsChecksPanel host={host} domain={model.recipientDomain} run={runDnsChecks} />
    </div>
  );
}
