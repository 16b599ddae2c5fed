/**
 * Builds the new message to the admin. Pure (no React, no Office): the pane calls it and hands
 * the result to MailHost.openForward. Limits are Outlook's MessageForm limits (Mailbox 1.6).
 */
import type { Locale } from "../../i18n/locale";
import { englishT } from "../../i18n/translate";
import type { ForwardRequest } from "../../outlook/types";
import { defuseMarkers, encodeBlock, toPayload, type EncodedBlock } from "../../roundtrip";
import { utf8Length } from "../../roundtrip/bytes/utf8";
import { forwardSubject } from "./forwardSubject";
import { escapeHtml, renderSectionHtml } from "./renderHtml";
import type { Section } from "./reportBlocks";
import { buildReport, type ReportContext } from "./reportModel";

/** MessageForm.htmlBody limit: 32 KB. Counted in UTF-8 bytes, the stricter reading. */
export const MAX_HTML_BODY_BYTES = 32 * 1024;

/** The English cut note; the forward uses the pane's language ("mail.cut"). */
export const CUT_NOTE = englishT("mail.cut");
const cutHtml = (note: string): string => `<p><i>${escapeHtml(note)}</i></p>`;
// overflow-wrap: a long host name or address wraps at phone width instead of widening the message.
const HTML_START = '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;max-width:100%;overflow-wrap:anywhere;word-break:break-word">';
const HTML_END = "</div>";

/**
 * The readable diagnosis always keeps at least this much of the 32 KB; the machine-readable block
 * gets the rest it needs (it shrinks itself: diagnostics first, then recipients).
 */
export const READABLE_RESERVE_BYTES = 16 * 1024;

export interface ForwardInput extends ReportContext {
  to: string;
  /** The pane's language: decides how the subject joins the problem's title. */
  locale?: Locale;
  /** When the block says it was written; tests pass a fixed one. */
  now?: Date;
}

/** Largest per-field text limit at which the section fits in `budget` bytes, or undefined if none does. */
function fitSection(section: Section, budget: number): string | undefined {
  if (utf8Length(renderSectionHtml(section, 0)) > budget) return undefined;
  let low = 0;
  let high = 32 * 1024;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8Length(renderSectionHtml(section, mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  return renderSectionHtml(section, low);
}

/** The HTML body, cut section by section (never mid-tag) to stay within `maxBytes`. */
export function composeHtmlBody(sections: readonly Section[], maxBytes: number = MAX_HTML_BODY_BYTES, cutNote: string = CUT_NOTE): string {
  const CUT_HTML = cutHtml(cutNote);
  const frame = utf8Length(HTML_START) + utf8Length(HTML_END);
  let body = "";
  let used = frame;
  for (let i = 0; i < sections.length; i++) {
    const html = renderSectionHtml(sections[i]);
    const size = utf8Length(html);
    const isLast = i === sections.length - 1;
    // Keep room for the cut note unless this is the last section and it fits whole.
    if (used + size <= maxBytes && (isLast || used + size + utf8Length(CUT_HTML) <= maxBytes)) {
      body += html;
      used += size;
      continue;
    }
    const budget = maxBytes - used - utf8Length(CUT_HTML);
    const shortened = budget > 0 ? fitSection(sections[i], budget) : undefined;
    if (shortened !== undefined) body += shortened;
    body += CUT_HTML;
    break;
  }
  return HTML_START + body + HTML_END;
}

/** The block for the admin's pane, or undefined when even its smallest form doesn't fit `budget`. */
export function diagnosisBlock(input: ForwardInput, budget: number): EncodedBlock | undefined {
  const payload = toPayload(input.diagnosis, { item: input.source.item, diagnostics: input.hostDiagnostics, now: input.now });
  const block = encodeBlock(payload, { maxEncodedBytes: budget });
  return block.fits ? block : undefined;
}

/**
 * The readable part, with every marker word broken up (defuseMarkers): subject, server reply and
 * diagnostic come from the message, and a hostile bounce quoting a forged diagnosis block must not
 * get one into the forward. Only the block appended after this is ours. The HTML is defused as a
 * whole, so nothing rendered (labels included) can carry a marker; escaping changes no marker word.
 */
function readableHtml(sections: readonly Section[], maxBytes: number, cutNote: string): string {
  const html = defuseMarkers(composeHtmlBody(sections, maxBytes, cutNote));
  // Defusing lengthens the text: cut again (rarely needed) so the limit still holds.
  return utf8Length(html) <= maxBytes ? html : defuseMarkers(composeHtmlBody(sections, maxBytes - (utf8Length(html) - maxBytes) - 64, cutNote));
}

/** Readable part first, then the block; together within MAX_HTML_BODY_BYTES. */
export function composeForwardBody(input: ForwardInput): string {
  const sections = buildReport(input);
  const cutNote = (input.t ?? englishT)("mail.cut");
  const readable = readableHtml(sections, MAX_HTML_BODY_BYTES, cutNote);
  const reserve = Math.min(utf8Length(readable), READABLE_RESERVE_BYTES);
  const block = diagnosisBlock(input, MAX_HTML_BODY_BYTES - reserve);
  if (!block) return readable;
  // The block sits inside the frame, after the write-up, so the body stays one element.
  const body = readableHtml(sections, MAX_HTML_BODY_BYTES - block.bytes, cutNote);
  return body.slice(0, body.length - HTML_END.length) + block.html + HTML_END;
}

export function composeForward(input: ForwardInput): ForwardRequest {
  const { source } = input;
  return {
    to: input.to.trim(),
    subject: forwardSubject(input.diagnosis, input.t, input.locale),
    htmlBody: composeForwardBody(input),
    // Office can attach only the item the add-in is active on: the open message (or the one
    // whose attachment held the bounce). Files, pastes and samples have no item to attach.
    attachCurrentItem: source.fromOutlook && (source.origin === "message" || source.origin === "item-attachment" || source.origin === "file-attachment"),
    // A bounce read from the mailbox through Graph: the host attaches it by its id where the client can.
    ...(source.mailboxItem && !source.mailboxItem.sample
      ? { attachMailboxItem: { id: source.mailboxItem.id, name: source.mailboxItem.subject.trim() || source.label } }
      : {}),
  };
}
