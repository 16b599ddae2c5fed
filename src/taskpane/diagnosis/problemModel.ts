/**
 * One problem (a guidance entry and its recipients) as the pane and the forward say it: the
 * five-second answer (headline naming the domain or recipient, the code and the server's reply
 * in one line, one sentence of cause), the user's steps, the admin steps grouped by organisation
 * with their commands ready to run, what to send the other organisation, and the primary action.
 * Pure: the views render it, the forward writes it.
 */
import type { Diagnosis, GuidanceEntry, RecipientDiagnosis } from "../../classifier/types";
import { type Translate, format } from "../../i18n/translate";
import { isolatedText } from "../common/bidiText";
import { oneLine } from "../common/oneLine";
import { replyPhrase } from "../common/replyPhrase";
import type { Problem } from "./groupProblems";
import { detailOf, headlineOf, tellRecipientOf } from "./guidanceFields";
import { type Organisations, organisationsOf } from "./organisations";
import { type KnownValues, fillPlaceholders, knownValues } from "./placeholders";
import { type PrimaryAction, primaryActionFor } from "./primaryAction";
import { type StepGroup, stepGroups } from "./stepGroups";

export interface ProblemModel {
  problem: Problem;
  entry: GuidanceEntry;
  first?: RecipientDiagnosis;
  orgs: Organisations;
  values: KnownValues;
  headline: string;
  /** "550 5.4.1", or "" when the report gives no code. */
  code: string;
  /** "550 5.4.1 Relay Access Denied": the code and the server's own words, one short line. */
  codeLine: string;
  cause: string;
  detail?: string;
  userSteps: string[];
  groups: StepGroup[];
  /** The message to send the other organisation (its admin must act), with the facts they need. */
  note?: string;
  /** The guidance's word to the user on what to tell the other organisation ({domain} filled). */
  tellRecipient?: string;
  action: PrimaryAction;
}

/** {domain} and {recipient} in the guidance's sentences, in the reader's words when unknown. */
function sentenceValues(orgs: Organisations, t: Translate): Record<string, string> {
  return {
    // Message-derived: isolated for bidi, direction controls shown as markers (common/bidiText).
    domain: orgs.recipientDomain ? isolatedText(orgs.recipientDomain) : t("fill.domain"),
    recipient: orgs.recipient ? isolatedText(oneLine(orgs.recipient)) : t("fill.recipient"),
  };
}

/** Both placeholder styles: the contract's {domain} and the table's older <domain>. */
function fill(text: string, words: Record<string, string>, values: KnownValues): string {
  return fillPlaceholders(format(text, words), values);
}

/** The code line's own words stay short: the full reply is one click away ("Why we think so"). */
const MAX_LINE_PHRASE = 60;

/** "mailbox full; STOREDRV.Deliver.Exception:…" → "mailbox full …": the first clause, or the first words. */
function shortPhrase(phrase: string): string {
  if (phrase.length <= MAX_LINE_PHRASE) return phrase;
  const clause = phrase.indexOf("; ");
  if (clause > 0 && clause <= MAX_LINE_PHRASE) return `${phrase.slice(0, clause)} …`;
  const head = phrase.slice(0, MAX_LINE_PHRASE);
  const space = head.lastIndexOf(" ");
  return `${space > 20 ? head.slice(0, space) : head}…`;
}

/** "550 5.4.1 Relay Access Denied": the code and the server's words, one short line. */
export function codeLineOf(recipient: Pick<RecipientDiagnosis, "reply" | "status" | "diagnostic"> | undefined): { code: string; line: string } {
  if (!recipient) return { code: "", line: "" };
  const code = [recipient.reply, recipient.status].filter(Boolean).join(" ");
  const phrase = recipient.diagnostic ? shortPhrase(replyPhrase(recipient.diagnostic)) : "";
  return { code, line: [code, phrase].filter(Boolean).join(" ") };
}

/** The message for the other organisation: what happened, in the user's voice, and the facts their admin needs. */
function noteFor(
  model: Pick<ProblemModel, "first">,
  diagnosis: Pick<Diagnosis, "reportingMta" | "arrivalDate">,
  words: Record<string, string>,
  t: Translate,
): string {
  const lines = [t("note.default", { recipient: words.recipient }), ""];
  const r = model.first;
  if (r?.diagnostic) lines.push(t("note.reply", { reply: isolatedText(oneLine(r.diagnostic)) }));
  else if (r && (r.reply || r.status)) lines.push(t("note.reply", { reply: [r.reply, r.status].filter(Boolean).join(" ") }));
  if (r?.address) lines.push(t("note.recipient", { address: isolatedText(oneLine(r.address)) }));
  if (diagnosis.arrivalDate) lines.push(t("note.date", { date: isolatedText(oneLine(diagnosis.arrivalDate)) }));
  if (r?.remoteMta) lines.push(t("note.remoteServer", { server: isolatedText(oneLine(r.remoteMta)) }));
  if (diagnosis.reportingMta) lines.push(t("note.reportedBy", { server: isolatedText(oneLine(diagnosis.reportingMta)) }));
  return lines.join("\n").trim();
}

/** Sentences that say the same thing twice (a step repeating the cause) are shown once. */
function withoutRepeats(steps: readonly string[], already: readonly string[]): string[] {
  const seen = new Set(already.map((s) => s.trim().toLowerCase()));
  return steps.filter((s) => {
    const key = s.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function problemModel(
  problem: Problem,
  diagnosis: Pick<Diagnosis, "original" | "reportingMta" | "arrivalDate">,
  mailboxOwner: string | undefined,
  t: Translate,
): ProblemModel {
  const entry = problem.guidance;
  const first = problem.recipients[0];
  const orgs = organisationsOf(diagnosis, first, mailboxOwner);
  const values = knownValues(first?.address, orgs.sender);
  const words = sentenceValues(orgs, t);
  const { code, line } = codeLineOf(first);
  const headline = fill(headlineOf(entry), words, values);
  const cause = fill(entry.cause, words, values);
  const detailText = detailOf(entry);
  const detail = detailText ? fill(detailText, words, values) : undefined;
  const userSteps = withoutRepeats(
    entry.userSteps.map((s) => fill(s, words, values)),
    [headline, cause],
  );
  const groups = stepGroups(entry, orgs, values).map((g) => (g.condition ? { ...g, condition: fill(g.condition, words, values) } : g));
  const action = primaryActionFor({
    whoMustAct: entry.whoMustAct,
    reason: first?.reason ?? entry.reason,
    recipient: first?.address || undefined,
    orgs,
    groups,
  });
  const model: ProblemModel = { problem, entry, first, orgs, values, headline, code, codeLine: line, cause, userSteps, groups, action };
  if (detail && detail !== cause) model.detail = detail;
  // What to send the other organisation: when its admin is the one to act, or when the entry says what to tell them.
  const otherOrg = orgs.relation !== "same" && !orgs.consumerProvider;
  const tell = tellRecipientOf(entry);
  if (action.kind === "copy-note" || (otherOrg && tell)) {
    model.note = noteFor(model, diagnosis, words, t);
    if (tell) model.tellRecipient = fill(tell, words, values);
  }
  return model;
}
