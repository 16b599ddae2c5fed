import { useEffect, useRef, useState } from "react";
import type { DroppedFile, HostDropEvent, MailHost, OfficeFailure } from "../../outlook/types";

/** Office sends "dragover" repeatedly and no "dragleave": the highlight fades this long after the last one. */
export const DRAG_HIGHLIGHT_MS = 1500;

export interface HostDropState {
  /** True while Outlook reports a drag over the pane. */
  dragging: boolean;
}

/**
 * Listens for drops Outlook hands to the add-in (DragAndDropEvent on the web and new Outlook).
 * Hosts without it have no onDrop; the pane's HTML5 drop handles those clients.
 */
export function useHostDrop(host: MailHost, onDrop: (files: DroppedFile[], failures: OfficeFailure[]) => void): HostDropState {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  latest.current = onDrop;

  useEffect(() => {
    if (typeof host.onDrop !== "function") return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: () => void = () => undefined;
    const handler = (event: HostDropEvent): void => {
      clearTimeout(timer);
      if (event.type === "dragover") {
        setDragging(true);
        timer = setTimeout(() => setDragging(false), DRAG_HIGHLIGHT_MS);
        return;
      }
      setDragging(false);
      latest.current(event.files, event.failures);
    };
    try {
      unsubscribe = host.onDrop(handler);
    } catch {
      // Registration failures are the host's to report (diagnostics); the HTML5 drop still works.
    }
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host]);

  return { dragging };
}
