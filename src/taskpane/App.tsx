import { Button, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type DragEvent, useCallback, useEffect, useMemo, useState } from "react";
import type { DroppedFile, MailHost, OfficeFailure } from "../outlook/types";
import { AdminView } from "./admin/AdminView";
import { adminModelFor, itemDateOf, opensInAdminView } from "./admin/adminState";
import { type DnsRunner, runLiveDnsChecks } from "./admin/dnsRunner";
import { Announcer } from "./components/Announcer";
import { ClientLimitsNote } from "./components/ClientLimitsNote";
import { DiagnosticsPanel } from "./components/DiagnosticsPanel";
import { Header } from "./components/Header";
import { PreviewBanner } from "./components/PreviewBanner";
import { PreviewInput } from "./components/PreviewInput";
import { StateMessage } from "./components/StateMessage";
import { StateView } from "./components/StateView";
import { type ClassifyFn } from "./hooks/classifyCandidates";
import { useBounceReader } from "./hooks/useBounceReader";
import { useHostDrop } from "./hooks/useHostDrop";
import { announcement } from "./lib/announcement";
import { candidatesFromFiles, candidatesFromHostDrop, type DropResult } from "./preview/droppedCandidates";

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
  /** Only for a host-less harness; the pane uses the real classifier. */
  classify?: ClassifyFn;
  /** The admin view's clock (the 72-hour DNS window); tests fix it. */
  now?: () => Date;
  /** The admin view's live DNS checks; tests pass a fake. Defaults to the lazily loaded engine. */
  runDnsChecks?: DnsRunner;
}

type View = "admin" | "user";

const systemClock = (): Date => new Date();

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

export function App({ host, classify, now = systemClock, runDnsChecks = runLiveDnsChecks }: AppProps) {
  const styles = useStyles();
  const reader = useBounceReader(host, classify);
  const [showInput, setShowInput] = useState(false);
  const [dropProblem, setDropProblem] = useState<string>();
  const preview = host.info.mode === "preview";
  const { state, explainAll } = reader;
  const adminModel = useMemo(() => adminModelFor(state), [state]);
  // The choice belongs to one reading (picking another candidate keeps it); a new message opens in its own default.
  const reading: unknown = state.status === "success" ? state.results : state;
  const [viewChoice, setViewChoice] = useState<{ reading: unknown; view: View }>();
  const view: View = viewChoice && viewChoice.reading === reading ? viewChoice.view : opensInAdminView(state) ? "admin" : "user";
  const showAdmin = adminModel !== undefined && view === "admin";
  // The input panel is the way forward whenever there's nothing (or the wrong thing) on screen.
  // Once shown it stays, so text typed into it survives the next read.
  // A forward carrying a diagnosis block is something to show (the admin view), not a dead end.
  const blockOnly = state.status === "no-bounce" && (state.blocks ?? []).length > 0;
  const needsInput = state.status === "no-item" || (state.status === "no-bounce" && !blockOnly) || state.status === "error";
  useEffect(() => {
    if (needsInput) setShowInput(true);
  }, [needsInput]);

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
    useCallback((files: DroppedFile[], failures: OfficeFailure[]) => takeDrop(candidatesFromHostDrop(files, failures)), [takeDrop]),
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
    void candidatesFromFiles(files).then(takeDrop);
  };

  const inputOpen = preview || showInput || needsInput;
  return (
    <main className={styles.main} onDragOver={onPaneDragOver} onDrop={onPaneDrop}>
      <Header />
      {preview && <PreviewBanner />}
      <ClientLimitsNote host={host} />
      <Announcer text={announcement(state)} />
      {dragging && !inputOpen && (
        <StateMessage intent="info" title="Drop it here">
          <Text>Release to explain the bounce you're dragging.</Text>
        </StateMessage>
      )}
      {adminModel && (
        <TabList selectedValue={view} onTabSelect={(_, data) => setViewChoice({ reading, view: data.value === "admin" ? "admin" : "user" })} aria-label="View">
          <Tab value="admin">Admin view</Tab>
          <Tab value="user">User view</Tab>
        </TabList>
      )}
      {showAdmin ? (
        <AdminView host={host} model={adminModel} itemDate={itemDateOf(state)} now={now()} runDnsChecks={runDnsChecks} />
      ) : (
        <StateView host={host} state={state} onSelect={reader.select} />
      )}
      {inputOpen ? (
        <PreviewInput onExplain={reader.explain} onExplainAll={explainAll} dragging={dragging} dropProblem={dropProblem} />
      ) : (
        state.status !== "loading" && (
          <Button appearance="secondary" onClick={() => setShowInput(true)}>
            Check another bounce
          </Button>
        )
      )}
      <DiagnosticsPanel host={host} />
    </main>
  );
}
