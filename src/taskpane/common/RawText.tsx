import { usePreStyles } from "./preStyles";

/** Long server text, always as a text node: scrolls inside itself instead of widening a 320 px pane. */
export function RawText({ text, label }: { text: string; label: string }) {
  return (
    <pre className={usePreStyles().pre} aria-label={label} tabIndex={0}>
      {text}
    </pre>
  );
}
