/**
 * Where the recent-bounces UI sits in the pane, in the first view: two small gates that render
 * nothing when there is nothing to show, and otherwise the UI from its lazy chunk ("recent-ui").
 */
import { Suspense } from "react";
import type { ReaderState } from "../reader/readerState";
import { LazyRecentNotice, LazyRecentPanel } from "../shell/lazyViews";
import type { RecentBounces } from "./recentTypes";

/** Where the list is offered: nothing (or the wrong thing) on screen. */
export function offersList(state: ReaderState): boolean {
  return state.status === "no-item" || state.status === "no-bounce" || state.status === "error";
}

/** Above the diagnosis: "This message bounced…", the look-up's progress or failure, the way back to the list. */
export function RecentBouncesNotice({ recent }: { recent: RecentBounces }) {
  const back = recent.showingId !== undefined && recent.list.status === "closed" && recent.mode !== "none";
  if (recent.match.status === "idle" && !back) return null;
  return (
    <Suspense fallback={null}>
      <LazyRecentNotice recent={recent} />
    </Suspense>
  );
}

/** Below the reader's state: the offer, the list, the sample mailbox, or why there is none. */
export function RecentBouncesPanel({ recent, state }: { recent: RecentBounces; state: ReaderState }) {
  if (recent.mode === "none" || (recent.list.status === "closed" && !offersList(state))) return null;
  return (
    <Suspense fallback={null}>
      <LazyRecentPanel recent={recent} state={state} />
    </Suspense>
  );
}
