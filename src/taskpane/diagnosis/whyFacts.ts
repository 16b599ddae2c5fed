/**
 * "Why we think so" in plain words: what the server said and the few facts that decided the
 * reading, never the classifier's internal names (reason ids, guidance ids, layout markers).
 * Only evidence codes with a plain sentence here are told; the rest stay in the classifier.
 */
import type { Diagnosis, Evidence } from "../../classifier/types";
import type { Translate } from "../../i18n/translate";
import { oneLine } from "../common/oneLine";
import type { ProblemModel } from "./problemModel";

/** A phrase the classifier matched, short enough to quote (it is protocol text, as the server wrote it). */
function quotedPhrase(e: Evidence): string | undefined {
  const phrase = e.params?.phrase;
  return phrase && phrase.length <= 120 ? oneLine(phrase) : undefined;
}

function factOf(e: Evidence, t: Translate): string | undefined {
  switch (e.code) {
    case "host.microsoft":
      return t("why.microsoft");
    case "container.inline-forward":
      return t("why.inlineForward");
    case "container.attachment":
      return t("why.attachment");
    case "reason.exo-no-answer":
      return t("why.noAnswer");
    case "reason.phrase":
    case "reason.report-text": {
      const phrase = quotedPhrase(e);
      return phrase ? t("why.phrase", { phrase }) : undefined;
    }
    default:
      return undefined;
  }
}

export function whyFacts(model: ProblemModel, diagnosis: Pick<Diagnosis, "reportingMta" | "evidence">, t: Translate): string[] {
  const facts: string[] = [];
  const evidence = [...model.problem.recipients.flatMap((r) => r.evidence), ...diagnosis.evidence];
  for (const e of evidence) {
    const fact = factOf(e, t);
    if (fact) facts.push(fact);
  }
  if (model.entry.generic) facts.push(t("why.generic"));
  const remote = model.first?.remoteMta;
  if (remote) facts.push(t("why.refusedBy", { server: oneLine(remote) }));
  if (diagnosis.reportingMta) facts.push(t("why.reportedBy", { server: oneLine(diagnosis.reportingMta) }));
  return [...new Set(facts)];
}
