import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Diagnosis } from "../../classifier/types";
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
          <dd className={styles.def}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function TechnicalDetails({ diagnosis }: { diagnosis: Diagnosis }) {
  const styles = useStyles();
  const shown = diagnosis.recipients.slice(0, MAX_RECIPIENTS_SHOWN);
  const o = diagnosis.original;
  return (
    <div className={styles.root}>
      <Fields
        rows={[
          ["Reporting server", diagnosis.reportingMta],
          ["Arrived", diagnosis.arrivalDate],
          ["Report subject", diagnosis.reportSubject],
        ]}
      />
      <h4 className={styles.heading}>Recipients</h4>
      {shown.map((r, i) => (
        <RecipientDetails key={`${r.address}-${i}`} recipient={r} />
      ))}
      {diagnosis.recipients.length > shown.length && <Text>… and {diagnosis.recipients.length - shown.length} more recipients.</Text>}
      {o && (o.subject || o.date || o.messageId || o.from || o.to) && (
        <>
          <h4 className={styles.heading}>Your original message</h4>
          <Fields
            rows={[
              ["Subject", o.subject],
              ["Date", o.date],
              ["Message-ID", o.messageId],
              ["From", o.from],
              ["To", o.to],
            ]}
          />
        </>
      )}
      {diagnosis.warnings.length > 0 && (
        <>
          <h4 className={styles.heading}>Problems while reading</h4>
          <ul>
            {diagnosis.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
