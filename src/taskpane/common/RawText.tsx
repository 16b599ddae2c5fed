import { BidiText } from "./Bdi";
import { usePreStyles } from "./preStyles";

/**
 * Long server text, always as text nodes: scrolls inside itself instead of widening a 320 px pane.
 * Direction overrides in it show as markers (⟨RLO⟩), so a reply can't display an address reversed.
 */
export function RawText({ text, label }: { text: string; label: string }) {
  return (
    <pre className={usePreStyles().pre} aria-label={label} tabIndex={0}>
      <BidiText text={text} />
    </pre>
  );
}
