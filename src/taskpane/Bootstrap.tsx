import { FluentProvider, Spinner, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MailHost } from "../outlook/types";
import { App } from "./App";
import { StateMessage } from "./components/StateMessage";
import { useHostTheme } from "./hooks/useHostTheme";
import { errorMessage } from "./lib/withTimeout";

/** connectHost has its own onReady timeout; this is the pane's own limit on top of it, to say something. */
export const SLOW_BOOT_MS = 5_000;
export const BOOT_TIMEOUT_MS = 20_000;

const useStyles = makeStyles({
  boot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

type Boot = { status: "connecting"; slow: boolean } | { status: "ready"; host: MailHost } | { status: "failed"; message: string };

export function Bootstrap({ connect }: { connect: () => Promise<MailHost> }) {
  const styles = useStyles();
  const [boot, setBoot] = useState<Boot>({ status: "connecting", slow: false });

  useEffect(() => {
    let live = true;
    const slow = setTimeout(() => live && setBoot((b) => (b.status === "connecting" ? { status: "connecting", slow: true } : b)), SLOW_BOOT_MS);
    const limit = setTimeout(
      () => live && setBoot((b) => (b.status === "connecting" ? { status: "failed", message: "Outlook didn't finish starting the add-in." } : b)),
      BOOT_TIMEOUT_MS,
    );
    connect().then(
      (host) => live && setBoot({ status: "ready", host }),
      (error: unknown) => live && setBoot({ status: "failed", message: errorMessage(error) }),
    );
    return () => {
      live = false;
      clearTimeout(slow);
      clearTimeout(limit);
    };
  }, [connect]);

  const theme = useHostTheme(boot.status === "ready" ? boot.host : undefined) === "dark" ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {boot.status === "ready" && <App host={boot.host} />}
      {boot.status === "connecting" && (
        <div className={styles.boot} role="status">
          <Spinner label="Starting NDR Assistant…" />
          {boot.slow && <Text>This is taking longer than usual. If nothing happens, close the pane and open NDR Assistant again.</Text>}
        </div>
      )}
      {boot.status === "failed" && (
        <div className={styles.boot}>
          <StateMessage intent="error" title="NDR Assistant couldn't start">
            <Text>{boot.message} Close the pane and open it again. If it keeps failing, reload Outlook.</Text>
          </StateMessage>
        </div>
      )}
    </FluentProvider>
  );
}
