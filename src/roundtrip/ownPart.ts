/**
 * Which part of a message body the forwarder wrote.
 *
 * A forward or reply is the sender's own text on top, then quoted messages, each introduced by
 * what the mail client writes: a header block ("From: … Sent: … To: … Subject: …", in the
 * languages the classifier knows), a separator ("-----Original Message-----", "Begin forwarded
 * message:"), an attribution ("On …, Alex <alex@…> wrote:") and, in HTML, the quote's container
 * (<blockquote>, Outlook's divRplyFwdMsg and border-top rule, Gmail's gmail_quote, …). The own
 * part runs from the top to the first such boundary, except that a quoted message the sender
 * wrote themselves (its From is the sender's address: a self-forward, as when a user forwards
 * their own "Forward to admin" message to the helpdesk) is read on as theirs. Anything else
 * quoted — a bounce, a colleague's message, a message claiming to be the sender's inside
 * someone else's — ends the own part for good.
 *
 * Boundaries can only shorten the own part: text that merely looks like a boundary (a header
 * line in a server reply) costs a block, never lets a quoted one through.
 */
import { decodeEntitiesForScan, isTagStart, looksLikeHtml, stripTagsForScan } from "../classifier/mail/htmlToText";
import { isSeparator, readLabel, type ForwardField } from "../classifier/prose/forwardHeaders";
import { MAX_SCAN_CHARS, undoQuotedPrintable } from "./normalize";

/** Put on a line of its own before each HTML quote container: no letters, so never block data. */
export const QUOTE_MARK = "\uE000\uE000";

/** Attribute values and styles of the containers mail clients put quoted messages in (lower case). */
const QUOTE_CONTAINERS = [
  "divrplyfwdmsg",
  "appendonsend",
  "gmail_quote",
  "gmail_attr",
  "moz-cite-prefix",
  "moz-forward-container",
  "olk_src_body_section",
  "yahoo_quoted",
  "protonmail_quote",
  "zmail_extra",
  "border-top:solid #e1e1e1",
  "border-top:solid #b5c4df",
  "border-top: solid #e1e1e1",
  "border-top: solid #b5c4df",
];

/** Verbs of "On …, X wrote:" in the languages mail clients write it in. */
const WROTE = [
  "wrote",
  "schrieb",
  "a écrit",
  "escribió",
  "ha scritto",
  "skrev",
  "schreef",
  "escreveu",
  "napisał",
  "kirjoitti",
  "написал",
  "yazdı",
  "írta",
  "napsal",
  "έγραψε",
];

/** Lines a boundary may span (separator, header fields, wrapped addresses, blank lines, marks). */
const MAX_BOUNDARY_LINES = 16;
/** Lines after a "From:" line within which another header field must follow. */
const HEADER_LOOKAHEAD = 6;

/** Inserts QUOTE_MARK lines before quote containers; one pass over the tags, as stripTagsForScan walks them. */
export function markHtmlQuotes(html: string): string {
  const out: string[] = [];
  let last = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= html.length) break;
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      i = lt + 1;
      continue;
    }
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt).toLowerCase();
    if (/^blockquote[\s/>]|^blockquote$/.test(tag) || QUOTE_CONTAINERS.some((c) => tag.includes(c))) {
      out.push(html.slice(last, lt), `<br>${QUOTE_MARK}<br>`);
      last = lt;
    }
    i = gt + 1;
  }
  out.push(html.slice(last));
  return out.join("");
}

/** The body as the scanner reads it, with quote containers marked. */
export function normalizeBody(body: string): string {
  const capped = body.length > MAX_SCAN_CHARS ? body.slice(0, MAX_SCAN_CHARS) : body;
  const unqp = undoQuotedPrintable(capped);
  return decodeEntitiesForScan(looksLikeHtml(unqp) ? stripTagsForScan(markHtmlQuotes(unqp)) : unqp);
}

/** The sender as Outlook gives it ("Alex Wilber <alex@contoso.com>" or an address). */
export interface Sender {
  address?: string;
  name?: string;
}

const ADDRESS_STOP = new Set([..." \t<>[]()\"',;:"]);

/** The address in a From value or attribution line (the last "@" and the word around it), lower case. */
export function addressIn(text: string): string | undefined {
  const at = text.lastIndexOf("@");
  if (at <= 0) return undefined;
  let start = at;
  while (start > 0 && !ADDRESS_STOP.has(text[start - 1])) start--;
  let end = at + 1;
  while (end < text.length && !ADDRESS_STOP.has(text[end])) end++;
  const address = text.slice(start, end).toLowerCase();
  return address.includes(".", address.indexOf("@")) && address.length <= 320 ? address : undefined;
}

