import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type DragEvent, useState } from "react";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  zone: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  active: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

interface DropZoneProps {
  onFiles(files: File[]): void;
  onText(text: string): void;
  /** Outlook reports a drag over the pane (DragAndDropEvent): highlight as for an HTML5 drag. */
  highlighted?: boolean;
}

/** Files dragged from Outlook's message list or the desktop; dropped text works too. */
export function DropZone({ onFiles, onText, highlighted = false }: DropZoneProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    // The pane itself also takes drops; this one is handled here.
    e.stopPropagation();
    setOver(false);
    const files = Array.from(e.dataTransfer.files ?? []);
    if (files.length > 0) return onFiles(files);
    const text = e.dataTransfer.getData("text/plain");
    if (text) onText(text);
  };
  return (
    <div
      className={mergeClasses(styles.zone, (over || highlighted) && styles.active)}
      role="region"
      aria-label={t("input.dropLabel")}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text>{t("input.dropBody")}</Text>
    </div>
  );
}
