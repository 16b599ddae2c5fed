import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type DragEvent, useState } from "react";

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
  onFile(file: File): void;
  onText(text: string): void;
}

/** Files dragged from Outlook's message list or the desktop; dropped text works too. */
export function DropZone({ onFile, onText }: DropZoneProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files?.[0];
    if (file) return onFile(file);
    const text = e.dataTransfer.getData("text/plain");
    if (text) onText(text);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      role="region"
      aria-label="Drop a bounce here"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text>Drop a bounce here (a message from the list, an .eml or .msg file, or its text).</Text>
    </div>
  );
}
