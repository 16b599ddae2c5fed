/**
 * "Wait for DNS to propagate" made concrete: how long ago the bounce happened against the
 * 72 hours Microsoft gives DNS changes. The clock is passed in so tests can fix it.
 */
export const PROPAGATION_WINDOW_HOURS = 72;

export type PropagationCheck =
  | { known: true; hours: number; within: boolean; text: string }
  | { known: false; text: string };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `when` is the bounce's arrival date (or the item's date) as the message gave it. */
export function propagationCheck(when: string | undefined, now: Date): PropagationCheck {
  const at = when ? Date.parse(when) : Number.NaN;
  if (Number.isNaN(at) || Number.isNaN(now.getTime())) {
    return { known: false, text: `DNS propagation: the bounce's date isn't known, so compare the time of the DNS change with the ${PROPAGATION_WINDOW_HOURS}-hour window yourself.` };
  }
  const hours = Math.floor((now.getTime() - at) / 3_600_000);
  if (hours < 0) return { known: false, text: "DNS propagation: the bounce is dated in the future (a wrong clock somewhere), so its age can't be judged." };
  const within = hours < PROPAGATION_WINDOW_HOURS;
  const age = hours < 1 ? "less than an hour" : hours < 48 ? plural(hours, "hour") : `${plural(hours, "hour")} (${plural(Math.floor(hours / 24), "day")})`;
  const verdict = within
    ? `within the ${PROPAGATION_WINDOW_HOURS}-hour window: if DNS was changed shortly before, it may still be propagating.`
    : `past the ${PROPAGATION_WINDOW_HOURS}-hour window: propagation no longer explains it.`;
  return { known: true, hours, within, text: `DNS propagation: the bounce was ${age} ago — ${verdict}` };
}
