import type { Diagnosis } from "../../classifier/types";
import { warningLines } from "../../i18n/evidence";
import { useEvidenceTexts } from "./EvidenceTexts";

/**
 * The classifier's reading warnings ("Problems while reading") in the pane's language, one list
 * item each. The heading stays with the caller, which owns the section's layout.
 */
export function EvidenceWarnings({ diagnosis }: { diagnosis: Pick<Diagnosis, "warnings" | "warningCodes"> }) {
  const texts = useEvidenceTexts();
  const lines = warningLines(diagnosis, texts);
  if (lines.length === 0) return null;
  return (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
