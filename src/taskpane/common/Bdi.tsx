import { makeStyles, tokens } from "@fluentui/react-components";
import { bidiMarker, bidiSegments, codePointLabel, showBidiControls } from "./bidiText";

/** Past this many markers a hostile text would cost the pane thousands of elements: its markers stay visible, as plain text. */
const MAX_STYLED_MARKERS = 200;

const useStyles = makeStyles({
  // What <bdi> is by default, said explicitly for webviews whose built-in styles lack it.
  isolate: { display: "inline", unicodeBidi: "isolate" },
  // A marker reads as something inserted by the pane, not as part of the value.
  marker: {
    // Inline, not inline-block: an accessible name reads the marker as part of the word, no extra space.
    display: "inline",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    margin: `0 1px`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    fontSize: "0.85em",
    fontWeight: tokens.fontWeightSemibold,
    // The marker itself must not take direction from the value around it.
    unicodeBidi: "isolate",
    direction: "ltr",
  },
});

/** The value's text with each directional control as a visible marker (no isolation: see Bdi). */
export function BidiText({ text }: { text: string }) {
  const styles = useStyles();
  const segments = bidiSegments(text);
  if (segments.length > 2 * MAX_STYLED_MARKERS) return <>{showBidiControls(text)}</>;
  return (
    <>
      {segments.map((segment, i) =>
        "control" in segment ? (
          <span key={i} className={styles.marker} title={codePointLabel(segment.control)}>
            {bidiMarker(segment.control)}
          </span>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/**
 * A message-derived value (address, subject, server, attachment name) in the pane: in <bdi>, so
 * its direction can't spill into the text around it, with any direction override, embedding,
 * isolate or mark shown as a marker (⟨RLO⟩) instead of acting. Use it wherever such a value is
 * rendered as an element's content; inside a translated sentence or a string prop use
 * `isolatedText` from ./bidiText.
 */
export function Bdi({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <bdi className={styles.isolate}>
      <BidiText text={text} />
    </bdi>
  );
}
