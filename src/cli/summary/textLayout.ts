/** Small helpers for laying out terminal text in a fixed width. */
import { visible } from "../text/visible";

/**
 * Control, bidi and invisible characters from file names or message content could move the
 * cursor or reorder the line on a terminal; they are shown as escapes (see text/visible.ts).
 */
export const printable = visible;

/** Keeps the end (a domain's suffix, a file's name), which says more than the start. */
export function clipStart(s: string, width: number): string {
  if (s.length <= width) return s;
  return width <= 1 ? "…".slice(0, width) : "…" + s.slice(s.length - width + 1);
}

export function clipEnd(s: string, width: number): string {
  if (s.length <= width) return s;
  return width <= 1 ? "…".slice(0, width) : s.slice(0, width - 1) + "…";
}

/** Word-wraps to `width`; words longer than a line are cut. Every line after the first gets `indent`. */
export function wrap(text: string, width: number, firstPrefix: string, indent: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = firstPrefix;
  let lineHasWord = false;
  for (let word of words) {
    const room = width - (lineHasWord ? line.length + 1 : line.length);
    if (word.length > room && lineHasWord) {
      lines.push(line);
      line = indent;
      lineHasWord = false;
    }
    const max = width - line.length;
    if (word.length > max) word = clipEnd(word, Math.max(1, max));
    line = lineHasWord ? `${line} ${word}` : line + word;
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/**
 * 12345 → "12,345". By hand rather than toLocaleString("en-US"): the first call of that loads
 * ICU's locale data, ~20 ms, a visible share of a short run.
 */
export function fmt(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? "," + out : "");
  return (n < 0 ? "-" : "") + out;
}
