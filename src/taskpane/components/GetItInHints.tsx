import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** How to get a bounce in front of the pane when Outlook won't hand it over. */
export function GetItInHints({ canDrag = true }: { canDrag?: boolean }) {
  return (
    <ul className={useStyles().list} aria-label="Ways to get the bounce in">
      <li>Forward the bounce to yourself (or attach it to a new message), open that message, and open NDR Assistant on it.</li>
      {canDrag && <li>Select another message, keep this pane pinned, and drag the bounce from the message list onto this pane.</li>}
      <li>Or copy the bounce&apos;s text and paste it in the box below.</li>
    </ul>
  );
}
