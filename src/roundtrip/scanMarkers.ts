/**
 * Finds BEGIN/END marker lines in normalized text, however a mail client split, quoted or
 * re-joined them. Each "ASSISTANT" occurrence is checked within a small window on either side,
 * so the scan stays linear whatever the input holds.
 */

export interface Marker {
  kind: "begin" | "end";
  version: number;
  /** Where the marker starts (END: the block's data ends here). */
  start: number;
  /** Just past the marker (BEGIN: the block's data starts here). */
  end: number;
  crc?: string;
  len?: number;
}

/** Separators a client may put inside a marker: spaces, line breaks, quoting (">", "|"). */
const SEP = "[\\s>|]*";
const AFTER = new RegExp(`^ASSISTANT${SEP}DIAGNOSIS${SEP}v${SEP}(\\d{1,6})`);
const TRAILING_DASHES = new RegExp(`^${SEP}(-*)`);
const END_ATTRIBUTES = /^([^-]{0,300})/;
const ATTRIBUTES = /^crc32=?([0-9a-f]{8})len=?(\d{1,9})/;
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 400;
const DASHES = 5;
export const MAX_MARKERS = 200;

const SEPARATOR = /[\s>|]/;

/**
 * What `(-{2,})(BEGIN|END)[\s>|]*NDR-?[\s>|]*$` finds in `window`: the dash run (its start and
 * length) and the keyword. Read backwards from the window's end in one pass; the pattern, tried
 * at every dash of a long run, was quadratic in it.
 */
export function markerHead(window: string): { index: number; dashes: number; kind: "BEGIN" | "END" } | undefined {
  let i = window.length;
  while (i > 0 && SEPARATOR.test(window[i - 1])) i--;
  if (window[i - 1] === "-" && window.slice(i - 4, i - 1) === "NDR") i -= 4;
  else if (window.slice(i - 3, i) === "NDR") i -= 3;
  else return undefined;
  while (i > 0 && SEPARATOR.test(window[i - 1])) i--;
  let kind: "BEGIN" | "END";
  if (window.slice(i - 5, i) === "BEGIN") {
    kind = "BEGIN";
    i -= 5;
  } else if (window.slice(i - 3, i) === "END") {
    kind = "END";
    i -= 3;
  } else return undefined;
  let start = i;
  while (start > 0 && window[start - 1] === "-") start--;
  return i - start >= 2 ? { index: start, dashes: i - start, kind } : undefined;
}

export function scanMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  let from = 0;
  while (markers.length < MAX_MARKERS) {
    const at = text.indexOf("ASSISTANT", from);
    if (at < 0) break;
    from = at + 1;
    const windowStart = Math.max(0, at - WINDOW_BEFORE);
    const before = markerHead(text.slice(windowStart, at));
    if (!before) continue;
    const after = AFTER.exec(text.slice(at, at + WINDOW_AFTER));
    if (!after) continue;
    const version = Number(after[1]);
    const afterVersion = at + after[0].length;
    const rest = text.slice(afterVersion, afterVersion + WINDOW_AFTER);
    if (before.kind === "BEGIN") {
      const dashes = TRAILING_DASHES.exec(rest);
      const sepLength = dashes ? dashes[0].length - dashes[1].length : 0;
      // We write exactly five dashes; more belong to the data, which may start with "-".
      const dashCount = Math.min(DASHES, dashes ? dashes[1].length : 0);
      markers.push({ kind: "begin", version, start: windowStart + before.index, end: afterVersion + sepLength + dashCount });
    } else {
      // Dashes beyond our five before "END" belong to the data, which may end with "-".
      const start = windowStart + before.index + Math.max(0, before.dashes - DASHES);
      const raw = END_ATTRIBUTES.exec(rest)?.[1] ?? "";
      const attributes = ATTRIBUTES.exec(raw.replace(/[\s>|]/g, ""));
      markers.push({
        kind: "end",
        version,
        start,
        end: afterVersion + raw.length,
        ...(attributes ? { crc: attributes[1], len: Number(attributes[2]) } : {}),
      });
    }
  }
  return markers;
}
