import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import { Bdi } from "../common/Bdi";
import { isolatedText } from "../common/bidiText";
import { RawText } from "../common/RawText";
import { useStrings } from "../i18n/LocaleProvider";
import type { AdminModel } from "./adminModel";

const MAX_SHOWN = 20;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(5rem, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0 },
});

/** The server's words and the servers involved, as text nodes only. */
export function RawEvidence({ model }: { model: AdminModel }) {
  const styles = useStyles();
  const { t } = useStrings();
  const shown = model.recipients.slice(0, MAX_SHOWN);
  return (
    <div className={styles.root}>
      <dl className={styles.list}>
        {model.reportingMta && (
          <>
            <dt className={styles.term}>{t("admin.reportedBy")}</dt>
            <dd className={styles.def}>
              <Bdi text={model.reportingMta} />
            </dd>
          </>
        )}
        {model.arrivalDate && (
          <>
            <dt className={styles.term}>{t("admin.bounced")}</dt>
            <dd className={styles.def}>
              <Bdi text={model.arrivalDate} />
            </dd>
          </>
        )}
        {shown.map((r, i) => (
          <Fragment key={i}>
            <dt className={styles.term}>{t("admin.recipient")}</dt>
            <dd className={styles.def}>
              {r.address ? <Bdi text={r.address} /> : t("admin.notGiven")}
              {r.status || r.reply ? ` — ${isolatedText([r.reply, r.status].filter(Boolean).join(" "))}` : ""}
              {r.remoteMta ? t("admin.refusedBy", { server: isolatedText(r.remoteMta) }) : ""}
            </dd>
          </Fragment>
        ))}
      </dl>
      {shown.map((r, i) =>
        r.diagnostic ? (
          <RawText
            key={i}
            text={r.diagnostic}
            label={t("admin.replyFor", { address: r.address ? isolatedText(r.address) : t("admin.recipientN", { n: i + 1 }) })}
          />
        ) : null,
      )}
      {model.recipients.length > shown.length && <Text>{t("admin.moreRecipients", { count: model.recipients.length - shown.length })}</Text>}
    </div>
  );
}
