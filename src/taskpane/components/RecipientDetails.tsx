import { makeStyles, tokens } from "@fluentui/react-components";
import type { RecipientDiagnosis } from "../../classifier/types";
import { RawText } from "./RawText";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
});

function Row({ term, value }: { term: string; value: string | undefined }) {
  const styles = useStyles();
  if (!value) return null;
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.def}>{value}</dd>
    </>
  );
}

/** One failed recipient, as the report gave it. */
export function RecipientDetails({ recipient }: { recipient: RecipientDiagnosis }) {
  const styles = useStyles();
  const r = recipient;
  return (
    <div>
      <h4 className={styles.heading}>{r.displayName ? `${r.displayName} <${r.address}>` : r.address || "(address not given)"}</h4>
      <dl className={styles.list}>
        <Row term="Result" value={r.action} />
        <Row term="Enhanced code" value={r.status} />
        <Row term="SMTP reply" value={r.reply} />
        <Row term="Remote server" value={r.remoteMta} />
        <Row term="Refused at" value={r.command} />
        <Row term="Original recipient" value={r.originalRecipient} />
      </dl>
      {r.diagnostic && <RawText text={r.diagnostic} label={`Server reply for ${r.address}`} />}
    </div>
  );
}
