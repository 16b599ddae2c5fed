import { makeStyles, tokens } from "@fluentui/react-components";
import type { RecipientDiagnosis } from "../../classifier/types";
import { Bdi } from "../common/Bdi";
import { isolatedText } from "../common/bidiText";
import { RawText } from "../common/RawText";
import { useStrings } from "../i18n/LocaleProvider";

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
      <dd className={styles.def}>
        <Bdi text={value} />
      </dd>
    </>
  );
}

/** One failed recipient, as the report gave it. */
export function RecipientDetails({ recipient }: { recipient: RecipientDiagnosis }) {
  const styles = useStyles();
  const { t } = useStrings();
  const r = recipient;
  return (
    <div>
      <h4 className={styles.heading}>
        {r.displayName ? (
          <>
            <Bdi text={r.displayName} /> &lt;
            <Bdi text={r.address} />
            &gt;
          </>
        ) : r.address ? (
          <Bdi text={r.address} />
        ) : (
          t("problem.addressNotGiven")
        )}
      </h4>
      <dl className={styles.list}>
        <Row term={t("tech.result")} value={r.action} />
        <Row term={t("tech.enhancedCode")} value={r.status} />
        <Row term={t("tech.smtpReply")} value={r.reply} />
        <Row term={t("tech.remoteServer")} value={r.remoteMta} />
        <Row term={t("tech.refusedAt")} value={r.command} />
        <Row term={t("tech.originalRecipient")} value={r.originalRecipient} />
      </dl>
      {r.diagnostic && <RawText text={r.diagnostic} label={t("tech.serverReplyFor", { address: isolatedText(r.address) })} />}
    </div>
  );
}
