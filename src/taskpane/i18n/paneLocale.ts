import { type Locale, pickLocale } from "../../i18n/locale";
import type { HostInfo } from "../../outlook/types";

/** The task pane URL's ?lang= (for preview and screenshots), else Outlook's display language. */
export function paneLocale(info: HostInfo, search: string = pageSearch()): Locale {
  let requested: string | null = null;
  try {
    requested = new URLSearchParams(search).get("lang");
  } catch {
    requested = null;
  }
  return pickLocale(requested?.trim() ? requested : info.displayLanguage);
}

function pageSearch(): string {
  try {
    return typeof window !== "undefined" ? window.location.search : "";
  } catch {
    return "";
  }
}
