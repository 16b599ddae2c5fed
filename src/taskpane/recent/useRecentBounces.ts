/**
 * Recent bounces from the mailbox (Microsoft Graph through nested app authentication) and "this
 * message bounced", as one self-contained hook the shell calls once. It talks to the rest of the
 * pane only through the reader: it `explain`s a bounce, and reads `state` to know what is on screen.
 *
 * - Nothing is read until the user asks: the search is off until they turn it on (roaming
 *   settings, MailHost.mailboxBounces); off, this hook makes no request and loads nothing.
 * - The list: newest first, 25 at a time; each row's report is fetched and classified for its
 *   headline (the Graph client keeps at most 4 requests in flight per mailbox); a pick fetches the
 *   whole MIME (cap 25 MB) and hands it to the reader, which shows the normal diagnosis.
 * - With the search on and an ordinary message open (no bounce in it), the bounces that refer to
 *   it are looked up without a click, and the newest is explained ("This message bounced…").
 * - Preview: the same list over the bundled samples (./sampleMailbox.ts), labelled as samples.
 *
 * This file is in the pane's first view, so it holds only state; the work is in
 * ./recentController.ts, a lazy chunk loaded on the first action.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MailboxFailure } from "../../graph/types";
import type { BounceCandidate, MailHost } from "../../outlook/types";
import { whenIdle } from "../common/whenIdle";
import { useStrings } from "../i18n/LocaleProvider";
import { defaultParser, type MessageParser } from "../reader/parse/messageParser";
import type { BounceReader } from "../reader/useBounceReader";
import type { RecentController } from "./recentController";
import { CLOSED_VIEW, type MatchState, type RecentBounces, type RecentMode, type RecentRow, type RecentView } from "./recentTypes";

export type { RecentBounces, RecentRow } from "./recentTypes";

function modeOf(host: MailHost, enabled: boolean): RecentMode {
  if (host.mailboxBounces) return enabled ? "on" : "off";
  const reason = host.mailboxBouncesUnavailable;
  if (reason === "preview") return "samples";
  if (reason === "no-naa" || reason === "not-exchange-online") return "unavailable";
  return "none";
}

export function useRecentBounces(host: MailHost, reader: Pick<BounceReader, "state" | "explain">, parser: MessageParser = defaultParser()): RecentBounces {
  const { t, date } = useStrings();
  const mailbox = host.mailboxBounces;
  const [enabled, setEnabled] = useState(() => mailbox?.isEnabled() === true);
  const [view, setView] = useState<RecentView>(CLOSED_VIEW);
  // The list can be folded away (to read a diagnosis) without losing its rows.
  const [listOpen, setListOpen] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string>();
  const [turnedOff, setTurnedOff] = useState(false);
  const mode = modeOf(host, enabled);
  const words = useRef(t);
  words.current = t;

  /** Hands a bounce to the reader; the diagnosis is what matters now, so the list folds away ("Back to recent bounces" reopens it). */
  const explain = reader.explain;
  const explainBounce = useCallback(
    (candidate: BounceCandidate) => {
      setListOpen(false);
      explain(candidate);
    },
    [explain],
  );

  // The controller (and with it the Graph client, MSAL and the sample mailbox) loads on first use.
  const controller = useRef<Promise<RecentController>>(undefined);
  const latest = useRef({ mailbox, parser, t, date, explainBounce });
  latest.current = { mailbox, parser, t, date, explainBounce };
  const work = useCallback((): Promise<RecentController> => {
    if (!controller.current) {
      const pending = import(/* webpackChunkName: "recent" */ "./recentController").then((m) =>
        m.createRecentController(
          {
            get mailbox() {
              return latest.current.mailbox;
            },
            get parser() {
              return latest.current.parser;
            },
            words: () => latest.current,
            explain: (candidate) => latest.current.explainBounce(candidate),
          },
          setView,
        ),
      );
      // A chunk that didn't arrive (network) is tried again on the next action.
      pending.catch(() => {
        if (controller.current === pending) controller.current = undefined;
      });
      controller.current = pending;
    }
    return controller.current;
  }, []);
  /** Runs an action once the controller has loaded; if its chunk can't be fetched, `failed` says so where the action would have. */
  const run = useCallback(
    (action: (c: RecentController) => Promise<unknown>, failed?: (failure: MailboxFailure) => void) => {
      void work().then(action, (e: unknown) => {
        const failure: MailboxFailure = { kind: "network", step: "Loading the recent-bounces list", message: e instanceof Error ? e.message : String(e) };
        if (failed) failed(failure);
        else setView((v) => ({ ...v, list: { status: "failed", failure } }));
      });
    },
    [work],
  );
  useEffect(() => () => void controller.current?.then((c) => c.reset()), []);

  // Turned on earlier: the list's code and MSAL load while the pane is idle (the pane's own files;
  // no sign-in, nothing asked of Graph), so the first click doesn't wait for them. Off, nothing is fetched.
  useEffect(() => {
    if (mode !== "on" && mode !== "samples") return;
    whenIdle(() => {
      void work().catch(() => undefined);
      mailbox?.prepare?.();
    }, 2000);
  }, [mode, work, mailbox]);

  /** `interactive` false when the list opens by itself: a sign-in window then waits for the user's click. */
  const openList = useCallback(
    (interactive = true) => {
      setListOpen(true);
      if (view.list.status === "closed" || view.list.status === "failed") run((c) => c.load(interactive));
    },
    [view.list.status, run],
  );

  const turnOn = useCallback(async () => {
    if (!mailbox) return openList();
    setEnabled(true);
    setTurnedOff(false);
    setSaveProblem(undefined);
    openList();
    const saved = await mailbox.setEnabled(true);
    if (!saved.ok) setSaveProblem(words.current("recent.notSaved", { reason: saved.key ? words.current(`host.${saved.key}`) : saved.message }));
  }, [mailbox, openList]);

  const turnOff = useCallback(async () => {
    void controller.current?.then((c) => c.reset());
    setEnabled(false);
    setTurnedOff(true);
    setListOpen(false);
    setView(CLOSED_VIEW);
    const saved = await mailbox?.setEnabled(false);
    setSaveProblem(
      saved && !saved.ok ? words.current("recent.notSaved", { reason: saved.key ? words.current(`host.${saved.key}`) : saved.message }) : undefined,
    );
  }, [mailbox]);

  // The pinned pane lost its item (Outlook hands add-ins no bounce report): with the search on,
  // the list is where the user picks it, so it opens by itself, once per reading.
  const autoOpened = useRef<unknown>(undefined);
  useEffect(() => {
    const reading = reader.state;
    if (mode !== "on" || host.info.mode !== "outlook" || reading.status !== "no-item" || autoOpened.current === reading) return;
    autoOpened.current = reading;
    if (!listOpen) openList(false);
  }, [reader.state, mode, host, listOpen, openList]);

  // "This message bounced": with the search on, an ordinary message open and no bounce in it.
  const matchedFor = useRef<{ reading: unknown; retry: number }>(undefined);
  // Bumped by "Sign in and check": the same reading is looked up again, the sign-in window allowed.
  const [retries, setRetries] = useState(0);
  useEffect(() => {
    const reading = reader.state;
    if (mode !== "on" || !mailbox || reading.status !== "no-bounce" || !mailbox.openMessage()) return;
    const last = matchedFor.current;
    if (last && last.reading === reading && last.retry === retries) return;
    const interactive = last !== undefined && last.reading === reading;
    matchedFor.current = { reading, retry: retries };
    const abort = new AbortController();
    run(
      (c) => c.match(reading, abort.signal, interactive),
      (failure) => setView((v) => ({ ...v, match: { status: "failed", failure, reading } })),
    );
    // A new reading (another item) cancels the look-up for the old one.
    return () => abort.abort();
  }, [reader.state, mode, mailbox, retries, run]);

  const state = reader.state;
  const shown = state.status === "success" ? state.results[state.selected] : undefined;
  const showingId = shown?.source.origin === "mailbox" && shown.id.startsWith("mailbox:") ? shown.id.slice("mailbox:".length) : undefined;

  return useMemo(() => {
    const { match } = view;
    // A match shows while one of its bounces is on screen; a look-up (or its failure) while its reading is.
    const visible: MatchState =
      match.status === "found"
        ? showingId && match.rows.some((r) => r.message.id === showingId)
          ? match
          : { status: "idle" }
        : match.reading === state
          ? match
          : { status: "idle" };
    return {
      mode,
      unavailable: host.mailboxBouncesUnavailable,
      list: listOpen ? view.list : { status: "closed" },
      showingId,
      opening: view.opening,
      openFailure: view.openFailure,
      wait: view.wait,
      saveProblem,
      turnedOff,
      match: visible,
      adminConsentUrl: mailbox?.adminConsentUrl,
      turnOn: () => void turnOn(),
      turnOff: () => void turnOff(),
      openList: () => openList(),
      hideList: () => setListOpen(false),
      refresh: () => run((c) => c.load()),
      loadMore: () => run((c) => c.loadMore()),
      pick: (row: RecentRow) => run((c) => c.pick(row)),
      retryMatch: () => setRetries((n) => n + 1),
      showMatch: (row: RecentRow) => run((c) => c.showMatch(row)),
    };
  }, [view, showingId, state, mode, host, listOpen, saveProblem, turnedOff, mailbox, turnOn, turnOff, openList, run]);
}
