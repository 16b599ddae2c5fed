import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    maxHeight: "10rem",
    overflowY: "auto",
    maxWidth: "100%",
  },
});

/** Long server text, always as a text node: scrolls inside itself instead of widening a 320 px pane. */
export function RawText({ text, label }: { text: string; label: string }) {
  return (
    <pre className={useStyles().pre} aria-label={label} tabIndex={0}>
      {text}
    </pre>
  );
}
