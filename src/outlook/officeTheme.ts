/**
 * Light or dark from Office's theme colours: Office gives colours, not a mode. The body background
 * is compared with the body text colour when both parse (works for Outlook's grey themes too),
 * else judged by its own luminance.
 */
import { createMailboxEventHub, eventTypeOf } from "./mailboxEvents";
import { REQUIRES } from "./requirementSets";
import type { OfficeFailure } from "./types";

export type ThemeMode = "light" | "dark";

/** "#rgb" or "#rrggbb" (leading # optional) → relative luminance 0…1 (WCAG 2 formula). */
export function luminance(color: unknown): number | undefined {
  if (typeof color !== "string") return undefined;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Below this a background reads as dark when there's no text colour to compare with (mid-grey is 0.22). */
const DARK_BELOW = 0.2;

export function themeFromOfficeTheme(theme: unknown): ThemeMode | undefined {
  if (theme === null || typeof theme !== "object") return undefined;
  const t = theme as { bodyBackgroundColor?: unknown; bodyForegroundColor?: unknown };
  const background = luminance(t.bodyBackgroundColor);
  if (background === undefined) return undefined;
  const foreground = luminance(t.bodyForegroundColor);
  if (foreground !== undefined && foreground !== background) return background < foreground ? "dark" : "light";
  return background < DARK_BELOW ? "dark" : "light";
}

export function currentOfficeTheme(office: typeof Office): ThemeMode | undefined {
  try {
    return themeFromOfficeTheme(office.context?.officeTheme);
  } catch {
    return undefined;
  }
}

export interface ThemeSource {
  readonly supported: boolean;
  subscribe(handler: (theme: ThemeMode) => void): () => void;
  settled(): Promise<void>;
  lastFailure(): OfficeFailure | undefined;
}

/** OfficeThemeChanged is Mailbox 1.14; older clients keep the start-up theme. */
export function createThemeSource(office: typeof Office, timeoutMs?: number): ThemeSource {
  const hub = createMailboxEventHub<unknown>(
    office,
    {
      eventType: eventTypeOf(office, "OfficeThemeChanged"),
      label: "OfficeThemeChanged",
      requires: REQUIRES.officeThemeChanged,
      notSupported: "This Outlook doesn't tell add-ins when its theme changes (needs Mailbox 1.14).",
    },
    undefined,
    timeoutMs,
  );
  return {
    supported: hub.supported,
    subscribe: (handler) =>
      hub.subscribe((args) => {
        const theme = themeFromOfficeTheme(args !== null && typeof args === "object" ? (args as { officeTheme?: unknown }).officeTheme : undefined);
        if (theme) handler(theme);
      }),
    settled: () => hub.settled(),
    lastFailure: () => (hub.supported ? hub.lastFailure() : undefined),
  };
}
