import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type DragEvent, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { Locale } from "../../i18n/locale";
import type { DroppedFile, MailHost, OfficeFailure } from "../../outlook/types";
import { adminModelFor, itemDateOf, opensInAdminView } from "../admin/adminState";
import { type DnsRunner, runLiveDnsChecks } from "../admin/dnsRunner";
import { Announcer } from "./Announcer";
import { ClientLimitsNote } from "./ClientLimitsNote";
import { DiagnosticsPanel } from "./DiagnosticsPanel";
import { LazyFallback } from "../common/LazyFallback";
import { Header } from "./Header";
import { PreviewBanner } from "./PreviewBanner";
import { StateMessage } from "../common/StateMessage";
import { StateView } from "../diagnosis/StateView";
import { type ClassifyFn, defaultParser, inThreadParser } from "../reader/parse/messageParser";
import type { FirstRead } from "../reader/firstRead";
import { useBounceReader } from "../reader/useBounceReader";
import { UnsafeReadNotice } from "../reader/UnsafeReadNotice";
import { useHostDrop } from "../input/useHostDrop";
import { LocaleProvider, useStrings } from "../i18n/LocaleProvider";
import { localizeState } from "../i18n/localizeState";
import { paneLocale } from "../i18n/paneLocale";
import { LazyAdminView, LazyPreviewInput } from "./lazyViews";
import { announcement } from "./announcement";
import { candidatesFromFiles, candidatesFromHostDrop, type DropResult } from "../input/droppedCandidates";
import { RecentBouncesNotice, RecentBouncesPanel } from "../recent/slots";
import { useRecentBounces } from "../recent/useRecentBounces";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    minHeight: "100vh",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
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

type View = "admin" | "user";

const systemClock = (): Date => new Date();

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

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
  const { t, locale, localizeEntry } = useStrings();
  const parser = useMemo(() => (classify ? inThreadParser(classify) : defaultParser()), [classify]);
  const reader = useBounceReader(host, parser, t, firstRead);
  const recent = useRecentBounces(host, reader, parser);
  const [showInput, setShowInput] = useState(false);
  const [dropProblem, setDropProblem] = useState<string>();
  const preview = host.info.mode === "preview";
  const { explainAll } = reader;
  const state = useMemo(() => localizeState(reader.state, localizeEntry), [reader.state, localizeEntry]);
  const adminModel = useMemo(() => adminModelFor(state, { t, localizeEntry }), [state, t, localizeEntry]);
  // The choice belongs to one reading (picking another candidate keeps it); a new message opens in its own default.
  // The raw reading, not the localized copy: guidance translations arriving must not reset the choice.
  const reading: unknown = reader.state.status === "success" ? reader.state.results : reader.state;
  const [viewChoice, setViewChoice] = useState<{ reading: unknown; view: View }>();
  const view: View = viewChoice && viewChoice.reading === reading ? viewChoice.view : opensInAdminView(state) ? "admin" : "user";
  const showAdmin = adminModel !== undefined && view === "admin";
  // The input panel is the way forward whenever there's nothing (or the wrong thing) on screen.
  // In Outlook it folds away again when a diagnosis arrives (the bounce is what matters then),
  // but stays mounted, hidden, so text typed into it survives.
  // A forward carrying a diagnosis block is something to show (the admin view), not a dead end.
  const blockOnly = state.status === "no-bounce" && (state.blocks ?? []).length > 0;
  const needsInput = state.status === "no-item" || (state.status === "no-bounce" && !blockOnly) || state.status === "error";
  const diagnosed = state.status === "success" || blockOnly;
  const [inputMounted, setInputMounted] = useState(false);
  useEffect(() => {
    if (needsInput) setShowInput(true);
    else if (diagnosed) setShowInput(false);
  }, [needsInput, diagnosed]);

  const takeDrop = useCallback(
    (result: DropResult) => {
      setDropProblem(result.problems.length > 0 ? result.problems.join(" ") : undefined);
      if (result.candidates.length > 0) explainAll(result.candidates);
      else setShowInput(true);
    },
    [explainAll],
  );
  // Outlook on the web and new Outlook hand drops over through Office, wherever they land on the pane.
  const { dragging } = useHostDrop(
    host,
    useCallback((files: DroppedFile[], failures: OfficeFailure[]) => takeDrop(candidatesFromHostDrop(files, failures, t)), [takeDrop, t]),
  );
  // Classic Windows (.msg) and Mac (.eml) use HTML5 drops; anywhere on the pane counts, so a file
  // dropped beside the drop zone isn't opened by the webview instead.
  const onPaneDragOver = (e: DragEvent<HTMLElement>) => {
    if (hasFiles(e)) e.preventDefault();
  };
  const onPaneDrop = (e: DragEvent<HTMLElement>) => {
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length === 0) return;
    e.preventDefault();
    void candidatesFromFiles(files, t, locale).then(takeDrop);
  };

  const inputOpen = preview || showInput || needsInput;
  useEffect(() => {
    if (inputOpen) setInputMounted(true);
  }, [inputOpen]);
  return (
    <main className={styles.main} onDragOver={onPaneDragOver} onDrop={onPaneDrop}>
      <Header />
      {preview && <PreviewBanner />}
      <ClientLimitsNote host={host} />
      <Announcer text={announcement(state, t)} />
      {dragging && !inputOpen && (
        <StateMessage intent="info" title={t("drag.title")}>
          <Text>{t("drag.body")}</Text>
        </StateMessage>
      )}
      {/* Above both views: a candidate the parse worker was stopped on is named whatever else was found. */}
      <UnsafeReadNotice unsafe={state.status === "success" || state.status === "no-bounce" ? state.unsafe : undefined} />
      <RecentBouncesNotice recent={recent} />
      {adminModel && (
        <TabList selectedValue={view} onTabSelect={(_, data) => setViewChoice({ reading, view: data.value === "admin" ? "admin" : "user" })} aria-label={t("view.tabs")}>
          <Tab value="admin">{t("view.admin")}</Tab>
          <Tab value="user">{t("view.user")}</Tab>
        </TabList>
      )}
      {showAdmin ? (
        <Suspense fallback={<LazyFallback />}>
          <LazyAdminView host={host} model={adminModel} itemDate={itemDateOf(state)} now={now()} runDnsChecks={runDnsChecks} />
        </Suspense>
      ) : (
        <StateView host={host} state={state} onSelect={reader.select} />
      )}
      <RecentBouncesPanel recent={recent} state={reader.state} />
      {(inputOpen || inputMounted) && (
        <div hidden={!inputOpen}>
          <Suspense fallback={<LazyFallback />}>
            <LazyPreviewInput
              onExplain={reader.explain}
              onExplainAll={explainAll}
              dragging={dragging}
              dropProblem={dropProblem}
              showSamples={preview}
              active={inputOpen}
            />
          </Suspense>
        </div>
      )}
      {!inputOpen && state.status !== "loading" && (
        <Button appearance="secondary" onClick={() => setShowInput(true)}>
          {t("pane.checkAnother")}
        </Button>
      )}
      <DiagnosticsPanel host={host} />
    </main>
  );
}
