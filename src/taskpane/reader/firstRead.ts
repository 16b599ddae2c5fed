import type { Locale } from "../../i18n/locale";
import { englishT, translatorFor } from "../../i18n/translate";
import { loadUiStrings } from "../../i18n/ui";
import type { MailHost, ReadOutcome } from "../../outlook/types";
import { perfMark } from "../common/perfMarks";
import { withTimeout } from "../common/withTimeout";
import { defaultParser } from "./parse/messageParser";
import { READ_TIMEOUT_MS, type Reading, readingOf } from "./reading";

/**
 * The first reading of the open message (read, classified, blocks found), started by Bootstrap the
 * moment Office is ready. Bootstrap waits a little for it before mounting the pane, so a quick
 * reading goes on screen in the pane's first render: one render, layout and paint instead of two
 * (the pane with "Reading the message…", then again with the diagnosis). A slower one is handed
 * over still running, and the pane shows its loading state meanwhile. Either way Outlook's read
 * overlaps React building the pane instead of waiting for it.
 */
export interface FirstRead {
  host: MailHost;
  /** Rejects as a read does (a timeout, a host that throws); useBounceReader reports it. */
  reading: Promise<Reading>;
  /** The reading, once it has succeeded. */
  settled?: Reading;
  /** Stops its parsing (the pane moved on before it finished); the reading then rejects. */
  abort(): void;
}

/** How long Bootstrap keeps its "starting" spinner for the first reading before showing the pane without it. */
export const FIRST_VIEW_WAIT_MS = 250;

export function startFirstRead(host: MailHost, locale: Locale): FirstRead {
  perfMark("ndr:read-start");
  let outcome: Promise<ReadOutcome>;
  try {
    outcome = withTimeout(host.readCurrent(), READ_TIMEOUT_MS, "Outlook");
  } catch (error) {
    outcome = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // Labels are worded in the pane's language: its table is usually loaded by now (never rejects).
  const words = loadUiStrings(locale).then(translatorFor, () => englishT);
  const controller = new AbortController();
  const first: FirstRead = {
    host,
    reading: Promise.all([outcome, words]).then(([o, t]) => {
      perfMark("ndr:read-done");
      return readingOf(o, host, t, defaultParser(), controller.signal);
    }),
    abort: () => controller.abort(),
  };
  first.reading.then(
    (value) => {
      first.settled = value;
    },
    // Until the reader takes it over, a failure must not surface as an unhandled rejection.
    () => undefined,
  );
  return first;
}

/** Resolves when the reading has finished (either way) or after `ms`, whichever is first. */
export function firstReadOrTimeout(first: FirstRead, ms: number = FIRST_VIEW_WAIT_MS): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    first.reading.then(finish, finish);
  });
}
