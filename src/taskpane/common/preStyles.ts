import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The one look for preformatted text in the pane (commands in CodeBlock, server text in RawText):
 * wrapped to the pane, because at 320 px a horizontal scrollbar hides the end of a line; long
 * text scrolls inside its own box instead of pushing the rest of the pane away.
 */
export const usePreStyles = makeStyles({
  pre: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    overflowX: "auto",
    maxWidth: "100%",
    maxHeight: "12rem",
    overflowY: "auto",
  },
});
