import { useCallback, useEffect, useRef, useState } from "react";
import type { ClassifyInput, Diagnosis } from "../../classifier/types";
import { loadEngine } from "../engine/loadEngine";
import type { BounceCandidate, HostMessageKey, MailHost } from "../../outlook/types";
import { TimeoutError, errorMessage, withTimeout } from "../lib/withTimeout";
import { type Translate, englishT } from "../../i18n/translate";
import { localizeCandidateLabel } from "../i18n/candidateLabel";
import { type ClassifyFn, classifyCandidates } from "./classifyCandidates";
import type { MessageKey, ReaderState } from "./readerState";

const hostKey = (key: HostMessageKey | undefined): MessageKey | undefined => (key ? { key: `host.${key}` } : undefined);

/** Office can leave a call unanswered (restricted item, pinned pane); the pane says so instead of spinning. */
export const READ_TIMEOUT_MS = 30_000;

const SUPERSEDED = Symbol("superseded");

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

/**
 * Reads the open message and classifies it. Every run gets a generation number; a result that
 * arrives after the user moved on (ItemChanged, another paste) is dropped, so a slow read of the
 * previous message can never overwrite the current one.
 */
/** The real classifier, from its own chunk (started at boot, so usually loaded by now). */
const engineClassify: ClassifyFn = async (input: ClassifyInput): Promise<Diagnosis> => (await loadEngine()).classify(input);

export function useBounceReader(host: MailHost, classify: ClassifyFn = engineClassify, t: Translate = englishT): BounceReader {
  const [state, setState] = useState<ReaderState>({ status: "loading" });
  const generation = useRef(0);
  // Read through a ref: a language change must not start a new read of the message.
  const words = useRef(t);
  words.current = t;

  const run = useCallback((work: () => Promise<ReaderState | typeof SUPERSEDED>) => {
    const mine = ++generation.current;
    setState({ status: "loading" });
    work().then(
      (next) => {
        if (generation.current === mine && next !== SUPERSEDED) setState(next);
      },
      (error: unknown) => {
        if (generation.current !== mine) return;
        const messageKey: MessageKey | undefined =
          error instanceof TimeoutError ? { key: "host.readTimeout", params: { seconds: Math.round(error.ms / 1000) } } : undefined;
        setState({ status: "error", message: errorMessage(error), messageKey, failures: [] });
      },
    );
  }, []);

  const readCurrent = useCallback(
    () =>
      run(async () => {
        const outcome = await withTimeout(host.readCurrent(), READ_TIMEOUT_MS, "Outlook");
        // The host numbers its reads too; an outcome it marks superseded is about an older item.
        if (outcome.status === "superseded") return SUPERSEDED;
        if (outcome.status === "no-item") return { status: "no-item", message: outcome.message, messageKey: hostKey(outcome.key) };
        if (outcome.status === "error") return { status: "error", message: outcome.message, messageKey: hostKey(outcome.key), failures: outcome.failures, item: outcome.item };
        const ctx = { fromOutlook: host.info.mode === "outlook", item: outcome.item, path: outcome.path, failures: outcome.failures };
        const candidates = outcome.candidates.map((c) => localizeCandidateLabel(c, words.current));
        return classifyCandidates(candidates, ctx, classify);
      }),
    [host, classify, run],
  );

  useEffect(() => {
    const runs = generation;
    readCurrent();
    let unsubscribe: () => void = () => undefined;
    try {
      unsubscribe = host.onItemChanged(() => readCurrent());
    } catch {
      // No ItemChanged (old host): the pane still works for the item it opened on.
    }
    return () => {
      runs.current++;
      unsubscribe();
    };
  }, [host, readCurrent]);

  const explainAll = useCallback(
    (candidates: readonly BounceCandidate[]) => {
      if (candidates.length > 0) run(() => classifyCandidates(candidates, { fromOutlook: false, failures: [] }, classify));
    },
    [classify, run],
  );
  const explain = useCallback((candidate: BounceCandidate) => explainAll([candidate]), [explainAll]);

  const select = useCallback((index: number) => {
    setState((current) => (current.status === "success" && index >= 0 && index < current.results.length ? { ...current, selected: index } : current));
  }, []);

  return { state, explain, explainAll, select, reload: readCurrent };
}
