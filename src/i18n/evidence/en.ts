/**
 * The English evidence notes and reading warnings are the classifier's own templates: one table,
 * so the pane's English and the CLI's never drift apart.
 */
import { NOTE_TEMPLATES } from "../../classifier/notes";
import type { EvidenceTable } from "./types";

export const EN_EVIDENCE: EvidenceTable = NOTE_TEMPLATES;
