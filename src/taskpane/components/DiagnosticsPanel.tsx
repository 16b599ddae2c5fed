import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { HostDiagnostics, MailHost } from "../../outlook/types";
import { copyText } from "../lib/clipboard";
import { diagnosticsRows, diagnosticsText, failureLine } from "../lib/diagnosticsLines";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  list: { display: "grid", gridTemplateColumns: "minmax(6rem, auto) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0 },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function read(host: MailHost): HostDiagnostics | undefined {
  try {
    return host.diagnostics();
  } catch {
    return undefined;
  }
}

type CopyState = "idle" | "copied" | "failed";

/**
 * Collapsed by default: host, platform, version, requirement sets, the read path that worked and
 * every Office failure with its code. Host facts only, so it is safe to copy into a support ticket.
 */
export function DiagnosticsPanel({ host }: { host: MailHost }) {
  const styles = useStyles();
  const { t } = useStrings();
  const [copy, setCopy] = useState<CopyState>("idle");
  // Read on every render: the pane re-renders after each read, and the host's log changes with it.
  const d = read(host);
  if (!d) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader as="h2">{t("diag.heading")}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.root}>
            <dl className={styles.list} aria-label={t("diag.hostFacts")}>
              {diagnosticsRows(d, t).map(([term, value]) => (
                <Fragment key={term}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.def}>{value}</dd>
                </Fragment>
              ))}
            </dl>
            {d.failures.length > 0 ? (
              <ul className={styles.failures} aria-label={t("diag.failures")}>
                {d.failures.map((f, i) => (
                  <li key={i}>{failureLine(f)}</li>
                ))}
              </ul>
            ) : (
              <Text>{t("diag.noFailures")}</Text>
            )}
            <div>
              <Button onClick={async () => setCopy((await copyText(diagnosticsText(d, t))) ? "copied" : "failed")}>{t("diag.copy")}</Button>
            </div>
            <div role="status">
              {copy === "copied" && <Text>{t("diag.copied")}</Text>}
              {copy === "failed" && <Text>{t("diag.copyFailed")}</Text>}
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
