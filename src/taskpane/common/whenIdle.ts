/**
 * Runs `work` when the page has nothing else to do (at the latest after `timeoutMs`), for warm-ups
 * that must never delay a render. WebKit (Outlook on Mac) has no requestIdleCallback: a timer there.
 * A throwing warm-up is swallowed: it only moves work earlier, and the real use reports failures.
 */
export function whenIdle(work: () => void, timeoutMs = 500): void {
  const safe = () => {
    try {
      work();
    } catch {
      // See above: the same work runs again, in earnest, where it is needed.
    }
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(safe, { timeout: timeoutMs });
  else setTimeout(safe, 0);
}
