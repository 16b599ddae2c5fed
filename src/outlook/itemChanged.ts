/**
 * One Office ItemChanged registration (Mailbox 1.5) shared by every pane subscriber: added when the
 * first handler subscribes, removed when the last one leaves. Add/remove calls are queued and each
 * reconciles with the wanted state, so a quick unsubscribe/subscribe (React StrictMode) can't end
 * with no handler. The event also fires when the new item is null (a pinned pane moved to an
 * item Outlook won't give add-ins); handlers are called either way.
 */
import { callOffice } from "./officeErrors";
import { isMailboxSetSupported, REQUIRES } from "./requirementSets";
import type { OfficeFailure } from "./types";

export interface ItemChangedHub {
  subscribe(handler: () => void): () => void;
  /** Settles once queued add/remove calls are done (tests and diagnostics wait on it). */
  settled(): Promise<void>;
  /** The last add/remove failure, if any. */
  lastFailure(): OfficeFailure | undefined;
}

export function createItemChangedHub(office: typeof Office, onChange: () => void, timeoutMs?: number): ItemChangedHub {
  const handlers = new Set<() => void>();
  let registered = false;
  let failure: OfficeFailure | undefined;
  let queue: Promise<void> = Promise.resolve();

  const fire = (): void => {
    try {
      onChange();
    } catch {
      // The host's own bookkeeping must not stop pane handlers from hearing about the change.
    }
    for (const h of [...handlers]) {
      try {
        h();
      } catch {
        // A failing subscriber must not keep the others from hearing about the change.
      }
    }
  };

  const mailbox = (() => {
    try {
      return office.context?.mailbox;
    } catch {
      return undefined;
    }
  })();
  const supported =
    isMailboxSetSupported(office, REQUIRES.itemChanged) &&
    typeof mailbox?.addHandlerAsync === "function" &&
    typeof mailbox.removeHandlerAsync === "function";
  if (!supported) {
    failure = { step: "addHandlerAsync (ItemChanged)", code: "NotSupported", message: "This Outlook doesn't tell add-ins when the selected message changes (needs Mailbox 1.5)." };
  }

  const reconcile = async (): Promise<void> => {
    if (!supported || !mailbox) return;
    const want = handlers.size > 0;
    if (want && !registered) {
      const r = await callOffice<void>(office, "addHandlerAsync (ItemChanged)", (cb) => mailbox.addHandlerAsync(office.EventType.ItemChanged, fire, cb), timeoutMs);
      registered = r.ok;
      failure = r.ok ? undefined : r.failure;
    } else if (!want && registered) {
      const r = await callOffice<void>(office, "removeHandlerAsync (ItemChanged)", (cb) => mailbox.removeHandlerAsync(office.EventType.ItemChanged, cb), timeoutMs);
      // If removal failed the handler may still fire; with no subscribers it only ages reads, which is harmless.
      registered = !r.ok;
      failure = r.ok ? undefined : r.failure;
    }
  };
  const enqueue = (): void => {
    queue = queue.then(reconcile, reconcile);
  };

  return {
    subscribe(handler) {
      // Wrap so the same function subscribed twice is two subscriptions, each removable once.
      const entry = (): void => handler();
      handlers.add(entry);
      enqueue();
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        handlers.delete(entry);
        enqueue();
      };
    },
    settled: () => queue,
    lastFailure: () => failure,
  };
}
