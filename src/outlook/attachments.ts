/**
 * Reads attachments that may hold a bounce: attached messages (item attachments, given as EML)
 * and .eml/.msg files (given as Base64). Each attachment fails on its own; none is fatal.
 */
import { base64Chars, decodeBase64Strict, looksLikeBase64 } from "../classifier/mail/base64";
import { callOffice, errorName } from "./officeErrors";
import { isMailboxSetSupported, REQUIRES } from "./requirementSets";
import type { BounceCandidate, OfficeFailure } from "./types";

/** Reading stops after this many; a forwarded batch of NDRs rarely has more. */
export const MAX_ATTACHMENTS_READ = 10;
/**
 * Larger attachments (and whole messages, readMessage.ts) are skipped: a bounce is small, and
 * Base64 of a huge file would stall the pane.
 */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const MESSAGE_FILE_TYPES = new Set(["message/rfc822", "application/vnd.ms-outlook", "application/x-msg"]);

interface Details {
  id: string;
  name: string;
  attachmentType: string;
  contentType: string;
  size: number;
}

function asDetails(raw: unknown): Details | undefined {
  if (raw === null || typeof raw !== "object") return undefined;
  const a = raw as Record<string, unknown>;
  if (typeof a.id !== "string" || a.id === "") return undefined;
  return {
    id: a.id,
    name: typeof a.name === "string" ? a.name : "",
    attachmentType: typeof a.attachmentType === "string" ? a.attachmentType.toLowerCase() : "",
    contentType: typeof a.contentType === "string" ? a.contentType.toLowerCase().split(";")[0].trim() : "",
    size: typeof a.size === "number" ? a.size : 0,
  };
}

export function mayHoldBounce(a: Details): boolean {
  if (a.attachmentType === "item") return true;
  if (a.attachmentType !== "file") return false;
  const name = a.name.toLowerCase().trim();
  return name.endsWith(".eml") || name.endsWith(".msg") || MESSAGE_FILE_TYPES.has(a.contentType);
}

function labelFor(a: Details): string {
  return `Attachment: ${a.name.trim() || (a.attachmentType === "item" ? "attached message" : "file")}`;
}

function hintFor(a: Details, name: string | undefined): string | undefined {
  if (name === "AttachmentTypeNotSupported") return "Outlook can't give add-ins this kind of attachment.";
  if (name === "InvalidAttachmentId") return "Outlook no longer recognises this attachment; reopen the message and try again.";
  if (a.attachmentType === "item") {
    // Documented: items attached by drag-and-drop in OWA / new Outlook make getAttachmentContentAsync throw.
    return "Outlook couldn't give this attached message to the add-in (this happens to messages attached by drag-and-drop in Outlook on the web). Save it and drop it into the pane instead.";
  }
  return undefined;
}

function startsLikeMime(text: string): boolean {
  const firstLine = text.slice(0, 1000).split(/\r?\n/, 1)[0];
  const colon = firstLine.indexOf(":");
  return colon > 0 && !/\s/.test(firstLine.slice(0, colon));
}

type Content = { ok: true; content: string | Uint8Array; path: BounceCandidate["path"] } | { ok: false; failure: OfficeFailure };

/** Accepts whichever format Outlook chose: .msg files come back as Eml or Base64 inconsistently (office-js #6876). */
function interpret(office: typeof Office, a: Details, step: string, value: Office.AttachmentContent | undefined): Content {
  const content = typeof value?.content === "string" ? value.content : "";
  const format = value?.format;
  const path: BounceCandidate["path"] = a.attachmentType === "item" ? "item-attachment" : "file-attachment";
  if (content.trim() === "") return { ok: false, failure: { step, code: "Empty", message: "Outlook returned an empty attachment." } };
  // Optional: a host (or a test double) without MailboxEnums still names the formats by value.
  const formats = office.MailboxEnums?.AttachmentContentFormat;
  const eml: string = formats?.Eml ?? "eml";
  const base64: string = formats?.Base64 ?? "base64";
  if (format === eml || (format === undefined && startsLikeMime(content))) {
    // Some clients label Base64 as Eml; EML text always starts with a header field.
    if (!startsLikeMime(content) && looksLikeBase64(content)) {
      const bytes = decodeBase64Strict(content);
      if (bytes && bytes.length > 0) return { ok: true, content: bytes, path };
    }
    return { ok: true, content, path };
  }
  if (format === base64 || format === undefined) {
    const bytes = decodeBase64Strict(content);
    if (bytes && bytes.length > 0) return { ok: true, content: bytes, path };
    return { ok: false, failure: { step, code: "NotBase64", message: "Outlook returned attachment data that is not Base64." } };
  }
  return { ok: false, failure: { step, code: String(format), message: "Outlook returned this attachment in a form that can't hold a bounce." } };
}

