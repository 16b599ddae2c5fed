import { useCallback, useEffect, useRef, useState } from "react";
import { type Translate, englishT } from "../../i18n/translate";
import type { BounceCandidate, MailHost } from "../../outlook/types";
import { perfMark } from "../common/perfMarks";
import { TimeoutError, errorMessage, withTimeout } from "../common/withTimeout";
import { classifyCandidates } from "./classifyCandidates";
import type { FirstRead } from "./firstRead";
import type { MessageParser } from "./parse/messageParser";
import { ParseAbortedError } from "./parse/parseClient";
import type { MessageKey, ReaderState } from "./readerState";
import { READ_TIMEOUT_MS, type Reading, SUPERSEDED, readingOf } from "./reading";

export { READ_TIMEOUT_MS } from "./reading";

export interface BounceReader {
  state: ReaderState;
  /** Explain a file, paste, drop or sample instead of the open message. */
  explain(candidate: BounceCandidate): void;
  /** Explain several dropped files at once; the user picks among the bounces found. */
  explainAll(candidates: readonly BounceCandidate[]): void;
  /** Choose among several bounces found in one message. */
  select(index: number): void;
  /** Read the open message again. */
  reload(): void;
}

/** A first reading that finished before the pane mounted, for this host: the pane starts with it. */
function settledFor(first: FirstRead | undefined, host: MailHost): ReaderState | undefined {
  return first && first.host === host && first.settled !== undefined && first.settled !== SUPERSEDED ? first.settled : undefined;
}

/**
 * Reads the open message and classifies it (in the parse worker: `parser`). Every run gets a
 * generation number; a result that arrives after the user moved on (ItemChanged, another paste) is
 * dropped, so a slow read of the previous message can never overwrite the current one. A run that
 * is replaced also aborts its parsing, so a message stalling the worker doesn't hold up the next.
 *
 * `firstRead`: the first reading, started by Bootstrap (./firstRead.ts). Finished, it is the
 * initial state (no loading render); still running, the first read takes it over.
 */
export function useBounceReader(host: MailHost, parser: MessageParser, t: Translate = englishT, firstRead?: FirstRead): BounceReader {
  const [state, setState] = useState<ReaderState>(() => settledFor(firstRead, host) ?? { status: "loading" });
  // Whether the first render already showed the first reading. Asked again in the effect, "is it
  // settled?" could say yes for a reading that settled after that render: it would never be shown.
  const firstShown = useRef(state.status !== "loading");
  const generation = useRef(0);
  const abortRun = useRef<AbortController | undefined>(undefined);
  const started = useRef(firstRead);
  // Read through a ref: a language change must not start a new read of the message.
  const words = useRef(t);
  words.current = t;

  /** `current()` tells the work whether it is still the newest run; `signal` aborts when it is not. */
  const run = useCallback((work: (current: () => boolean, signal: AbortSignal) => Promise<Reading>) => {
    const mine = ++generation.current;
    abortRun.current?.abort();
    const controller = new AbortController();
    abortRun.current = controller;
    // Already loading (the first read): the same object, so React skips a render of the whole pane.
    setState((s) => (s.status === "loading" ? s : { status: "loading" }));
    work(() => generation.current === mine, controller.signal).then(
      (next) => {
        if (generation.current === mine && next !== SUPERSEDED) {
          perfMark("ndr:state-set");
          setState(next);
        }
      },
      (error: unknown) => {
        if (generation.current !== mine || error instanceof ParseAbortedError) return;
        const messageKey: MessageKey | undefined =
          error instanceof TimeoutError ? { key: "host.readTimeout", params: { seconds: Math.round(error.ms / 1000) } } : undefined;
        setState({ status: "error", message: errorMessage(error), messageKey, failures: [] });
      },
    );
  }, []);

  /** `pending`: a reading already under way (the first one), taken over instead of reading again. */
  const readCurrent = useCallback(
    (pending?: FirstRead) =>
      run(async (current, signal) => {
        if (pending) {
          // Taken over: replacing this run stops the first reading's parsing too.
          signal.addEventListener("abort", () => pending.abort(), { once: true });
          const reading = await pending.reading;
          // Superseded: the item changed before the pane listened for ItemChanged, so unless a
          // newer run is reading already, nobody else will read it.
          if (reading !== SUPERSEDED || !current()) return reading;
        }
        perfMark("ndr:read-start");
        const outcome = await withTimeout(host.readCurrent(), READ_TIMEOUT_MS, "Outlook");
        perfMark("ndr:read-done");
        return readingOf(outcome, host, words.current, parser, signal);
      }),
    [host, parser, run],
  );

  useEffect(() => {
    const runs = generation;
    // Only once, and only for the host it was started on; a reload reads afresh.
    const first = started.current?.host === host ? started.current : undefined;
    started.current = undefined;
    if (first && firstShown.current)
      runs.current++; // on screen since the first render
    else readCurrent(first);
    let unsubscribe: () => void = () => undefined;
    try {
      unsubscribe = host.onItemChanged(() => readCurrent());
    } catch {
      // No ItemChanged (old host): the pane still works for the item it opened on.
    }
    return () => {
      runs.current++;
      abortRun.current?.abort();
      unsubscribe();
    };
  }, [host, readCurrent]);

  const explainAll = useCallback(
    (candidates: readonly BounceCandidate[]) => {
      if (candidates.length > 0) run((_current, signal) => classifyCandidates(candidates, { fromOutlook: false, failures: [] }, parser, signal));
    },
    [parser, run],
  );
  const explain = useCallback((candidate: BounceCandidate) => explainAll([candidate]), [explainAll]);

  const select = useCallback((index: number) => {
    setState((current) => (current.status === "success" && index >= 0 && index < current.results.length ? { ...current, selected: index } : current));
  }, []);

  const reload = useCallback(() => readCurrent(), [readCurrent]);

  return { state, explain, explainAll, select, reload };
}
