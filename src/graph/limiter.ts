/**
 * At most 4 Graph requests in flight per mailbox: the Outlook service's documented concurrency
 * limit (../shared/docs/graph-naa.md §2.6); a fifth would be answered 429. One limiter per
 * mailbox, shared by every client on that mailbox in this page (the list, the headlines, the
 * sent-message match). A request the user is waiting for ("high": opening a bounce) goes ahead of
 * queued background work (headlines).
 */

export const MAX_IN_FLIGHT = 4;

export type Priority = "high" | "normal";

export interface Limiter {
  /** Runs `task` once a slot is free; the slot is released when it settles. */
  run<T>(task: () => Promise<T>, priority?: Priority, signal?: AbortSignal): Promise<T>;
  readonly inFlight: number;
  readonly queued: number;
}

export class AbortedError extends Error {
  constructor() {
    super("The request was cancelled.");
    this.name = "AbortError";
  }
}

export function createLimiter(max = MAX_IN_FLIGHT): Limiter {
  let inFlight = 0;
  const queues: Record<Priority, Array<() => void>> = { high: [], normal: [] };

  const next = (): void => {
    while (inFlight < max) {
      const start = queues.high.shift() ?? queues.normal.shift();
      if (!start) return;
      start();
    }
  };

  return {
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return queues.high.length + queues.normal.length;
    },
    run<T>(task: () => Promise<T>, priority: Priority = "normal", signal?: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(new AbortedError());
        const queue = queues[priority];
        const start = (): void => {
          signal?.removeEventListener("abort", onAbort);
          inFlight++;
          let result: Promise<T>;
          try {
            result = task();
          } catch (e) {
            result = Promise.reject(e);
          }
          result.then(resolve, reject).finally(() => {
            inFlight--;
            next();
          });
        };
        // Cancelled while still queued: it never takes a slot.
        const onAbort = (): void => {
          const at = queue.indexOf(start);
          if (at >= 0) queue.splice(at, 1);
          reject(new AbortedError());
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        queue.push(start);
        next();
      });
    },
  };
}

const perMailbox = new Map<string, Limiter>();

/** The one limiter of a mailbox (its address, lower-cased) in this page. */
export function limiterFor(mailbox: string): Limiter {
  const key = mailbox.trim().toLowerCase();
  let limiter = perMailbox.get(key);
  if (!limiter) perMailbox.set(key, (limiter = createLimiter()));
  return limiter;
}
