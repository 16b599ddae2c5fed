import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useState } from "react";
import { intlLocale } from "../../i18n/locale";
import type { BounceCandidate } from "../../outlook/types";
import { LazyFallback } from "../common/LazyFallback";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";
import { LazySamplePicker } from "../shell/lazyViews";
import { candidatesFromFiles } from "./droppedCandidates";
import { DropZone } from "./DropZone";
import { FilePicker } from "./FilePicker";
import { fileCandidate, pastedTextProblem, textCandidate } from "./localCandidates";
import { PasteBox } from "./PasteBox";
import { readFileBytes } from "./readFile";
import type { SampleBounce } from "./samples";
import { useDocumentPaste } from "./useDocumentPaste";

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
  /** The bundled samples: for trying the pane out in a browser; a user in Outlook has real bounces. */
  showSamples?: boolean;
  /** False while the panel is collapsed (kept mounted so typed text survives): Ctrl+V is not taken then. */
  active?: boolean;
}

/** Every way to hand the pane a bounce other than the open message. */
export function PreviewInput({ onExplain, onExplainAll, dragging = false, dropProblem, showSamples = true, active = true }: PreviewInputProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const numbers = intlLocale(locale);
  const [localProblem, setProblem] = useState<string>();
  const problem = localProblem ?? dropProblem;

  const explainFile = useCallback(
    async (file: File, path: "file" | "drop") => {
      setProblem(undefined);
      const read = await readFileBytes(file, t, numbers);
      if (read.ok) onExplain(fileCandidate(file.name, read.bytes, path, t));
      else setProblem(read.message);
    },
    [onExplain, t, numbers],
  );

  const explainDropped = useCallback(
    async (files: File[]) => {
      setProblem(undefined);
      const r = await candidatesFromFiles(files, t, numbers);
      if (r.problems.length > 0) setProblem(r.problems.join(" "));
      onExplainAll(r.candidates);
    },
    [onExplainAll, t, numbers],
  );

  const explainText = useCallback(
    (text: string, label: string, path: "paste" | "drop") => {
      const issue = pastedTextProblem(text, t, numbers);
      setProblem(issue);
      if (!issue) onExplain(textCandidate(text, label, path));
    },
    [onExplain, t, numbers],
  );

  useDocumentPaste(
    useCallback((text: string) => explainText(text, t("candidate.pasted"), "paste"), [explainText, t]),
    active,
  );

  return (
    <section className={styles.root} aria-label={t("pane.checkAnother")}>
      <h2 className={styles.heading}>{t("pane.checkAnother")}</h2>
      {problem && (
        <StateMessage intent="error" title={t("input.problemTitle")}>
          <Text>{problem}</Text>
        </StateMessage>
      )}
      <FilePicker onFile={(f) => void explainFile(f, "file")} />
      <DropZone onFiles={(f) => void explainDropped(f)} onText={(text) => explainText(text, t("candidate.dropped"), "drop")} highlighted={dragging} />
      <PasteBox onExplain={(text) => explainText(text, t("candidate.pasted"), "paste")} />
      {showSamples && (
        <>
          <h3 className={styles.subheading}>{t("input.samplesHeading")}</h3>
          <Suspense fallback={<LazyFallback />}>
            <LazySamplePicker
              onPick={(s: SampleBounce) => onExplain(textCandidate(s.eml, t("candidate.sample", { title: t(`sample.${s.textKey}.title`) }), "sample"))}
            />
          </Suspense>
        </>
      )}
    </section>
  );
}
