import type { Diagnosis } from "../../classifier/types";
import { type Translate, englishT } from "../../i18n/translate";
import { groupProblems } from "../diagnosis/groupProblems";
import { oneLine } from "../common/oneLine";
import { replyPhrase } from "./replyPhrase";

/** MessageForm.subject limit (Mailbox 1.6). */
export const MAX_SUBJECT_LENGTH = 255;


/**
 * e.g. "Bounce 550 5.4.1 Relay Access Denied to jo@fabrikam.com: please help". The code and the
 * recipient come first so they survive the cut when a long address pushes past 255 characters.
 */
export function forwardSubject(diagnosis: Diagnosis, t: Translate = englishT): string {
  const problems = groupProblems(diagnosis);
  const first = problems[0]?.recipients[0];
  const lead = diagnosis.kind === "delay" ? t("mail.subjectDelay") : t("mail.subjectBounce");
  const code = first ? [first.reply, first.status].filter(Boolean).join(" ") : "";
  const phrase = first ? replyPhrase(first.diagnostic) || first.guidance.title : "";
  const others = problems.reduce((n, p) => n + p.recipients.length, 0) - 1;
  const address = first?.address ? oneLine(first.address) : "";
  const to = !address
    ? ""
    : others === 0
      ? t("mail.subjectTo", { address })
      : others === 1
        ? t("mail.subjectToOthersOne", { address })
        : t("mail.subjectToOthersMany", { address, count: others });
  const tail = t("mail.subjectTail");
  const join = (...parts: string[]) => parts.map(oneLine).filter(Boolean).join(" ");

  const full = join(lead, code, phrase, to) + tail;
  if (full.length <= MAX_SUBJECT_LENGTH) return full;

  // Too long: drop the phrase, then cut the rest with an ellipsis.
  const short = join(lead, code, to) + tail;
  if (short.length <= MAX_SUBJECT_LENGTH) return short;
  return `${short.slice(0, MAX_SUBJECT_LENGTH - 1)}…`;
}
