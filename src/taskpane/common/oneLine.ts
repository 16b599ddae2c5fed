/** Control characters (CR, LF, NUL, ESC…) become spaces: subjects and one-line labels must stay one line. */
export function oneLine(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
