import { Button, Caption1, CompoundButton, Link, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleProvider";
import { MailboxFailureMessage } from "./MailboxFailureMessage";
import type { RecentBounces, RecentRow } from "./recentTypes";
import { headlineOf } from "./rowText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The whole row is one button: subject first, then date and headline, left-aligned and wrapping at 320 px.
  row: { width: "100%", maxWidth: "100%", justifyContent: "flex-start", textAlign: "start", overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The recent bounces (or the sample mailbox): a lazily loaded chunk, fetched when the list first opens. */
export function RecentList({ recent }: { recent: RecentBounces }) {
  const styles = useStyles();
  const { t, date, localizeEntry } = useStrings();
  const { list } = recent;
  const samples = recent.mode === "samples";
  const heading = samples ? t("recent.samplesHeading") : t("recent.heading");

  const row = (r: RecentRow) => {
    const opening = recent.opening === r.message.id;
    const when = date(r.message.receivedDateTime) ?? r.message.receivedDateTime;
    const headline = headlineOf(r, t, localizeEntry);
    return (
      <li key={r.message.id}>
        <CompoundButton
          appearance={recent.showingId === r.message.id ? "primary" : "outline"}
          className={styles.row}
          aria-current={recent.showingId === r.message.id ? "true" : undefined}
          disabled={recent.opening !== undefined}
          icon={opening ? <Spinner size="extra-tiny" aria-label={t("recent.opening")} /> : undefined}
          secondaryContent={`${when} · ${headline}`}
          onClick={() => recent.pick(r)}
        >
          {r.message.subject.trim() || t("state.noSubject")}
        </CompoundButton>
      </li>
    );
  };

  return (
    <section className={styles.root} aria-labelledby="recent-heading">
      <Text as="h2" id="recent-heading" weight="semibold" size={400}>
        {heading}
      </Text>
      {samples && <Caption1>{t("recent.samplesNote")}</Caption1>}
      {recent.wait && (
        <Text role="status" size={200}>
          {t("recent.waiting", { seconds: recent.wait.seconds })}
        </Text>
      )}
      {list.status === "loading" && <Spinner size="small" label={t("recent.loading")} />}
      {list.status === "failed" && (
        <MailboxFailureMessage
          title={t("recent.failedTitle")}
          failure={list.failure}
          adminConsentUrl={recent.adminConsentUrl}
          onRetry={recent.refresh}
          retryLabel={list.failure.kind === "interaction-required" ? t("recent.matchSignIn") : undefined}
        />
      )}
      {recent.openFailure && <MailboxFailureMessage title={t("recent.openFailedTitle")} failure={recent.openFailure} />}
      {list.status === "ready" && (
        <>
          <Text role="status" size={200}>
            {list.rows.length === 0 ? t("recent.none") : list.rows.length === 1 ? t("recent.countOne") : t("recent.countMany", { count: list.rows.length })}
          </Text>
          {list.filteredHere && <Caption1>{t("recent.filteredHere", { count: list.scanned })}</Caption1>}
          {list.rows.length > 0 && (
            <ul className={styles.list} aria-label={t("recent.listLabel")}>
              {list.rows.map(row)}
            </ul>
          )}
          {list.more === "loading" && <Spinner size="tiny" label={t("recent.loading")} />}
          {list.more !== undefined && list.more !== "loading" && (
            <MailboxFailureMessage title={t("recent.failedTitle")} failure={list.more} adminConsentUrl={recent.adminConsentUrl} onRetry={recent.loadMore} />
          )}
        </>
      )}
      <div className={styles.actions}>
        {list.status === "ready" && list.cursor && list.more !== "loading" && <Button onClick={recent.loadMore}>{t("recent.more")}</Button>}
        {list.status === "ready" && !samples && <Button onClick={recent.refresh}>{t("recent.refresh")}</Button>}
        <Button appearance="subtle" onClick={recent.hideList}>
          {t("recent.hide")}
        </Button>
        {recent.mode === "on" && (
          <Link as="button" onClick={recent.turnOff}>
            {t("recent.turnOff")}
          </Link>
        )}
      </div>
    </section>
  );
}
