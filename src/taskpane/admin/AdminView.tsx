import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ItemSummary, MailHost } from "../../outlook/types";
import { isolatedText } from "../common/bidiText";
import { StateMessage } from "../common/StateMessage";
import { detailOf } from "../diagnosis/guidanceFields";
import { CurrentItemBanner, ItemBanner } from "../diagnosis/ItemBanner";
import { useStrings } from "../i18n/LocaleProvider";
import { AdminChecklist } from "./AdminChecklist";
import { adminChecklistModel } from "./adminGroups";
import type { AdminModel } from "./adminModel";
import { BlockDetails, hasBlockDetails } from "./BlockDetails";
import { BlockStatus } from "./BlockStatus";
import { DnsChecksPanel } from "./DnsChecksPanel";
import type { DnsRunner } from "./dnsRunner";
import { MessageHops } from "./MessageHops";
import { propagationCheck } from "./propagation";
import { RawEvidence } from "./RawEvidence";

/** The entry whose DNS-propagation window is worked out from the bounce's date. */
export const RELAY_ACCESS_DENIED_ID = "exo-5.4.1-relay-access-denied";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0, overflowWrap: "anywhere" },
  headline: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface AdminViewProps {
  host: MailHost;
  model: AdminModel;
  /** The open message, for the "Showing: …" line when no bounce in it was read. */
  item?: ItemSummary;
  /** The item's own date: the 72-hour check's fallback when the bounce has no arrival date. */
  itemDate?: string;
  now: Date;
  runDnsChecks: DnsRunner;
}

/** For the admin who received a "Forward to my admin" message (or a bounce a colleague forwarded). */
export function AdminView({ host, model, item, itemDate, now, runDnsChecks }: AdminViewProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const g = model.guidance;
  const hops = model.reclassified?.diagnosis.hops ?? [];
  const code = model.recipients[0] ? [model.recipients[0].reply, model.recipients[0].status].filter(Boolean).join(" ") : "";
  const source = model.reclassified?.source;
  // Who the user is when the report doesn't say: whoever forwarded it, else someone in the admin's own organisation.
  const fallbackSender = source?.item?.fromAddress ?? item?.fromAddress ?? host.info.mailboxOwner;
  const checklist = useMemo(() => (g ? adminChecklistModel(g, model, fallbackSender) : undefined), [g, model, fallbackSender]);
  const propagation = g?.id === RELAY_ACCESS_DENIED_ID ? propagationCheck(model.arrivalDate ?? itemDate, now, t) : undefined;
  const explanation = g ? (detailOf(g) ?? g.cause) : undefined;
  // Keyed by domain: another bounce starts a fresh panel, so no earlier domain or verdict lingers.
  const dnsInChecklist = checklist?.mxStep !== undefined;
  const blocks = hasBlockDetails(model.forward) ? model.forward : undefined;
  const openDetails = ["evidence", "hops"];
  const dnsPanel = <DnsChecksPanel key={model.recipientDomain ?? ""} host={host} domain={model.recipientDomain} run={runDnsChecks} inline={dnsInChecklist} />;
  return (
    <div className={styles.root}>
      {source ? <ItemBanner source={source} /> : item && <CurrentItemBanner item={item} />}
      {blocks && <BlockStatus forward={blocks} hasBounce={model.basis === "reclassified"} />}
      {model.reclassified && model.payload && model.differences.length === 0 && <Text size={200}>{t("admin.agrees")}</Text>}
      {model.differences.length > 0 && (
        <StateMessage intent="warning" title={t("admin.differsTitle")}>
          <Text>{t("admin.differsBody")}</Text>
          <ul className={styles.list} aria-label={t("admin.differences")}>
            {model.differences.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </StateMessage>
      )}
      {g ? (
        <section className={styles.section} aria-label={t("admin.diagnosis")}>
          <h2 className={styles.headline}>{code ? t("admin.codeTitle", { code: isolatedText(code), title: g.title }) : g.title}</h2>
          <Text>{explanation}</Text>
          {propagation && <Text weight="semibold">{propagation.text}</Text>}
        </section>
      ) : (
        model.unknownGuidanceId && (
          <StateMessage intent="info" title={t("admin.unknownAdviceTitle")}>
            <Text>{t("admin.unknownAdviceBody", { id: isolatedText(model.unknownGuidanceId) })}</Text>
          </StateMessage>
        )
      )}
      {g && checklist && (
        <section className={styles.section} aria-label={t("admin.checklist")}>
          <h3 className={styles.heading}>{t("admin.whatToVerify")}</h3>
          <AdminChecklist guidance={g} checklist={checklist} dnsPanel={dnsInChecklist ? dnsPanel : undefined} />
        </section>
      )}
      {(model.recipients.length > 0 || model.reportingMta || hops.length > 0 || blocks) && (
        <Accordion collapsible multiple defaultOpenItems={openDetails}>
          {(model.recipients.length > 0 || model.reportingMta) && (
            <AccordionItem value="evidence">
              <AccordionHeader as="h3">{t("admin.rawEvidence")}</AccordionHeader>
              <AccordionPanel>
                <RawEvidence model={model} />
              </AccordionPanel>
            </AccordionItem>
          )}
          {hops.length > 0 && (
            <AccordionItem value="hops">
              <AccordionHeader as="h3">{t("hops.heading")}</AccordionHeader>
              <AccordionPanel>
                <MessageHops hops={hops} />
              </AccordionPanel>
            </AccordionItem>
          )}
          {blocks && (
            <AccordionItem value="blocks">
              <AccordionHeader as="h3">{t("block.detailsHeading")}</AccordionHeader>
              <AccordionPanel>
                <BlockDetails forward={blocks} />
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
      {!dnsInChecklist && dnsPanel}
    </div>
  );
}
