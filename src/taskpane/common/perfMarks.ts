/**
 * Performance marks on the way from Office.onReady to the diagnosis on screen, for
 * scripts/trace-first-diagnosis.mjs and the DevTools performance panel. Off unless the pane's URL
 * carries `perf` (taskpane.html?perf=1): a pinned pane reads messages all day, and marks left on
 * would pile up in the performance timeline. Never logs anything.
 */
let enabled: boolean | undefined;

function on(): boolean {
  if (enabled === undefined) {
    try {
      enabled =
        typeof performance !== "undefined" && typeof performance.mark === "function" && new URLSearchParams(globalThis.location?.search ?? "").has("perf");
    } catch {
      enabled = false;
    }
  }
  return enabled;
}

/** Names every mark the pane sets, so the trace script and the code agree. */
export type PerfMark =
  | "ndr:host-ready"
  | "ndr:read-start"
  | "ndr:read-done"
  | "ndr:worker-start"
  | "ndr:worker-ready"
  | "ndr:classify-done"
  | "ndr:blocks-done"
  | "ndr:state-set"
  | "ndr:diagnosis-render"
  | "ndr:diagnosis-committed"
  // The recent-bounces list (scripts/bench-recent.ts --trace)
  | "recent:connected"
  | "recent:listed"
  | "recent:headline";

export function perfMark(name: PerfMark): void {
  if (!on()) return;
  try {
    performance.mark(name);
  } catch {
    // A mark is a measurement aid; failing to set one must never affect the pane.
  }
}
