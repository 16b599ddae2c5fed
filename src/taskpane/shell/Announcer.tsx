import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden but read by screen readers.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** A polite live region: says the result in one line instead of reading the whole pane. */
export function Announcer({ text }: { text: string }) {
  return (
    <div className={useStyles().hidden} role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
