/**
 * Which layout modules a report looks like, strongest first. As Sisimai orders its decoders by
 * the Subject's first words, a module is put early by its subject, sender, headers or mailer;
 * then every module whose text markers (or own check) appear is a candidate, in that order.
 */
import { type HeaderMap, header } from "../../mime/headers";
import type { LayoutModule } from "./types";

export interface ReportView {
  /** The report's human-readable text (its start is enough for the markers). */
  text: string;
  headers?: HeaderMap;
  /** The decoded Subject. */
  subject?: string;
}

export interface Detected {
  module: LayoutModule;
  /** The marker or header that recognised it (evidence). */
  marker: string;
}

/** Markers are looked for in this much of the text: headings sit at the top of a report. */
const MARKER_WINDOW = 24 * 1024;

/** A module's subject words with a leading space, built once (the subject test runs per report). */
const spacedSubjects = new WeakMap<LayoutModule, readonly string[]>();

function hintScore(m: LayoutModule, subject: string, from: string, headers: HeaderMap | undefined, mailer: string): number {
  let score = 0;
  if (subject && m.subjects) {
    let spaced = spacedSubjects.get(m);
    if (!spaced) spacedSubjects.set(m, (spaced = m.subjects.map((w) => ` ${w}`)));
    for (let k = 0; k < spaced.length; k++) {
      if (subject.startsWith(m.subjects[k]) || subject.includes(spaced[k])) {
        score += 2;
        break;
      }
    }
  }
  if (from && m.senders)
    for (const w of m.senders)
      if (from.includes(w)) {
        score += 2;
        break;
      }
  if (headers && m.headers)
    for (const h of m.headers)
      if (headers.has(h)) {
        score += 1;
        break;
      }
  if (mailer && m.mailers)
    for (const w of m.mailers)
      if (mailer.includes(w)) {
        score += 3;
        break;
      }
  return score;
}

export function textMarker(m: LayoutModule, text: string): string | undefined {
  for (const marker of m.markers) if (text.includes(marker)) return marker;
  return m.detect?.(text);
}

/**
 * The modules whose markers appear in the text (or whose mailer names itself in X-Mailer), ordered
 * by how strongly the headers point at them, then by registry order. Subject, sender and header
 * hints alone don't make a module a candidate. Modules are tested in that order and the search
 * stops after `limit` candidates: the headers usually point straight at the layout, so a typical
 * report costs a few substring searches, not one per marker of every module.
 */
export function detectModules(modules: readonly LayoutModule[], view: ReportView, limit = Infinity): Detected[] {
  const text = view.text.length > MARKER_WINDOW ? view.text.slice(0, MARKER_WINDOW) : view.text;
  const subject = (view.subject ?? "").toLowerCase().trim();
  const from = (view.headers ? (header(view.headers, "from") ?? "") : "").toLowerCase();
  const mailer = view.headers ? `${header(view.headers, "x-mailer") ?? ""} ${header(view.headers, "user-agent") ?? ""}`.toLowerCase().trim() : "";
  // Scores are small integers: walk them from the highest down instead of sorting.
  const scores = new Int8Array(modules.length);
  let top = 0;
  for (let i = 0; i < modules.length; i++) {
    scores[i] = hintScore(modules[i], subject, from, view.headers, mailer);
    if (scores[i] > top) top = scores[i];
  }
  const found: Detected[] = [];
  for (let score = top; score >= 0 && found.length < limit; score--) {
    for (let i = 0; i < modules.length && found.length < limit; i++) {
      if (scores[i] !== score) continue;
      const module = modules[i];
      // A mailer name recognises its layout on its own; other hints only order the candidates.
      const mailerHit = mailer && module.mailers ? module.mailers.find((w) => mailer.includes(w)) : undefined;
      const marker = textMarker(module, text) ?? (mailerHit ? `X-Mailer: ${mailerHit}` : undefined);
      if (marker !== undefined) found.push({ module, marker });
    }
  }
  return found;
}