/** One attachment's content, or why not. Never throws: one bad attachment must not cost the others (or the message). */
async function readOne(office: typeof Office, item: Office.MessageRead, a: Details, step: string, timeout: number | undefined): Promise<Content> {
  try {
    const r = await callOffice<Office.AttachmentContent>(office, step, (cb) => item.getAttachmentContentAsync(a.id, cb), timeout);
    if (!r.ok) {
      const hint = hintFor(a, errorName(r.error));
      return { ok: false, failure: hint ? { ...r.failure, message: `${r.failure.message} ${hint}` } : r.failure };
    }
    if (typeof r.value?.content === "string" && r.value.content.length > base64Chars(MAX_ATTACHMENT_BYTES)) {
      // The listed size can be missing or wrong; the content itself is the last word.
      return { ok: false, failure: { step, code: "TooLarge", message: "The attachment is too large to read in the pane." } };
    }
    return interpret(office, a, step, r.value);
  } catch (e) {
    return { ok: false, failure: { step, code: "Unexpected", message: e instanceof Error ? e.message : String(e) } };
  }
}

function listAttachments(item: Office.MessageRead): unknown[] {
  try {
    return Array.isArray(item.attachments) ? item.attachments : [];
  } catch {
    return [];
  }
}

export interface AttachmentRead {
  candidates: BounceCandidate[];
  failures: OfficeFailure[];
}

export async function readAttachmentCandidates(
  office: typeof Office,
  item: Office.MessageRead,
  options: { callTimeoutMs?: number } = {},
): Promise<AttachmentRead> {
  const failures: OfficeFailure[] = [];
  const candidates: BounceCandidate[] = [];
  const wanted = listAttachments(item)
    .map(asDetails)
    .filter((a): a is Details => a !== undefined && mayHoldBounce(a));
  if (wanted.length === 0) return { candidates, failures };

  if (!isMailboxSetSupported(office, REQUIRES.attachmentContent) || typeof item.getAttachmentContentAsync !== "function") {
    failures.push({
      step: "getAttachmentContentAsync",
      code: "NotSupported",
      message: "This Outlook can't give add-ins attachment contents (needs Mailbox 1.8). Save the attachment and drop it into the pane.",
    });
    return { candidates, failures };
  }

  for (const a of wanted.slice(0, MAX_ATTACHMENTS_READ)) {
    const step = `getAttachmentContentAsync (${a.name || a.attachmentType})`;
    if (a.size > MAX_ATTACHMENT_BYTES) {
      failures.push({ step, code: "TooLarge", message: "The attachment is too large to read in the pane." });
      continue;
    }
    const c = await readOne(office, item, a, step, options.callTimeoutMs);
    if (!c.ok) {
      failures.push(c.failure);
      continue;
    }
    candidates.push({
      id: `attachment:${a.id}`,
      origin: c.path === "item-attachment" ? "item-attachment" : "file-attachment",
      label: labelFor(a),
      ...(a.name.trim() ? { attachmentName: a.name.trim() } : {}),
      input: c.content,
      path: c.path,
      attachmentId: a.id,
    });
  }
  if (wanted.length > MAX_ATTACHMENTS_READ) {
    failures.push({ step: "attachments", code: "TooMany", message: `Only the first ${MAX_ATTACHMENTS_READ} attached messages were read.` });
  }
  return { candidates, failures };
}
