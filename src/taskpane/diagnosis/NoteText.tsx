import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  note: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
});

/** A message the user sends on as it stands (to the other organisation): shown whole, as text. */
export function NoteText({ text, label }: { text: string; label: string }) {
  return (
    <blockquote className={useStyles().note} aria-label={label}>
      {text}
    </blockquote>
  );
}
