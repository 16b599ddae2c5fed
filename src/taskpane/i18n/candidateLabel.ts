import type { Translate } from "../../i18n/translate";
import type { BounceCandidate } from "../../outlook/types";

/** The host labels candidates in English; the pane words the ones it knows in its own language. */
export function localizeCandidateLabel(candidate: BounceCandidate, t: Translate): BounceCandidate {
  if (candidate.origin === "message") return { ...candidate, label: t("candidate.thisMessage") };
  if (candidate.origin === "item-attachment" || candidate.origin === "file-attachment") {
    // Without the name (older host, test double) the host's own label is kept.
    const name = candidate.attachmentName;
    if (name) return { ...candidate, label: t("candidate.attachment", { name }) };
  }
  return candidate;
}