export function parseSender(from: string | undefined): Sender | undefined {
  if (!from || typeof from !== "string") return undefined;
  const address = addressIn(from);
  const lt = from.lastIndexOf("<");
  const name = (lt > 0 ? from.slice(0, lt) : address ? "" : from).replace(/"/g, "").trim();
  return { ...(address ? { address } : {}), ...(name ? { name: name.toLowerCase() } : {}) };
}

/** Quote marks at the start of a line (">", "|", spaces between), and the rest, trimmed. */
function unquoteLine(line: string): { depth: number; text: string } {
  let depth = 0;
  let i = 0;
  while (i < line.length && (line[i] === ">" || line[i] === "|" || line[i] === " " || line[i] === "\t")) {
    if (line[i] === ">" || line[i] === "|") depth++;
    i++;
  }
  return { depth, text: line.slice(i).trim() };
}

function isAttribution(line: string): boolean {
  if (line.length > 300 || !line.endsWith(":") || !/\d/.test(line)) return false;
  const lower = line.toLowerCase();
  return WROTE.some((w) => lower.includes(` ${w} `) || lower.includes(` ${w}:`) || lower.endsWith(` ${w} :`));
}

function isAddressContinuation(line: string): boolean {
  return line.length < 320 && line.includes("@") && !line.includes(": ");
}

interface Boundary {
  /** Line index after the boundary. */
  next: number;
  /** The From field's value or the attribution line, if the boundary has one. */
  author?: string;
}

/** Whether line `i` starts a header block: a "From:" line with another field close below. */
function startsHeaderBlock(lines: string[], i: number): boolean {
  if (readLabel(unquoteLine(lines[i]).text)?.field !== "from") return false;
  for (let k = i + 1; k < lines.length && k <= i + HEADER_LOOKAHEAD; k++) {
    const field = readLabel(unquoteLine(lines[k]).text)?.field;
    if (field === "date" || field === "to" || field === "subject" || field === "cc") return true;
  }
  return false;
}

/** The boundary starting at line `i`, if one does: every line it spans and who it names. */
function boundaryAt(lines: string[], i: number): Boundary | undefined {
  const first = unquoteLine(lines[i]).text;
  if (!(first === QUOTE_MARK || isSeparator(first) || isAttribution(first) || startsHeaderBlock(lines, i))) return undefined;
  let author: string | undefined;
  let last: ForwardField | undefined;
  let k = i;
  for (; k < lines.length && k < i + MAX_BOUNDARY_LINES; k++) {
    const line = unquoteLine(lines[k]).text;
    if (line === "" || line === QUOTE_MARK || (k > i && isSeparator(line))) continue;
    if (k === i && isSeparator(line)) continue;
    if (isAttribution(line)) {
      author ??= line;
      continue;
    }
    const label = readLabel(line);
    if (label) {
      if (label.field === "from") author ??= label.value;
      last = label.field;
      continue;
    }
    if ((last === "from" || last === "to" || last === "cc") && isAddressContinuation(line)) {
      if (last === "from" && author !== undefined) author = `${author} ${line}`;
      continue;
    }
    break;
  }
  return { next: k, author };
}

function isSendersOwn(author: string | undefined, sender: Sender | undefined): boolean {
  if (!author || !sender) return false;
  const address = addressIn(author);
  if (address) return sender.address !== undefined && address === sender.address;
  // No address in the header (Exchange shows internal senders by name): the name must match.
  const name = author.replace(/"/g, "").trim().toLowerCase();
  return sender.name !== undefined && name === sender.name;
}

export interface BodyParts {
  /** The whole body, normalized (the scanner's text, quote containers marked). */
  text: string;
  /** Where the forwarder's own part ends in `text`. */
  ownEnd: number;
  /**
   * Self-forwards crossed inside the own part: from `at` on, text quoted `depth` deep (">")
   * is still the sender's (their earlier message, quoted by their client).
   */
  selfQuotes: Array<{ at: number; depth: number }>;
}

/** Splits a body into the forwarder's own part and the rest. Linear in the body's length. */
export function splitBody(body: string, sender: Sender | undefined): BodyParts {
  const text = normalizeBody(body);
  const lines = text.split("\n");
  const selfQuotes: Array<{ at: number; depth: number }> = [];
  let offset = 0;
  const offsets: number[] = [];
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const at = (line: number): number => (line < lines.length ? offsets[line] : text.length);
  for (let i = 0; i < lines.length;) {
    const boundary = boundaryAt(lines, i);
    if (!boundary) {
      i++;
      continue;
    }
    if (!isSendersOwn(boundary.author, sender)) return { text, ownEnd: at(i), selfQuotes };
    selfQuotes.push({ at: at(boundary.next), depth: selfQuotes.length + 1 });
    i = Math.max(i + 1, boundary.next);
  }
  return { text, ownEnd: text.length, selfQuotes };
}

/** How deep ">" quoting may go at `position` and still be the sender's own text. */
export function allowedDepth(parts: BodyParts, position: number): number {
  let depth = 0;
  for (const q of parts.selfQuotes) if (q.at <= position) depth = q.depth;
  return depth;
}

/** The quote depth of the line holding `position`. */
export function depthAt(text: string, position: number): number {
  const start = text.lastIndexOf("\n", position - 1) + 1;
  return unquoteLine(text.slice(start, Math.min(text.length, start + 200))).depth;
}
