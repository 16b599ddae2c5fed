/**
 * The work behind the recent-bounces list, in the lazily loaded "recent" chunk (nothing of it is
 * needed before the user opens the list or turns the mailbox search on): connecting to the
 * mailbox (or the preview's sample mailbox), listing, reading each row's headline, opening a
 * pick, and looking up the open message's bounces. React-free; it reports through `update`.
 *
 * Work belongs to a generation: refreshing or turning off cancels what is in flight, and an
 * answer for an older generation changes nothing.
 */
import type { ClassifyInput, Diagnosis } from "../../classifier/types";
import type { FetchedBounce, MailboxFailure, MailboxMessage, MailboxResult, MailboxSource, WaitNotice } from "../../graph/types";
import type { BounceCandidate } from "../../outlook/types";
import { perfMark } from "../common/perfMarks";
import type { ClassifyFn, MailBounces } from "./controllerHost";
import { matchOpenMessage } from "./matchOpenMessage";
import { CLOSED_VIEW, type RecentRow, type RecentView, type ViewPublish } from "./recentTypes";
import { sampleMailbox } from "./sampleMailbox";

type Connected = MailboxResult<MailboxSource>;

/**
 * The reader hands a bounce's bytes to the parse worker (transferred, so the buffer is emptied
 * here); a report kept for later (the open message's bounces) is handed over as a copy.
 */
const kept = (fetched: FetchedBounce): FetchedBounce => (fetched.input instanceof Uint8Array ? { ...fetched, input: fetched.input.slice() } : fetched);

export interface RecentController {
  /** `interactive` false: the list opened by itself, so no sign-in window (the failure says to sign in). */
  load(interactive?: boolean): Promise<void>;
  loadMore(): Promise<void>;
  pick(row: RecentRow): Promise<boolean>;
  showMatch(row: RecentRow): Promise<void>;
  match(reading: unknown, signal: AbortSignal, interactive: boolean): Promise<void>;
  /** Cancels everything and forgets the connection (turning the search off). */
  reset(): void;
}

/**
 * A report's headline comes from the parse worker, as every reading does (the UI thread never
 * parses message content). The worker takes the input's buffers (transferred); a copy goes, so the
 * fetched report stays whole for the diagnosis it may be opened in.
 */
function headlineClassifier(host: MailBounces): ClassifyFn {
  return async (input: ClassifyInput): Promise<Diagnosis> => {
    const copy = input instanceof Uint8Array ? input.slice() : input;
    const read = await host.parser.read({ id: "mailbox-headline", origin: "mailbox", label: "", input: copy, path: "graph-mime" });
    if (!read.diagnosis) throw new Error(read.unreadable ?? "The report could not be read.");
    return read.diagnosis;
  };
}

/** A fetched bounce as the reader's candidate, named so the pane says which message it explains. */
function candidateOf(host: MailBounces, message: MailboxMessage, fetched: FetchedBounce): BounceCandidate {
  const sample = fetched.path === "sample";
  const { t, date } = host.words();
  return {
    id: `mailbox:${message.id}`,
    origin: "mailbox",
    label: t(sample ? "recent.fromSamples" : "recent.fromMailbox", {
      subject: message.subject.trim() || t("state.noSubject"),
      date: date(message.receivedDateTime) ?? message.receivedDateTime,
    }),
    input: fetched.input,
    path: sample ? "sample" : fetched.path,
    mailboxItem: {
      id: message.id,
      subject: message.subject,
      date: message.receivedDateTime,
      ...(message.from?.address ? { from: message.from.address } : {}),
      ...(sample ? { sample: true } : {}),
    },
  };
}

