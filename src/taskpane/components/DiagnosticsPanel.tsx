import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { HostDiagnostics, MailHost } from "../../outlook/types";
import { copyText } from "../lib/clipboard";
import { diagnosticsRows, diagnosticsText, failureLine } from "../lib/diagnosticsLines";

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
  const [copy, setCopy] = useState<CopyState>("idle");
  // Read on every render: the pane re-renders after each read, and the host's log changes with it.
  const d = read(host);
  if (!d) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader as="h2">Diagnostics</AccordionHeader>
        <AccordionPanel>
          <div className={styles.root}>
            <dl className={styles.list} aria-label="Host facts">
              {diagnosticsRows(d).map(([term, value]) => (
                <Fragment key={term}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.def}>{value}</dd>
                </Fragment>
              ))}
            </dl>
            {d.failures.length > 0 ? (
              <ul className={styles.failures} aria-label="Office failures">
                {d.failures.map((f, i) => (
                  <li key={i}>{failureLine(f)}</li>
                ))}
              </ul>
            ) : (
              <Text>No Office call failed.</Text>
            )}
            <div>
              <Button onClick={async () => setCopy((await copyText(diagnosticsText(d))) ? "copied" : "failed")}>Copy diagnostics</Button>
            </div>
            <div role="status">
              {copy === "copied" && <Text>Diagnostics copied.</Text>}
              {copy === "failed" && <Text>Copying didn't work here. Select the lines above and copy them yourself.</Text>}
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
