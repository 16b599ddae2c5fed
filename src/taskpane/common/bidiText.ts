/**
 * Message-derived text (addresses, subjects, server names, attachment names) must not be able to
 * change how the text around it reads, nor look like something it is not. A right-to-left
 * override (U+202E) in `evil@example.com<RLO>moc.elpmaxe@` makes the address display as another
 * one. So: every directional formatting character is shown as a visible marker (⟨RLO⟩), and the
 * value is isolated from its surroundings (<bdi> in the DOM, FSI…PDI inside a string).
 *
 * The characters made visible are Unicode's Bidi_Control set (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) plus the line and paragraph separators U+2028/U+2029, which end a
 * bidi paragraph and so would end an isolate early.
 */

export const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
  "\u061C": "ALM",
  "\u200E": "LRM",
  "\u200F": "RLM",
  "\u202A": "LRE",
  "\u202B": "RLE",
  "\u202C": "PDF",
  "\u202D": "LRO",
  "\u202E": "RLO",
  "\u2066": "LRI",
  "\u2067": "RLI",
  "\u2068": "FSI",
  "\u2069": "PDI",
  "\u2028": "LS",
  "\u2029": "PS",
};

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
const CONTROLS_GLOBAL = new RegExp(CONTROLS.source, "g");

/** Strong right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …) and Arabic digits. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const FSI = "\u2068";
const PDI = "\u2069";

export function hasBidiControls(text: string): boolean {
  return CONTROLS.test(text);
}

/** The code point of a control, for a marker's tooltip: "U+202E". */
export function codePointLabel(control: string): string {
  return `U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The marker shown for one control character, e.g. "⟨RLO⟩". */
export function bidiMarker(control: string): string {
  return `⟨${BIDI_CONTROL_NAMES[control] ?? codePointLabel(control)}⟩`;
}

/** The text with each directional control replaced by its visible marker. */
export function showBidiControls(text: string): string {
  return CONTROLS.test(text) ? text.replace(CONTROLS_GLOBAL, bidiMarker) : text;
}

/** Text and control characters in order, for rendering the markers apart from the text. */
export type BidiSegment = { text: string } | { control: string };

export function bidiSegments(text: string): BidiSegment[] {
  if (!CONTROLS.test(text)) return text === "" ? [] : [{ text }];
  const out: BidiSegment[] = [];
  let start = 0;
  for (const match of text.matchAll(CONTROLS_GLOBAL)) {
    const at = match.index ?? 0;
    if (at > start) out.push({ text: text.slice(start, at) });
    out.push({ control: match[0] });
    start = at + 1;
  }
  if (start < text.length) out.push({ text: text.slice(start) });
  return out;
}

/**
 * For a message-derived value put into a sentence (a t() parameter, an accessible name, a plain
 * string prop): controls made visible, and the value wrapped in FSI…PDI when it holds right-to-left
 * text, so it can't reorder the sentence around it. A value with no right-to-left character and
 * no controls left cannot move anything in the pane's left-to-right languages, so it is returned
 * as it is (no invisible characters in copied text or in tests). If a right-to-left UI language is
 * ever added, isolate always (ISOLATE_ALWAYS).
 */
export const ISOLATE_ALWAYS = false;

export function isolatedText(text: string): string {
  const shown = showBidiControls(text);
  return ISOLATE_ALWAYS || RIGHT_TO_LEFT.test(shown) ? `${FSI}${shown}${PDI}` : shown;
}
