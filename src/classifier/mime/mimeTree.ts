/**
 * A cheap structural pass over raw MIME: finds header blocks and multipart boundaries, and
 * records where each part's body lies, without decoding anything. The NDR's attached original can
 * be megabytes of base64; this pass lets us decode only the small parts we read.
 */
import { type WarningSink, warn } from "../notes";
import { type ContentType, type HeaderMap, header, parseContentType, parseHeaderBlock } from "./headers";

export const MAX_DEPTH = 12;
export const MAX_PARTS = 400;

export interface MimePart {
  headers: HeaderMap;
  contentType: ContentType;
  /** Offsets into the latin-1 view (equal to byte offsets of the input). */
  headerStart: number;
  bodyStart: number;
  bodyEnd: number;
  children: MimePart[];
  depth: number;
}

interface Budget {
  parts: number;
  warnings: WarningSink;
}

/** Offset of the blank line ending the header block at `start`, and where the body begins. */
function findHeaderEnd(src: string, start: number, end: number): { headerEnd: number; bodyStart: number } {
  // A body that starts right away (no headers) begins with an empty line.
  if (src.startsWith("\r\n", start)) return { headerEnd: start, bodyStart: start + 2 };
  if (src.startsWith("\n", start)) return { headerEnd: start, bodyStart: start + 1 };
  let pos = start;
  while (pos < end) {
    const nl = src.indexOf("\n", pos);
    if (nl < 0 || nl >= end) return { headerEnd: end, bodyStart: end };
    const next = nl + 1;
    if (src.startsWith("\r\n", next)) return { headerEnd: nl + 1, bodyStart: Math.min(next + 2, end) };
    if (src.startsWith("\n", next)) return { headerEnd: nl + 1, bodyStart: Math.min(next + 1, end) };
    pos = next;
  }
  return { headerEnd: end, bodyStart: end };
}

/** Headers of the message or part starting at `start`; body bounds not split further. */
export function readPartHeaders(src: string, start: number, end: number): { headers: HeaderMap; bodyStart: number } {
  const { headerEnd, bodyStart } = findHeaderEnd(src, start, end);
  const limit = Math.min(headerEnd, start + 256 * 1024);
  return { headers: parseHeaderBlock(src.slice(start, limit)), bodyStart };
}

function isLineStart(src: string, pos: number, floor: number): boolean {
  return pos === floor || src.charCodeAt(pos - 1) === 10;
}

/** Splits a multipart body into child ranges; tolerates a missing final boundary. */
function splitMultipart(src: string, start: number, end: number, boundary: string, budget: Budget): Array<[number, number]> {
  const delim = "--" + boundary;
  const ranges: Array<[number, number]> = [];
  let partStart = -1;
  let pos = start;
  let closed = false;
  while (pos < end) {
    const hit = src.indexOf(delim, pos);
    if (hit < 0 || hit >= end) break;
    pos = hit + delim.length;
    if (!isLineStart(src, hit, start)) continue;
    const isClose = src.startsWith("--", pos);
    // The delimiter line must end here (trailing whitespace allowed).
    let eol = pos + (isClose ? 2 : 0);
    while (eol < end && (src[eol] === " " || src[eol] === "\t")) eol++;
    if (eol < end && src[eol] !== "\r" && src[eol] !== "\n") continue;
    let lineEnd = src.indexOf("\n", eol);
    lineEnd = lineEnd < 0 || lineEnd >= end ? end : lineEnd + 1;
    if (partStart >= 0) {
      // The CRLF before the delimiter belongs to the delimiter.
      let partEnd = hit;
      if (partEnd > partStart && src.charCodeAt(partEnd - 1) === 10) partEnd--;
      if (partEnd > partStart && src.charCodeAt(partEnd - 1) === 13) partEnd--;
      ranges.push([partStart, partEnd]);
    }
    if (isClose) {
      closed = true;
      break;
    }
    partStart = lineEnd;
    pos = lineEnd;
    if (ranges.length >= MAX_PARTS) {
      warn(budget.warnings, "warn.too-many-parts");
      return ranges;
    }
  }
  if (!closed) {
    if (partStart >= 0) ranges.push([partStart, end]);
    warn(budget.warnings, partStart >= 0 ? "warn.unterminated-boundary" : "warn.boundary-not-found", { boundary: boundary.slice(0, 60) });
  }
  return ranges;
}

function buildPart(src: string, start: number, end: number, depth: number, budget: Budget, defaultType: string): MimePart {
  budget.parts++;
  const { headers, bodyStart } = readPartHeaders(src, start, end);
  let contentType = parseContentType(header(headers, "content-type"));
  if (!contentType.type) contentType = { type: defaultType, params: {} };
  const part: MimePart = { headers, contentType, headerStart: start, bodyStart, bodyEnd: end, children: [], depth };
  if (!contentType.type.startsWith("multipart/")) return part;
  const boundary = contentType.params["boundary"];
  if (!boundary) {
    warn(budget.warnings, "warn.no-boundary", { type: contentType.type });
    part.contentType = { type: "text/plain", params: {} };
    return part;
  }
  if (depth >= MAX_DEPTH) {
    warn(budget.warnings, "warn.too-deep");
    return part;
  }
  const childDefault = contentType.type === "multipart/digest" ? "message/rfc822" : "text/plain";
  const ranges = splitMultipart(src, bodyStart, end, boundary, budget);
  if (ranges.length === 0) {
    // Old MTAs declare a boundary and then never write it: the body is the report's text.
    part.contentType = { type: "text/plain", params: {} };
    return part;
  }
  for (const [s, e] of ranges) {
    if (budget.parts >= MAX_PARTS) {
      warn(budget.warnings, "warn.too-many-parts");
      break;
    }
    part.children.push(buildPart(src, s, e, depth + 1, budget, childDefault));
  }
  return part;
}

/** Splits a whole message (latin-1 view) into its part tree. message/rfc822 parts stay leaves. */
export function parseMimeTree(src: string, warnings: WarningSink): MimePart {
  return buildPart(src, 0, src.length, 0, { parts: 0, warnings }, "text/plain");
}

/** Depth-first walk that does not enter message/rfc822 (their parts belong to another message). */
export function walkParts(root: MimePart, visit: (part: MimePart) => void): void {
  const stack: MimePart[] = [root];
  while (stack.length) {
    const part = stack.pop() as MimePart;
    visit(part);
    for (let i = part.children.length - 1; i >= 0; i--) stack.push(part.children[i]);
  }
}
