/**
 * The pinned pane's ItemChanged registration (Mailbox 1.5). The event also fires when the new item
 * is null (a pinned pane moved to an item Outlook won't give add-ins); handlers are called either way.
 */
import { createMailboxEventHub, eventTypeOf } from "./mailboxEvents";
import { REQUIRES } from "./requirementSets";
import type { OfficeFailure } from "./types";

export interface ItemChangedHub {
  subscribe(handler: () => void): () => void;
  /** Settles once queued add/remove calls are done (tests and diagnostics wait on it). */
  settled(): Promise<void>;
  /** The last add/remove failure, if any. */
  lastFailure(): OfficeFailure | undefined;
}

export function createItemChangedHub(office: typeof Office, onChange: () => void, timeoutMs?: number): ItemChangedHub {
  const hub = createMailboxEventHub<unknown>(
    office,
    {
      eventType: eventTypeOf(office, "ItemChanged"),
      label: "ItemChanged",
      requires: REQUIRES.itemChanged,
      notSupported: "This Outlook doesn't tell add-ins when the selected message changes (needs Mailbox 1.5).",
    },
    () => onChange(),
    timeoutMs,
  );
  return {
    subscribe: (handler) => hub.subscribe(() => handler()),
    settled: () => hub.settled(),
    lastFailure: () => hub.lastFailure(),
  };
}
