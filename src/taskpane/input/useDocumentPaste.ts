import { useEffect } from "react";

/**
 * Ctrl+V anywhere in the pane explains the clipboard text, but only when nothing is focused:
 * a paste into an input (the admin address, the paste box) must stay where the user put it.
 */
export function useDocumentPaste(onText: (text: string) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const handler = (event: ClipboardEvent) => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== document.documentElement) return;
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (!text.trim()) return;
      event.preventDefault();
      onText(text);
    };
    document.addEventListener("paste", handler);
    return () => document.removeEventListener("paste", handler);
  }, [onText, enabled]);
}
