import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MailHost } from "../outlook/types";
import { Announcer } from "./components/Announcer";
import { Header } from "./components/Header";
import { PreviewBanner } from "./components/PreviewBanner";
import { PreviewInput } from "./components/PreviewInput";
import { StateView } from "./components/StateView";
import { type ClassifyFn } from "./hooks/classifyCandidates";
import { useBounceReader } from "./hooks/useBounceReader";
import { announcement } from "./lib/announcement";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
});

interface AppProps {
  host: MailHost;
  /** Only for a host-less harness; the pane uses the real classifier. */
  classify?: ClassifyFn;
}

export function App({ host, classify }: AppProps) {
  const styles = useStyles();
  const reader = useBounceReader(host, classify);
  const [showInput, setShowInput] = useState(false);
  const preview = host.info.mode === "preview";
  const { state } = reader;
  // The input panel is the way forward whenever there's nothing (or the wrong thing) on screen.
  // Once shown it stays, so text typed into it survives the next read.
  const needsInput = state.status === "no-item" || state.status === "no-bounce" || state.status === "error";
  useEffect(() => {
    if (needsInput) setShowInput(true);
  }, [needsInput]);
  const inputOpen = preview || showInput || needsInput;
  return (
    <main className={styles.main}>
      <Header />
      {preview && <PreviewBanner />}
      <Announcer text={announcement(state)} />
      <StateView host={host} state={state} onSelect={reader.select} />
      {inputOpen ? (
        <PreviewInput onExplain={reader.explain} />
      ) : (
        state.status !== "loading" && (
          <Button appearance="secondary" onClick={() => setShowInput(true)}>
            Check another bounce
          </Button>
        )
      )}
    </main>
  );
}
