/**
 * One Office registration per mailbox event type (ItemChanged, DragAndDropEvent, OfficeThemeChanged),
 * shared by every pane subscriber: added when the first handler subscribes, removed when the last one
 * leaves. Office's removeHandlerAsync drops every handler of a type, so there must never be two
 * registrations of one type. Add/remove calls are queued and each reconciles with the wanted state,
 * so a quick unsubscribe/subscribe (React StrictMode) can't end with no handler.
 */
import { callOffice } from "./officeErrors";
import { isMailboxSetSupported } from "./requirementSets";
import type { OfficeFailure } from "./types";

export interface MailboxEventSpec {
  /** Office.EventType value; undefined when this office.js doesn't know the event. */
  eventType: Office.EventType | undefined;
  /** Used in failure steps, e.g. "ItemChanged". */
  label: string;
  requires: string;
  /** Extra detection beyond the requirement set (e.g. client families that lack the event). */
  available?: boolean;
  notSupported: string;
}

export interface MailboxEventHub<A> {
  readonly supported: boolean;
  subscribe(handler: (args: A) => void): () => void;
  /** Settles once queued add/remove calls are done (tests and diagnostics wait on it). */
  settled(): Promise<void>;
  /** The last add/remove failure, if any. */
  lastFailure(): OfficeFailure | undefined;
}

function mailboxOf(office: typeof Office): Office.Mailbox | undefined {
  try {
    return office.context?.mailbox ?? undefined;
  } catch {
    return undefined;
  }
}

/** `before` runs ahead of the subscribers on every event (the host's own bookkeeping). */
export function createMailboxEventHub<A>(office: typeof Office, spec: MailboxEventSpec, before?: (args: A) => void, timeoutMs?: number): MailboxEventHub<A> {
  const handlers = new Set<(args: A) => void>();
  let registered = false;
  let failure: OfficeFailure | undefined;
  let queue: Promise<void> = Promise.resolve();
  const mailbox = mailboxOf(office);
  const eventType = spec.eventType;
  const supported =
    eventType !== undefined &&
    spec.available !== false &&
    isMailboxSetSupported(office, spec.requires) &&
    typeof mailbox?.addHandlerAsync === "function" &&
    typeof mailbox.removeHandlerAsync === "function";

  const fire = (args: A): void => {
    try {
      before?.(args);
    } catch {
      // The host's own bookkeeping must not stop pane handlers from hearing about the event.
    }
    for (const h of [...handlers]) {
      try {
        h(args);
      } catch {
        // A failing subscriber must not keep the others from hearing about the event.
      }
    }
  };

  const reconcile = async (): Promise<void> => {
    if (!supported || !mailbox || eventType === undefined) return;
    const want = handlers.size > 0;
    if (want && !registered) {
      const r = await callOffice<void>(office, `addHandlerAsync (${spec.label})`, (cb) => mailbox.addHandlerAsync(eventType, fire, cb), timeoutMs);
      registered = r.ok;
      failure = r.ok ? undefined : r.failure;
    } else if (!want && registered) {
      const r = await callOffice<void>(office, `removeHandlerAsync (${spec.label})`, (cb) => mailbox.removeHandlerAsync(eventType, cb), timeoutMs);
      // If removal failed the handler may still fire; with no subscribers that is harmless.
      registered = !r.ok;
      failure = r.ok ? undefined : r.failure;
    }
  };
  const enqueue = (): void => {
    queue = queue.then(reconcile, reconcile);
  };

  return {
    supported,
    subscribe(handler) {
      // Wrap so the same function subscribed twice is two subscriptions, each removable once.
      const entry = (args: A): void => handler(args);
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
    lastFailure: () => failure ?? (supported ? undefined : { step: `addHandlerAsync (${spec.label})`, code: "NotSupported", message: spec.notSupported }),
  };
}

/** The Office.EventType value, or undefined when this office.js predates the event. */
export function eventTypeOf(office: typeof Office, name: "ItemChanged" | "DragAndDropEvent" | "OfficeThemeChanged"): Office.EventType | undefined {
  try {
    const value: unknown = (office.EventType as unknown as Record<string, unknown> | undefined)?.[name];
    return typeof value === "string" && value !== "" ? (value as unknown as Office.EventType) : undefined;
  } catch {
    return undefined;
  }
}
