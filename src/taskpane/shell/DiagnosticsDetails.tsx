import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { HostDiagnostics } from "../../outlook/types";
import { copyText } from "../common/clipboard";
import { useStrings } from "../i18n/LocaleProvider";
import { diagnosticsRows, diagnosticsText, failureLine } from "./diagnosticsLines";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0 },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type CopyState = "idle" | "copied" | "failed";

/** The diagnostics panel's contents (its own chunk: opened only when something went wrong). */
export function DiagnosticsDetails({ diagnostics: d }: { diagnostics: HostDiagnostics }) {
  const styles = useStyles();
  const { t } = useStrings();
  const [copy, setCopy] = useState<CopyState>("idle");
  return (
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
  );
}
