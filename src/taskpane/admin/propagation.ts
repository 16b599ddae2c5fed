/**
 * "Wait for DNS to propagate" made concrete: how long ago the bounce happened against the
 * 72 hours Microsoft gives DNS changes. The clock is passed in so tests can fix it.
 */
import { type Translate, englishT } from "../../i18n/translate";

export const PROPAGATION_WINDOW_HOURS = 72;

export type PropagationCheck =
  | { known: true; hours: number; within: boolean; text: string }
  | { known: false; text: string };

/** `when` is the bounce's arrival date (or the item's date) as the message gave it. */
export function propagationCheck(when: string | undefined, now: Date, t: Translate = englishT): PropagationCheck {
  const window = PROPAGATION_WINDOW_HOURS;
  const at = when ? Date.parse(when) : Number.NaN;
  if (Number.isNaN(at) || Number.isNaN(now.getTime())) return { known: false, text: t("propagation.unknown", { window }) };
  const hours = Math.floor((now.getTime() - at) / 3_600_000);
  if (hours < 0) return { known: false, text: t("propagation.future") };
  const within = hours < window;
  const hoursText = hours === 1 ? t("propagation.hoursOne") : t("propagation.hoursMany", { n: hours });
  const days = Math.floor(hours / 24);
  const daysText = days === 1 ? t("propagation.daysOne") : t("propagation.daysMany", { n: days });
  const age = hours < 1 ? t("propagation.lessThanHour") : hours < 48 ? hoursText : t("propagation.hoursAndDays", { hours: hoursText, days: daysText });
  return { known: true, hours, within, text: t(within ? "propagation.within" : "propagation.past", { age, window }) };
}
