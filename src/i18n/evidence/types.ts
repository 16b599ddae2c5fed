import type { NoteCode } from "../../classifier/notes";

/** One language's table: a sentence for every code of src/classifier/notes.ts, same {placeholders} as the English. */
export type EvidenceTable = Readonly<Record<NoteCode, string>>;

/** What the pane words notes with: code → template (a table, or nothing when fetching failed). */
export type EvidenceTexts = Readonly<Record<string, string>>;
