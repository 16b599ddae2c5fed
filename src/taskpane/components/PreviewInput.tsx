import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { BounceCandidate } from "../../outlook/types";
import { useDocumentPaste } from "../hooks/useDocumentPaste";
import { readFileBytes } from "../lib/readFile";
import { candidatesFromFiles } from "../preview/droppedCandidates";
import { fileCandidate, pastedTextProblem, textCandidate } from "../preview/localCandidates";
import type { SampleBounce } from "../samples";
import { DropZone } from "./DropZone";
import { FilePicker } from "./FilePicker";
import { PasteBox } from "./PasteBox";
import { SamplePicker } from "./SamplePicker";
import { StateMessage } from "./StateMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface PreviewInputProps {
  onExplain(candidate: BounceCandidate): void;
  /** Several files dropped at once: explained together, the user picks among the bounces. */
  onExplainAll(candidates: readonly BounceCandidate[]): void;
  /** Outlook reports a drag over the pane. */
  dragging?: boolean;
  /** A problem with a drop the pane received outside this panel (e.g. through Outlook). */
  dropProblem?: string;
}

/** Every way to hand the pane a bounce other than the open message. */
export function PreviewInput({ onExplain, onExplainAll, dragging = false, dropProblem }: PreviewInputProps) {
  const styles = useStyles();
  const [localProblem, setProblem] = useState<string>();
  const problem = localProblem ?? dropProblem;

  const explainFile = useCallback(
    async (file: File, path: "file" | "drop") => {
      setProblem(undefined);
      const read = await readFileBytes(file);
      if (read.ok) onExplain(fileCandidate(file.name, read.bytes, path));
      else setProblem(read.message);
    },
    [onExplain],
  );

  const explainDropped = useCallback(
    async (files: File[]) => {
      setProblem(undefined);
      const r = await candidatesFromFiles(files);
      if (r.problems.length > 0) setProblem(r.problems.join(" "));
      onExplainAll(r.candidates);
    },
    [onExplainAll],
  );

  const explainText = useCallback(
    (text: string, label: string, path: "paste" | "drop") => {
      const issue = pastedTextProblem(text);
      setProblem(issue);
      if (!issue) onExplain(textCandidate(text, label, path));
    },
    [onExplain],
  );

  useDocumentPaste(useCallback((text: string) => explainText(text, "Pasted text", "paste"), [explainText]));

  return (
    <section className={styles.root} aria-label="Check another bounce">
      <h2 className={styles.heading}>Check another bounce</h2>
      {problem && (
        <StateMessage intent="error" title="That didn't work">
          <Text>{problem}</Text>
        </StateMessage>
      )}
      <FilePicker onFile={(f) => void explainFile(f, "file")} />
      <DropZone onFiles={(f) => void explainDropped(f)} onText={(t) => explainText(t, "Dropped text", "drop")} highlighted={dragging} />
      <PasteBox onExplain={(t) => explainText(t, "Pasted text", "paste")} />
      <h3 className={styles.subheading}>Or try a sample</h3>
      <SamplePicker onPick={(s: SampleBounce) => onExplain(textCandidate(s.eml, `Sample: ${s.title}`, "sample"))} />
    </section>
  );
}