export function createRecentController(host: MailBounces, publish: ViewPublish, initial: RecentView = CLOSED_VIEW): RecentController {
  const classify = headlineClassifier(host);
  const explain = (message: MailboxMessage, fetched: FetchedBounce): void => host.explain(candidateOf(host, message, fetched));
  // The controller owns the view: it reads the current one synchronously and publishes each change.
  let view = initial;
  const update = (change: (v: RecentView) => RecentView): void => {
    view = change(view);
    publish(view);
  };
  let generation = { controller: new AbortController() };
  let connection: Promise<Connected> | undefined;

  const renew = (): typeof generation => {
    generation.controller.abort();
    generation = { controller: new AbortController() };
    return generation;
  };
  const set = (patch: Partial<RecentView>): void => update((v) => ({ ...v, ...patch }));
  const onWait = (notice: WaitNotice): void => {
    set({ wait: notice });
    setTimeout(() => update((v) => (v.wait === notice ? { ...v, wait: undefined } : v)), notice.seconds * 1000 + 500);
  };

  function connect(): Promise<Connected> {
    if (!connection) {
      const pending: Promise<Connected> = host.mailbox
        ? host.mailbox.connect().then((r) => (r.ok ? { ok: true, value: r.source } : r))
        : Promise.resolve({ ok: true, value: sampleMailbox() });
      connection = pending;
      void pending.then((r) => {
        if (!r.ok) {
          if (connection === pending) connection = undefined;
        } else r.value.onWait?.(onWait);
      });
    }
    return connection;
  }

  // Headlines arrive one by one (25 in a second or so); each would re-render the whole pane, so
  // they are applied together, at most once per frame.
  const pendingRows = new Map<string, Partial<RecentRow>>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const flushRows = (): void => {
    flushTimer = undefined;
    if (pendingRows.size === 0) return;
    const patches = new Map(pendingRows);
    pendingRows.clear();
    update((v) =>
      v.list.status === "ready"
        ? { ...v, list: { ...v.list, rows: v.list.rows.map((row) => (patches.has(row.message.id) ? { ...row, ...patches.get(row.message.id) } : row)) } }
        : v,
    );
  };
  const patchRow = (id: string, patch: Partial<RecentRow>): void => {
    pendingRows.set(id, { ...pendingRows.get(id), ...patch });
    flushTimer ??= setTimeout(flushRows, 16);
  };

  /** Fetches and classifies each row's report for its headline; the Graph client keeps 4 in flight. */
  function readHeadlines(source: MailboxSource, messages: MailboxMessage[], gen: typeof generation): void {
    for (const message of messages) {
      void (async () => {
        const r = await source.fetchBounce(message.id, { purpose: "headline", signal: gen.controller.signal });
        if (generation !== gen) return;
        if (!r.ok) return patchRow(message.id, { failure: r.failure });
        try {
          const diagnosis = await classify(r.value.input);
          perfMark("recent:headline");
          if (generation === gen) patchRow(message.id, { diagnosis });
        } catch (e) {
          patchRow(message.id, { failure: { kind: "bad-response", step: "Reading the report", message: e instanceof Error ? e.message : String(e) } });
        }
      })();
    }
  }

  /**
   * A pick always fetches afresh (the whole MIME, up to 25 MB): the message may have been deleted
   * since the list was read, and the forward attaches it by its id.
   */
  async function fetchForOpen(id: string, signal?: AbortSignal): Promise<MailboxResult<FetchedBounce>> {
    const connected = await connect();
    return connected.ok ? connected.value.fetchBounce(id, { purpose: "open", signal }) : connected;
  }

  return {
    async load(interactive = true) {
      const gen = renew();
      set({ list: { status: "loading" }, openFailure: undefined });
      const connected = await connect();
      perfMark("recent:connected");
      if (generation !== gen) return;
      if (!connected.ok) return set({ list: { status: "failed", failure: connected.failure } });
      const page = await connected.value.listBounces(undefined, { signal: gen.controller.signal, interactive });
      perfMark("recent:listed");
      if (generation !== gen) return;
      if (!page.ok) return set({ list: { status: "failed", failure: page.failure } });
      const { bounces, cursor, filteredHere, scanned } = page.value;
      set({ list: { status: "ready", rows: bounces.map((message) => ({ message })), cursor, filteredHere, scanned } });
      readHeadlines(connected.value, bounces, gen);
    },

    async loadMore() {
      const gen = generation;
      const current = view.list;
      if (current.status !== "ready" || !current.cursor || current.more === "loading") return;
      const cursor = current.cursor;
      const seen = new Set(current.rows.map((r) => r.message.id));
      update((v) => (v.list.status === "ready" ? { ...v, list: { ...v.list, more: "loading" } } : v));
      const connected = await connect();
      const page = connected.ok ? await connected.value.listBounces(cursor, { signal: gen.controller.signal }) : connected;
      if (generation !== gen) return;
      if (!page.ok) return update((v) => (v.list.status === "ready" ? { ...v, list: { ...v.list, more: page.failure } } : v));
      const fresh = page.value.bounces.filter((m) => !seen.has(m.id));
      update((v) =>
        v.list.status === "ready"
          ? {
              ...v,
              list: {
                ...v.list,
                rows: [...v.list.rows, ...fresh.map((message) => ({ message }))],
                cursor: page.value.cursor,
                scanned: v.list.scanned + page.value.scanned,
                filteredHere: v.list.filteredHere || page.value.filteredHere,
                more: undefined,
              },
            }
          : v,
      );
      if (connected.ok) readHeadlines(connected.value, fresh, gen);
    },

    async pick(row) {
      const id = row.message.id;
      const gen = generation;
      set({ opening: id, openFailure: undefined });
      const r = await fetchForOpen(id, gen.controller.signal);
      if (generation !== gen) return false;
      if (!r.ok) {
        update((v) => ({
          ...v,
          opening: undefined,
          openFailure: r.failure,
          // Gone from the mailbox: the row goes too, so it can't be picked again.
          list: r.failure.kind === "not-found" && v.list.status === "ready" ? { ...v.list, rows: v.list.rows.filter((x) => x.message.id !== id) } : v.list,
        }));
        return false;
      }
      set({ opening: undefined });
      explain(row.message, r.value);
      return true;
    },

    async showMatch(row) {
      const r = row.fetched && row.fetched.path !== "graph-body+headers" ? { ok: true as const, value: kept(row.fetched) } : await fetchForOpen(row.message.id);
      if (!r.ok) return set({ openFailure: r.failure });
      explain(row.message, r.value);
    },

    async match(reading, signal, interactive) {
      const open = host.mailbox?.openMessage();
      if (!open) return;
      update((v) => ({ ...v, match: { status: "searching", reading } }));
      const failed = (failure: MailboxFailure): void => update((v) => ({ ...v, match: { status: "failed", failure, reading } }));
      const connected = await connect();
      if (signal.aborted) return;
      if (!connected.ok) return failed(connected.failure);
      const found = await matchOpenMessage(connected.value, open, { classify, signal, interactive });
      if (signal.aborted) return;
      if (!found.ok) return failed(found.failure);
      if (!found.value) return update((v) => ({ ...v, match: { status: "idle" } }));
      const { rows, recipients, newest } = found.value;
      update((v) => ({ ...v, match: { status: "found", rows, recipients } }));
      explain(newest.message, kept(newest.fetched));
    },

    reset() {
      renew();
      pendingRows.clear();
      connection = undefined;
      update(() => CLOSED_VIEW);
    },
  };
}
