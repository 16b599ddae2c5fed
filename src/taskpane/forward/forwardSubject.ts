import type { Diagnosis } from "../../classifier/types";
import type { Locale } from "../../i18n/locale";
import { type Translate, englishT } from "../../i18n/translate";
import { defuseMarkers } from "../../roundtrip/defuse";
import { oneLine } from "../common/oneLine";
import { groupProblems } from "../diagnosis/groupProblems";

/** MessageForm.subject limit (Mailbox 1.6). */
export const MAX_SUBJECT_LENGTH = 255;

/**
 * "The destination server…" reads as a subject's tail in lower case ("— the destination server…"),
 * except in German (nouns keep their capital) and when the title starts with an acronym ("DNS").
 */
function asTail(title: string, locale: Locale | undefined): string {
  if (locale === "de" || title.length < 2) return title;
  const [first, second] = [title[0], title[1]];
  return first !== first.toLowerCase() && second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * e.g. "Bounce: megan.bowen@fabrikam.com — the destination mail server doesn't accept mail for
 * that domain (550 5.4.1)": what happened in plain words, with the code admins search for. Within
 * 255 characters: the title is shortened first, then the address. One line, no marker words.
 */
export function forwardSubject(diagnosis: Diagnosis, t: Translate = englishT, locale?: Locale): string {
  const problems = groupProblems(diagnosis);
  const first = problems[0]?.recipients[0];
  const lead = diagnosis.kind === "delay" ? t("mail.subjectDelay") : t("mail.subjectBounce");
  const code = first ? [first.reply, first.status].filter(Boolean).join(" ") : "";
  const title = first ? oneLine(asTail(first.guidance.title, locale)) : "";
  const others = problems.reduce((n, p) => n + p.recipients.length, 0) - 1;
  const build = (address: string, what: string): string => {
    const who = !address
      ? ""
      : others <= 0
        ? address
        : others === 1
          ? t("mail.subjectWhoOne", { address })
          : t("mail.subjectWhoMany", { address, count: others });
    const key = who ? (code ? "mail.subject" : "mail.subjectNoCode") : code ? "mail.subjectNoWho" : "mail.subjectNoWhoNoCode";
    return oneLine(defuseMarkers(t(key, { lead, who, what, code })));
  };
  const address = first?.address ? oneLine(first.address) : "";
  const full = build(address, title);
  if (full.length <= MAX_SUBJECT_LENGTH) return full;
  // Too long: the title gives way first, down to a few words; then the address. Lengths are
  // measured with a one-character stand-in, as oneLine may fold the spaces around an empty part.
  const room = MAX_SUBJECT_LENGTH - (build(address, "x").length - 1);
  if (room >= 20) return build(address, cut(title, room));
  const shortTitle = cut(title, 40);
  const addressRoom = MAX_SUBJECT_LENGTH - (build("x", shortTitle).length - 1);
  const shortened = build(cut(address, Math.max(8, addressRoom)), shortTitle);
  return shortened.length <= MAX_SUBJECT_LENGTH ? shortened : cut(shortened, MAX_SUBJECT_LENGTH);
}
