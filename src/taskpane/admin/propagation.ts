/**
 * "Wait for DNS to propagate" made concrete: how long ago the bounce happened against the
 * 72 hours Microsoft gives DNS changes, said as a fact ("more than 3 days ago"), not a step to
 * tick. The clock is passed in so tests can fix it.
 */
import { type Translate, englishT } from "../../i18n/translate";

export const PROPAGATION_WINDOW_HOURS = 72;

export type PropagationCheck = { known: true; hours: number; within: boolean; text: string } | { known: false; text: string };

function ageOf(hours: number, t: Translate): string {
  if (hours < 1) return t("propagation.lessThanHour");
  if (hours === 1) return t("propagation.hoursOne");
  if (hours < 48) return t("propagation.hoursMany", { n: hours });
  return t("propagation.daysMany", { n: Math.floor(hours / 24) });
}

/** `when` is the bounce's arrival date (or the item's date) as the message gave it. */
export function propagationCheck(when: string | undefined, now: Date, t: Translate = englishT): PropagationCheck {
  const window = PROPAGATION_WINDOW_HOURS;
  const at = when ? Date.parse(when) : Number.NaN;
  if (Number.isNaN(at) || Number.isNaN(now.getTime())) return { known: false, text: t("propagation.unknown", { window }) };
  const hours = Math.floor((now.getTime() - at) / 3_600_000);
  if (hours < 0) return { known: false, text: t("propagation.future") };
  const within = hours < window;
  // Past the window the exact age means nothing more: "22456 hours (935 days)" says no more than "over 3 days".
  const text = within ? t("propagation.within", { age: ageOf(hours, t), window }) : t("propagation.past", { days: window / 24, window });
  return { known: true, hours, within, text };
}
