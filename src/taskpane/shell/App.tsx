import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useMemo } from "react";
import type { Locale } from "../../i18n/locale";
import type { MailHost } from "../../outlook/types";
import { itemDateOf, itemOf } from "../admin/adminState";
import { type DnsRunner, runLiveDnsChecks } from "../admin/dnsRunner";
import { LazyFallback } from "../common/LazyFallback";
import { StateMessage } from "../common/StateMessage";
import { StateView } from "../diagnosis/StateView";
import { LocaleProvider, useStrings } from "../i18n/LocaleProvider";
import { paneLocale } from "../i18n/paneLocale";
import type { FirstRead } from "../reader/firstRead";
import type { ClassifyFn } from "../reader/parse/messageParser";
import { UnsafeReadNotice } from "../reader/UnsafeReadNotice";
import { RecentBouncesNotice, RecentBouncesPanel } from "../recent/slots";
import { useRecentBounces } from "../recent/useRecentBounces";
import { announcement } from "./announcement";
import { Announcer } from "./Announcer";
import { ClientLimitsNote } from "./ClientLimitsNote";
import { DiagnosticsPanel } from "./DiagnosticsPanel";
import { Header } from "./Header";
import { LazyAdminView, LazyPreviewInput } from "./lazyViews";
import { PreviewBanner } from "./PreviewBanner";
import { usePaneState } from "./usePaneState";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    minHeight: "100vh",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  // Should two tabs not fit side by side at 320 px in some language, they wrap instead of widening the pane.
  tabs: { flexWrap: "wrap" },
});

interface AppProps {
  host: MailHost;
  /** Only for the jest harness (in-thread, no Worker); the pane parses in its parse worker. */
  classify?: ClassifyFn;
  /** The admin view's clock (the 72-hour DNS window); tests fix it. */
  now?: () => Date;
  /** The admin view's live DNS checks; tests pass a fake. Defaults to the lazily loaded engine. */
  runDnsChecks?: DnsRunner;
  /** Overrides the language the host reports (tests, screenshots). */
  locale?: Locale;
  /** The open message's reading, already started by Bootstrap when Office became ready. */
  firstRead?: FirstRead;
}

const systemClock = (): Date => new Date();

/** The pane in Outlook's display language (or ?lang=), with everything below it reading from the tables. */
export function App({ locale, ...props }: AppProps) {
  const chosen = useMemo(() => locale ?? paneLocale(props.host.info), [locale, props.host]);
  return (
    <LocaleProvider locale={chosen}>
      <Pane {...props} />
    </LocaleProvider>
  );
}

function Pane({ host, classify, now = systemClock, runDnsChecks = runLiveDnsChecks, firstRead }: Omit<AppProps, "locale">) {
  const styles = useStyles();
  const { t } = useStrings();
  const pane = usePaneState(host, classify, firstRead);
  const { state, adminModel, reader } = pane;
  const recent = useRecentBounces(host, reader, pane.parser);
  return (
    <main className={styles.main} onDragOver={pane.onPaneDragOver} onDrop={pane.onPaneDrop}>
      <Header compact={state.status === "success"} />
      {host.info.mode === "preview" && <PreviewBanner />}
      <ClientLimitsNote host={host} />
      <Announcer text={announcement(state, t, host.info.mailboxOwner)} />
      {pane.dragging && !pane.inputOpen && (
        <StateMessage intent="info" title={t("drag.title")}>
          <Text>{t("drag.body")}</Text>
        </StateMessage>
      )}
      {/* Above both views: a candidate the parse worker was stopped on is named whatever else was found. */}
      <UnsafeReadNotice unsafe={state.status === "success" || state.status === "no-bounce" ? state.unsafe : undefined} />
      <RecentBouncesNotice recent={recent} />
      {adminModel && (
        <TabList
          className={styles.tabs}
          selectedValue={pane.view}
          onTabSelect={(_, data) => pane.chooseView(data.value === "admin" ? "admin" : "user")}
          aria-label={t("view.tabs")}
        >
          <Tab value="user">{t("view.user")}</Tab>
          <Tab value="admin">{t("view.admin")}</Tab>
        </TabList>
      )}
      {pane.showAdmin && adminModel ? (
        <Suspense fallback={<LazyFallback />}>
          <LazyAdminView host={host} model={adminModel} item={itemOf(state)} itemDate={itemDateOf(state)} now={now()} runDnsChecks={runDnsChecks} />
        </Suspense>
      ) : (
        <StateView host={host} state={state} onSelect={reader.select} />
      )}
      <RecentBouncesPanel recent={recent} state={reader.state} />
      {(pane.inputOpen || pane.inputMounted) && (
        <div hidden={!pane.inputOpen}>
          <Suspense fallback={<LazyFallback />}>
            <LazyPreviewInput
              onExplain={reader.explain}
              onExplainAll={reader.explainAll}
              dragging={pane.dragging}
              dropProblem={pane.dropProblem}
              showSamples={host.info.mode === "preview"}
              active={pane.inputOpen}
            />
          </Suspense>
        </div>
      )}
      {!pane.inputOpen && state.status !== "loading" && (
        <Button appearance="secondary" onClick={pane.openInput}>
          {t("pane.checkAnother")}
        </Button>
      )}
      <DiagnosticsPanel host={host} />
    </main>
  );
}
