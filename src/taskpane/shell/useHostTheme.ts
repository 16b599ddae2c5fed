import { useEffect, useState } from "react";
import type { MailHost } from "../../outlook/types";
import { hostPrefersDark } from "./hostTheme";

/** Dark or light as Outlook is now: the start-up theme, then every OfficeThemeChanged (Mailbox 1.14). */
export function useHostTheme(host: MailHost | undefined): "light" | "dark" {
  const [changed, setChanged] = useState<{ host: MailHost; theme: "light" | "dark" }>();
  useEffect(() => {
    if (!host || typeof host.onThemeChanged !== "function") return undefined;
    try {
      return host.onThemeChanged((theme) => setChanged({ host, theme }));
    } catch {
      // Without the event the pane keeps the start-up theme.
      return undefined;
    }
  }, [host]);
  if (!host) return "light";
  if (changed && changed.host === host) return changed.theme;
  return hostPrefersDark(host.info) ? "dark" : "light";
}
