/**
 * Outlook .msg (OLE compound file) input: converted into MessageParts with @kenjiuno/msgreader.
 * Loaded lazily so the browser bundle only pays for it when a .msg actually arrives (msgreader
 * pulls in iconv-lite, which expects a Buffer global in browsers).
 */
import { makeDecoder } from "./mime/textCodec";
import type { InputAttachment, MessageParts } from "./types";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isMsgFile(bytes: Uint8Array): boolean {
  if (bytes.length < OLE_MAGIC.length) return false;
  for (let i = 0; i < OLE_MAGIC.length; i++) if (bytes[i] !== OLE_MAGIC[i]) return false;
  return true;
}

/** The subset of msgreader's FieldsData we read (its own type is wide and Node-flavoured). */
interface MsgFields {
  subject?: string;
  body?: string;
  bodyHtml?: string;
  html?: Uint8Array;
  headers?: string;
  senderEmail?: string;
  senderName?: string;
  messageClass?: string;
  attachments?: MsgFields[];
  fileName?: string;
  name?: string;
  attachMimeTag?: string;
  innerMsgContent?: true;
  innerMsgContentFields?: MsgFields;
}

interface MsgReaderLike {
  getFileData(): MsgFields;
  getAttachment(attach: MsgFields): { fileName: string; content: Uint8Array };
}

/**
 * The transport headers, or — for a message that never crossed SMTP (an NDR Exchange put straight
 * into the mailbox) — From and Subject rebuilt from the sender and subject properties, so the
 * sender still reads as "postmaster". Line breaks are dropped from values: they must not start new headers.
 */
function headerBlock(fields: MsgFields): string | undefined {
  if (fields.headers?.trim()) return fields.headers;
  const one = (s: string | undefined): string => (s ?? "").replace(/[\r\n]+/g, " ").trim();
  const lines: string[] = [];
  const name = one(fields.senderName);
  const email = one(fields.senderEmail);
  if (email) lines.push(`From: ${name ? `${name} <${email}>` : email}`);
  else if (name) lines.push(`From: ${name}`);
  if (one(fields.subject)) lines.push(`Subject: ${one(fields.subject)}`);
  return lines.length ? lines.join("\r\n") + "\r\n" : undefined;
}

/** Headers of an embedded message, with its body as plain text, so it can be read as EML. */
function embeddedAsEml(fields: MsgFields): string {
  const head = (headerBlock(fields) ?? "")
    .split(/\r?\n(?![ \t])/)
    .filter((line) => line && !/^content-(?:type|transfer-encoding):/i.test(line))
    .join("\r\n");
  return `${head}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${fields.body ?? ""}`;
}

/**
 * Throws UnreadableMsgError (typed reason, plain detail) when the compound file is malformed, so
 * msgreader is never handed a file whose chains or directory could make it loop or allocate
 * without end, or when msgreader itself fails on what is left.
 */
export async function msgToParts(bytes: Uint8Array): Promise<MessageParts> {
  // Loaded with msgreader, only when a .msg arrives: the check is no part of the main bundle.
  const { checkCompoundFile, UnreadableMsgError } = await import("./compoundFile");
  const check = checkCompoundFile(bytes);
  if (!check.ok) throw new UnreadableMsgError(check.problem.defect, `not a readable compound file: ${check.problem.detail}`);
  type Ctor = new (b: ArrayBuffer) => MsgReaderLike;
  // CommonJS interop differs between bundlers: the class is `default` or `default.default`.
  const mod = (await import("@kenjiuno/msgreader")) as unknown as { default: Ctor | { default: Ctor } };
  const Reader: Ctor = typeof mod.default === "function" ? mod.default : mod.default.default;
  const copy = bytes.slice().buffer;
  try {
    return partsOf(new Reader(copy));
  } catch (error) {
    // A property stored with an unexpected type (a binary "subject") fails here too, not later.
    throw new UnreadableMsgError("reader-failed", `the .msg reader failed: ${String(error).slice(0, 200)}`);
  }
}

function partsOf(reader: MsgReaderLike): MessageParts {
  const data = reader.getFileData();
  const attachments: InputAttachment[] = [];
  for (const att of data.attachments ?? []) {
    try {
      if (att.innerMsgContent && att.innerMsgContentFields) {
        attachments.push({
          name: att.name ?? att.fileName ?? "embedded.msg",
          contentType: "message/rfc822",
          content: embeddedAsEml(att.innerMsgContentFields),
        });
        continue;
      }
      const file = reader.getAttachment(att);
      attachments.push({ name: file.fileName ?? att.fileName ?? "", contentType: att.attachMimeTag, content: file.content });
    } catch {
      // An unreadable attachment is skipped; the message itself is still read.
    }
  }
  const html = data.bodyHtml ?? (data.html ? makeDecoder("utf-8").decode(data.html) : undefined);
  return { headers: headerBlock(data), subject: data.subject, text: data.body, html, attachments };
}
