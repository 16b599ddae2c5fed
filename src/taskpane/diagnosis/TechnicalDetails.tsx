import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Diagnosis } from "../../classifier/types";
import { Bdi } from "../common/Bdi";
import { useStrings } from "../i18n/LocaleProvider";
import { EvidenceWarnings } from "./EvidenceWarnings";
import { RecipientDetails } from "./RecipientDetails";

/** A mailing-list bounce can name thousands; the DOM keeps to the first ones. */
const MAX_RECIPIENTS_SHOWN = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  list: { display: "grid", gridTemplateColumns: "minmax(6rem, auto) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
});

function Fields({ rows }: { rows: Array<[string, string | undefined]> }) {
  const styles = useStyles();
  const present = rows.filter((r): r is [string, string] => !!r[1]);
  if (present.length === 0) return null;
  return (
    <dl className={styles.list}>
      {present.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.def}>
            <Bdi text={value} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function TechnicalDetails({ diagnosis }: { diagnosis: Diagnosis }) {
  const styles = useStyles();
  const { t } = useStrings();
  const shown = diagnosis.recipients.slice(0, MAX_RECIPIENTS_SHOWN);
  const o = diagnosis.original;
  return (
    <div className={styles.root}>
      <Fields
        rows={[
          [t("tech.reportingServer"), diagnosis.reportingMta],
          [t("tech.arrived"), diagnosis.arrivalDate],
          [t("tech.reportSubject"), diagnosis.reportSubject],
        ]}
      />
      <h3 className={styles.heading}>{t("tech.recipients")}</h3>
      {shown.map((r, i) => (
        <RecipientDetails key={`${r.address}-${i}`} recipient={r} />
      ))}
      {diagnosis.recipients.length > shown.length && <Text>{t("tech.moreRecipients", { count: diagnosis.recipients.length - shown.length })}</Text>}
      {o && (o.subject || o.date || o.messageId || o.from || o.to) && (
        <>
          <h3 className={styles.heading}>{t("tech.original")}</h3>
          <Fields
            rows={[
              [t("tech.subject"), o.subject],
              [t("tech.date"), o.date],
              [t("tech.messageId"), o.messageId],
              [t("tech.from"), o.from],
              [t("tech.to"), o.to],
            ]}
          />
        </>
      )}
      {diagnosis.warnings.length > 0 && (
        <>
          <h3 className={styles.heading}>{t("tech.warnings")}</h3>
          <EvidenceWarnings diagnosis={diagnosis} />
        </>
      )}
    </div>
  );
}
