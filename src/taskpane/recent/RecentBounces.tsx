/**
 * The recent-bounces UI (the lazily loaded "recent-ui" chunk; ./slots.tsx decides when it is
 * needed): the notice above the diagnosis and the panel below the reader's state. No Graph or
 * sign-in code here: that is the "recent" and "mailbox" chunks, loaded once the user opts in.
 */
import { Button, Caption1, Link, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";
import type { ReaderState } from "../reader/readerState";
import { MailboxFailureMessage } from "./MailboxFailureMessage";
import { RecentList } from "./RecentList";
import type { RecentBounces } from "./recentTypes";
import { headlineOf } from "./rowText";
import { offersList } from "./slots";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // One report per line; a button-link wraps as a block, so no bullet ends up under its last line.
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  report: { display: "block", textAlign: "start" },
  current: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Above the diagnosis: "This message bounced for N recipients" (the open message's bounces,
 * found without a click), the look-up's progress or failure, and the way back to the list.
 */
export function RecentBouncesNotice({ recent }: { recent: RecentBounces }) {
  const styles = useStyles();
  const { t, date, localizeEntry } = useStrings();
  const { match } = recent;
  if (match.status === "searching") return <Spinner size="tiny" label={t("recent.matchSearching")} />;
  if (match.status === "failed") {
    const signIn = match.failure.kind === "interaction-required";
    return (
      <MailboxFailureMessage
        title={t("recent.matchFailedTitle")}
        failure={match.failure}
        adminConsentUrl={recent.adminConsentUrl}
        onRetry={recent.retryMatch}
        retryLabel={signIn ? t("recent.matchSignIn") : undefined}
      />
    );
  }
  if (match.status === "found") {
    return (
      <StateMessage intent="error" title={match.recipients === 1 ? t("recent.matchOne") : t("recent.matchMany", { count: match.recipients })}>
        {match.rows.length > 1 && (
          <ul className={styles.list} aria-label={t("recent.matchReports")}>
            {match.rows.map((r) => (
              <li key={r.message.id}>
                <Link
                  as="button"
                  className={mergeClasses(styles.report, recent.showingId === r.message.id && styles.current)}
                  aria-current={recent.showingId === r.message.id ? "true" : undefined}
                  onClick={() => recent.showMatch(r)}
                >
                  {`${date(r.message.receivedDateTime) ?? r.message.receivedDateTime} · ${headlineOf(r, t, localizeEntry)}`}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </StateMessage>
    );
  }
  if (recent.showingId && recent.list.status === "closed" && recent.mode !== "none") {
    return (
      <div className={styles.row}>
        <Button size="small" onClick={recent.openList}>
          {t("recent.back")}
        </Button>
      </div>
    );
  }
  return null;
}

/**
 * Below the reader's state: the offer to search the mailbox (with what it will read), the list
 * itself, the sample mailbox in preview, or one sentence on why this Outlook can't list bounces.
 */
export function RecentBouncesPanel({ recent, state }: { recent: RecentBounces; state: ReaderState }) {
  const styles = useStyles();
  const { t } = useStrings();
  const open = recent.list.status !== "closed";
  if (recent.mode === "none" || (!open && !offersList(state))) return null;
  if (recent.mode === "unavailable") {
    return recent.unavailable === "no-naa" || recent.unavailable === "not-exchange-online" ? (
      <Caption1>{t(`recent.unavailable.${recent.unavailable}`)}</Caption1>
    ) : null;
  }
  const notice = recent.saveProblem && <Text size={200}>{recent.saveProblem}</Text>;
  if (open) {
    return (
      <>
        {notice}
        <RecentList recent={recent} />
      </>
    );
  }
  if (recent.mode === "samples") {
    return state.status === "no-item" ? (
      <div className={styles.row}>
        <Button onClick={recent.openList}>{t("recent.samplesOffer")}</Button>
      </div>
    ) : null;
  }
  if (recent.mode === "off") {
    return (
      <section className={styles.card} aria-labelledby="recent-offer-heading">
        <Text as="h2" id="recent-offer-heading" weight="semibold" size={400}>
          {t("recent.heading")}
        </Text>
        {recent.turnedOff && <Text weight="semibold">{t("recent.turnedOff")}</Text>}
        <Text>{t("recent.privacy")}</Text>
        <Button appearance="primary" onClick={recent.turnOn}>
          {t("recent.offer")}
        </Button>
        {notice}
      </section>
    );
  }
  return (
    <div className={styles.row}>
      <Button onClick={recent.openList}>{t("recent.show")}</Button>
      <Link as="button" onClick={recent.turnOff}>
        {t("recent.turnOff")}
      </Link>
      {notice}
    </div>
  );
}
