/**
 * Drag and drop through Office (DragAndDropEvent, Mailbox 1.5): Outlook on the web and new Outlook
 * hand messages dragged from the list to the add-in as .eml files; classic Windows and Mac don't
 * raise the event (the pane's HTML5 drop covers them). Every file is read here, so the pane gets
 * bytes and a typed failure per file that couldn't be read.
 */
import { MAX_ATTACHMENT_BYTES } from "./attachments";
import { readBlobBytes } from "./blobBytes";
import { createMailboxEventHub, eventTypeOf, type MailboxEventHub } from "./mailboxEvents";
import { REQUIRES } from "./requirementSets";
import type { DroppedFile, HostDropEvent, OfficeFailure } from "./types";

/** More than this in one drop is not a bounce investigation; the rest are reported, not read. */
export const MAX_DROPPED_FILES = 10;

/** Outlook names its own event "olkDragAndDropEvent"; the data is in dragAndDropEventData. */
function eventData(args: unknown): { type: unknown; files: unknown } | undefined {
  if (args === null || typeof args !== "object") return undefined;
  const data = (args as { dragAndDropEventData?: unknown }).dragAndDropEventData;
  if (data === null || typeof data !== "object") return undefined;
  const d = data as { type?: unknown; dataTransfer?: unknown };
  const transfer = d.dataTransfer !== null && typeof d.dataTransfer === "object" ? (d.dataTransfer as { files?: unknown }) : undefined;
  return { type: d.type, files: transfer?.files };
}

function fileName(raw: unknown, index: number): string {
  const name = raw !== null && typeof raw === "object" ? (raw as { name?: unknown }).name : undefined;
  // A hostile or missing name must stay a short single line in the pane.
  const clean =
    typeof name === "string"
      ? [...name]
          .map((ch) => (ch < " " || ch === "\u007f" ? " " : ch))
          .join("")
          .trim()
          .slice(0, 200)
      : "";
  return clean || `dropped item ${index + 1}`;
}

export async function readDroppedFiles(rawFiles: unknown): Promise<{ files: DroppedFile[]; failures: OfficeFailure[] }> {
  const files: DroppedFile[] = [];
  const failures: OfficeFailure[] = [];
  const list = Array.isArray(rawFiles) ? rawFiles : [];
  if (list.length === 0) failures.push({ step: "DragAndDropEvent", code: "NoFiles", message: "Outlook reported a drop without any file." });
  // Sequential: a phone-sized webview shouldn't hold ten message copies in flight at once.
  for (let i = 0; i < Math.min(list.length, MAX_DROPPED_FILES); i++) {
    const raw: unknown = list[i];
    const name = fileName(raw, i);
    const content = raw !== null && typeof raw === "object" ? (raw as { fileContent?: unknown }).fileContent : undefined;
    const read = await readBlobBytes(content, MAX_ATTACHMENT_BYTES);
    if (!read.ok) {
      failures.push({ step: `DragAndDropEvent (${name})`, code: read.code, message: read.message });
      continue;
    }
    const type = raw !== null && typeof raw === "object" ? (raw as { type?: unknown }).type : undefined;
    files.push({ name, type: typeof type === "string" ? type : "", bytes: read.bytes });
  }
  if (list.length > MAX_DROPPED_FILES) {
    failures.push({ step: "DragAndDropEvent", code: "TooMany", message: `Only the first ${MAX_DROPPED_FILES} dropped items were read.` });
  }
  return { files, failures };
}

export interface DropSource {
  readonly supported: boolean;
  subscribe(handler: (event: HostDropEvent) => void): () => void;
  settled(): Promise<void>;
  lastFailure(): OfficeFailure | undefined;
}

/** Classic Windows and Mac refuse the handler ("This event isn't supported on this platform."); only web-based hosts raise it. */
function isWebBasedOutlook(office: typeof Office): boolean {
  try {
    const platform: unknown = office.context?.diagnostics?.platform ?? office.context?.platform;
    // The enum's value is the string "OfficeOnline"; compare as text so a missing enum doesn't matter.
    return String(platform) === "OfficeOnline";
  } catch {
    return false;
  }
}

export function createDropSource(office: typeof Office, timeoutMs?: number): DropSource {
  const hub: MailboxEventHub<unknown> = createMailboxEventHub<unknown>(
    office,
    {
      eventType: eventTypeOf(office, "DragAndDropEvent"),
      label: "DragAndDropEvent",
      requires: REQUIRES.dragAndDrop,
      available: isWebBasedOutlook(office),
      notSupported: "This Outlook doesn't hand drag and drop to add-ins; the pane's own drop zone is used instead.",
    },
    undefined,
    timeoutMs,
  );
  return {
    supported: hub.supported,
    subscribe(handler) {
      return hub.subscribe((args) => {
        const data = eventData(args);
        if (!data) return;
        if (data.type === "dragover") {
          handler({ type: "dragover" });
          return;
        }
        if (data.type !== "drop") return;
        readDroppedFiles(data.files).then(
          (r) => handler({ type: "drop", ...r }),
          // readDroppedFiles handles every file's failure itself; this guards our own bugs.
          (e: unknown) => handler({ type: "drop", files: [], failures: [{ step: "DragAndDropEvent", message: e instanceof Error ? e.message : String(e) }] }),
        );
      });
    },
    settled: () => hub.settled(),
    lastFailure: () => (hub.supported ? hub.lastFailure() : undefined),
  };
}
