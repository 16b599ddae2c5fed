import { FluentProvider, Spinner, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { MailHost } from "../../outlook/types";
import { perfMark } from "../common/perfMarks";
import { StateMessage } from "../common/StateMessage";
import { errorMessage } from "../common/withTimeout";
import { LocaleProvider, useStrings } from "../i18n/LocaleProvider";
import { paneLocale } from "../i18n/paneLocale";
import { type FirstRead, firstReadOrTimeout, startFirstRead } from "../reader/firstRead";
import { App } from "./App";
import { useHostTheme } from "./useHostTheme";

/** connectHost has its own onReady timeout; this is the pane's own limit on top of it, to say something. */
export const SLOW_BOOT_MS = 5_000;
export const BOOT_TIMEOUT_MS = 20_000;

const useStyles = makeStyles({
  boot: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

/** `message` undefined: the pane's own time limit ran out (worded from the tables). */
type Boot = { status: "connecting"; slow: boolean } | { status: "ready"; host: MailHost; firstRead: FirstRead } | { status: "failed"; message?: string };

/** Before Office answers there is no display language yet: ?lang=, else the browser's. */
export function bootLocale() {
  let language: string | undefined;
  try {
    language = typeof navigator !== "undefined" ? navigator.language : undefined;
  } catch {
    language = undefined;
  }
  return paneLocale({ mode: "preview", mailboxSets: [], displayLanguage: language });
}

interface BootstrapProps {
  connect: () => Promise<MailHost>;
  /**
   * Work the first diagnosis will need, done while Office is still starting: run once, in its own
   * task right after the first paint (the "starting" spinner is on screen), before connecting.
   */
  prepare?: () => void;
}

export function Bootstrap({ connect, prepare }: BootstrapProps) {
  const styles = useStyles();
  const [boot, setBoot] = useState<Boot>({ status: "connecting", slow: false });

  useEffect(() => {
    if (!prepare) return undefined;
    const timer = setTimeout(() => {
      try {
        prepare();
      } catch {
        // Only moves work earlier: whatever failed here runs again where it is needed, and reports there.
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [prepare]);

  useEffect(() => {
    let live = true;
    const slow = setTimeout(() => live && setBoot((b) => (b.status === "connecting" ? { status: "connecting", slow: true } : b)), SLOW_BOOT_MS);
    const limit = setTimeout(() => live && setBoot((b) => (b.status === "connecting" ? { status: "failed" } : b)), BOOT_TIMEOUT_MS);
    connect().then(
      (host) => {
        perfMark("ndr:host-ready");
        if (!live) return;
        // The read starts now, and a quick one is in the pane's first render: see ../reader/firstRead.ts.
        const firstRead = startFirstRead(host, paneLocale(host.info));
        void firstReadOrTimeout(firstRead).then(() => live && setBoot({ status: "ready", host, firstRead }));
      },
      (error: unknown) => live && setBoot({ status: "failed", message: errorMessage(error) }),
    );
    return () => {
      live = false;
      clearTimeout(slow);
      clearTimeout(limit);
    };
  }, [connect]);

  const theme = useHostTheme(boot.status === "ready" ? boot.host : undefined) === "dark" ? webDarkTheme : webLightTheme;
  const locale = useMemo(bootLocale, []);
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {boot.status === "ready" ? (
        <App host={boot.host} firstRead={boot.firstRead} />
      ) : (
        <LocaleProvider locale={locale}>
          <BootState boot={boot} className={styles.boot} />
        </LocaleProvider>
      )}
    </FluentProvider>
  );
}

function BootState({ boot, className }: { boot: Exclude<Boot, { status: "ready" }>; className: string }) {
  const { t } = useStrings();
  if (boot.status === "connecting") {
    return (
      <div className={className} role="status">
        <Spinner label={t("boot.starting")} />
        {boot.slow && <Text>{t("boot.slow")}</Text>}
      </div>
    );
  }
  return (
    <div className={className}>
      <StateMessage intent="error" title={t("boot.failedTitle")}>
        <Text>{t("boot.failedBody", { reason: boot.message ?? t("boot.timeout") })}</Text>
      </StateMessage>
    </div>
  );
}
