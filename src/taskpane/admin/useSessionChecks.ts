import { useCallback, useState } from "react";

const PREFIX = "ndr-assistant.checklist.";
/** When sessionStorage is blocked, ticks still survive switching views within this page. */
const memory = new Map<string, string[]>();

function load(key: string): string[] {
  try {
    const raw = window.sessionStorage.getItem(PREFIX + key);
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string").slice(0, 100);
  } catch {
    // Blocked or garbled storage: fall back to this page's copy.
  }
  return memory.get(key) ?? [];
}

/** Ticked checklist items for one diagnosis, kept for the browser session (not roamed: it's this admin's scratchpad). */
export function useSessionChecks(key: string): [ReadonlySet<string>, (item: string, ticked: boolean) => void] {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(load(key)));
  const [forKey, setForKey] = useState(key);
  if (forKey !== key) {
    setForKey(key);
    setTicked(new Set(load(key)));
  }
  const toggle = useCallback(
    (item: string, on: boolean) => {
      setTicked((current) => {
        const next = new Set(current);
        if (on) next.add(item);
        else next.delete(item);
        const list = [...next];
        memory.set(key, list);
        try {
          window.sessionStorage.setItem(PREFIX + key, JSON.stringify(list));
        } catch {
          // Memory copy above is enough for this page.
        }
        return next;
      });
    },
    [key],
  );
  return [ticked, toggle];
}
