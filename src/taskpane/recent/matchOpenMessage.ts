/**
 * Which bounces in the mailbox are about the open message: those whose In-Reply-To/References
 * name its Internet Message-ID (found by the Graph client), and, among recent reports without
 * those headers, the ones whose returned headers carry its Message-ID (looked for in the fetched
 * MIME, and by the classifier's `original.messageId`, which also reads encoded parts).
 */
import type { Diagnosis } from "../../classifier/types";
import { mimeRefersTo, normalizeMessageId } from "../../graph/matching";
import type { FetchedBounce, MailboxFailure, MailboxMessage, MailboxResult, MailboxSource, SentMessageRef } from "../../graph/types";
import type { ClassifyFn } from "./controllerHost";
import type { RecentRow } from "./recentTypes";

export interface OpenMessageMatch {
  /** Newest first. */
  rows: RecentRow[];
  /** Distinct recipients that failed, over every matching bounce. */
  recipients: number;
  /** The newest bounce, ready to explain. */
  newest: { message: MailboxMessage; fetched: FetchedBounce };
}

interface Read {
  message: MailboxMessage;
  fetched: FetchedBounce;
  diagnosis: Diagnosis;
}

export async function matchOpenMessage(
  source: MailboxSource,
  open: SentMessageRef,
  options: { classify: ClassifyFn; signal?: AbortSignal; interactive?: boolean },
): Promise<MailboxResult<OpenMessageMatch | undefined>> {
  const { signal, interactive } = options;
  const found = await source.findBouncesOf(open, { signal, interactive });
  if (!found.ok) return found;
  const wanted = normalizeMessageId(open.internetMessageId);
  let firstFailure: MailboxFailure | undefined;

  const read = async (message: MailboxMessage, byHeaders: boolean): Promise<Read | undefined> => {
    const r = await source.fetchBounce(message.id, { purpose: "headline", signal, interactive });
    if (!r.ok) {
      if (byHeaders) firstFailure ??= r.failure;
      return undefined;
    }
    const diagnosis = await options.classify(r.value.input).catch(() => undefined);
    if (!diagnosis?.isBounce) return undefined;
    if (byHeaders) return { message, fetched: r.value, diagnosis };
    const input = r.value.input;
    const inText = (typeof input === "string" || input instanceof Uint8Array) && mimeRefersTo(input, open.internetMessageId);
    const inReport = wanted !== undefined && normalizeMessageId(diagnosis.original?.messageId) === wanted;
    return inText || inReport ? { message, fetched: r.value, diagnosis } : undefined;
  };

  // The Graph client keeps these to 4 in flight; all are started together.
  const reads = await Promise.all([...found.value.byHeaders.map((m) => read(m, true)), ...found.value.toCheck.map((m) => read(m, false))]);
  const matched = reads
    .filter((r): r is Read => r !== undefined)
    .sort((a, b) => Date.parse(b.message.receivedDateTime) - Date.parse(a.message.receivedDateTime));
  if (matched.length === 0) return firstFailure ? { ok: false, failure: firstFailure } : { ok: true, value: undefined };

  const failed = new Set<string>();
  for (const m of matched) {
    for (const r of m.diagnosis.recipients) if (r.action === "failed" || r.action === "") failed.add(r.address.toLowerCase());
  }
  let newest = { message: matched[0].message, fetched: matched[0].fetched };
  // A headline read stops at 2 MB (text and headers beyond); the diagnosis shown gets the whole MIME.
  if (newest.fetched.path === "graph-body+headers") {
    const whole = await source.fetchBounce(newest.message.id, { purpose: "open", signal, interactive });
    if (whole.ok) newest = { message: newest.message, fetched: whole.value };
  }
  return {
    ok: true,
    value: { rows: matched.map((m) => ({ message: m.message, diagnosis: m.diagnosis, fetched: m.fetched })), recipients: Math.max(failed.size, 1), newest },
  };
}
