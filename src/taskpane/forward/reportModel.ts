import type { Diagnosis, RecipientDiagnosis } from "../../classifier/types";
import { type EvidenceTexts, warningLines } from "../../i18n/evidence";
import { type Translate, englishT } from "../../i18n/translate";
import { withoutContent } from "../../outlook/diagnostics";
import type { HostDiagnostics, HostInfo } from "../../outlook/types";
import { failureLine } from "../shell/diagnosticsLines";
import { actorLabels } from "../diagnosis/actorLabels";
import type { ExplainedSource } from "../reader/explainedSource";
import { groupProblems, type Problem } from "../diagnosis/groupProblems";
import { safeHttpsUrl } from "../common/safeUrl";
import type { Block, Section } from "./reportBlocks";
import { plainDomainOf, stepsForDomain } from "../diagnosis/fillDomain";

export interface ReportContext {
  diagnosis: Diagnosis;
  source: ExplainedSource;
  hostInfo?: HostInfo;
  /** The host's own facts and recent failures (never message content). */
  hostDiagnostics?: HostDiagnostics;
  /**
   * The user ticked "Include the bounce text": the server's own reply lines, the lines the
   * classifier matched and the names of the message and attachment go into the write-up.
   * Off by default, so nothing quoted from the message travels unless the user chose it.
   */
  includeBounceText?: boolean;
  /** The pane's language for the write-up's own words; English when absent. */
  t?: Translate;
  /** The classifier's reading warnings in the pane's language (loadEvidenceTexts); its English when absent. */
  evidenceTexts?: EvidenceTexts;
}

/** A bounce can list thousands of recipients; the write-up names the first few. */
const MAX_NAMED_RECIPIENTS = 20;

function field(label: string, value: string | undefined): Array<{ label: string; value: string }> {
  return value && value.trim() ? [{ label, value }] : [];
}

function introSection(ctx: ReportContext, t: Translate): Section {
  const delay = ctx.diagnosis.kind === "delay";
  return [{ type: "paragraph", parts: [{ text: delay ? t("mail.introDelay") : t("mail.introBounce") }] }];
}

function namedRecipients(recipients: RecipientDiagnosis[], t: Translate): string[] {
  const names = recipients.slice(0, MAX_NAMED_RECIPIENTS).map((r) => r.address || t("problem.addressNotGiven"));
  if (recipients.length > MAX_NAMED_RECIPIENTS) names.push(t("mail.andMore", { count: recipients.length - MAX_NAMED_RECIPIENTS }));
  return names;
}

function problemSection(problem: Problem, index: number, total: number, t: Translate): Section {
  const g = problem.guidance;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: total > 1 ? t("problem.numbered", { index: index + 1, total, title: g.title }) : g.title },
    { type: "paragraph", parts: [{ text: g.cause }] },
    { type: "paragraph", parts: [{ text: t("mail.whoMustAct"), strong: true }, { text: actorLabels(g.whoMustAct, t).join(", ") || t("who.unknown") }] },
    { type: "paragraph", parts: [{ text: t("mail.recipients"), strong: true }, { text: namedRecipients(problem.recipients, t).join(", ") }] },
  ];
  if (g.generic) {
    blocks.push({ type: "paragraph", parts: [{ text: t("mail.generic") }] });
  }
  if (g.userSteps.length > 0) {
    blocks.push({ type: "heading", level: 3, text: t("mail.senderSteps") }, { type: "list", ordered: true, items: g.userSteps });
  }
  if (g.adminSteps.length > 0) {
    blocks.push({ type: "heading", level: 3, text: t("mail.adminSteps") });
    stepsForDomain(g.adminSteps, plainDomainOf(problem.recipients[0]?.address)).forEach((step, i) => {
      blocks.push({ type: "paragraph", parts: [{ text: `${i + 1}. `, strong: true }, { text: step.text }] });
      if (step.where) {
        const href = safeHttpsUrl(step.where.url);
        blocks.push({ type: "paragraph", parts: [{ text: t("mail.where") }, { text: step.where.label, href }] });
      }
      for (const c of step.commands ?? []) blocks.push({ type: "pre", text: c.text });
    });
  }
  const docs = safeHttpsUrl(g.docsUrl);
  if (docs) blocks.push({ type: "paragraph", parts: [{ text: t("mail.docs") }, { text: docs, href: docs }] });
  return blocks;
}

function recipientDetails(r: RecipientDiagnosis, includeBounceText: boolean, t: Translate): Block[] {
  const blocks: Block[] = [
    { type: "heading", level: 3, text: t("mail.recipientHeading", { address: r.address || t("problem.addressNotGiven") }) },
    {
      type: "fields",
      rows: [
        ...field(t("mail.action"), r.action),
        ...field(t("mail.enhancedCode"), r.status),
        ...field(t("mail.smtpReply"), r.reply),
        ...field(t("mail.remoteServer"), r.remoteMta),
        ...field(t("mail.refusedCommand"), r.command),
        ...field(t("mail.originalRecipient"), r.originalRecipient),
        { label: t("mail.confidence"), value: t(`confidence.${r.confidence}`).toLowerCase() },
      ],
    },
  ];
  if (includeBounceText && r.diagnostic) blocks.push({ type: "paragraph", parts: [{ text: t("mail.serverReply"), strong: true }] }, { type: "pre", text: r.diagnostic });
  return blocks;
}

function technicalSection(ctx: ReportContext, t: Translate): Section {
  const d = ctx.diagnosis;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: t("mail.technical") },
    {
      type: "fields",
      rows: [...field(t("mail.reportingServer"), d.reportingMta), ...field(t("mail.arrivalDate"), d.arrivalDate), ...field(t("mail.reportSubject"), d.reportSubject)],
    },
  ];
  const recipients = d.recipients.slice(0, MAX_NAMED_RECIPIENTS);
  for (const r of recipients) blocks.push(...recipientDetails(r, ctx.includeBounceText === true, t));
  if (d.recipients.length > recipients.length) {
    blocks.push({ type: "paragraph", parts: [{ text: t("mail.moreRecipients", { count: d.recipients.length - recipients.length }) }] });
  }
  return blocks;
}

function originalSection(ctx: ReportContext, t: Translate): Section {
  const o = ctx.diagnosis.original;
  const rows = [
    ...field(t("tech.subject"), o?.subject),
    ...field(t("tech.date"), o?.date),
    ...field(t("tech.messageId"), o?.messageId),
    ...field(t("tech.from"), o?.from),
    ...field(t("tech.to"), o?.to),
  ];
  if (rows.length === 0) return [];
  return [{ type: "heading", level: 2, text: t("mail.originalHeading") }, { type: "fields", rows }];
}

function diagnosticsSection(ctx: ReportContext, t: Translate): Section {
  const { source, diagnosis } = ctx;
  const hd = ctx.hostDiagnostics;
  const info = hd ?? ctx.hostInfo;
  const withText = ctx.includeBounceText === true;
  const rows = [
    ...field(t("mail.readFrom"), withText ? source.label : t(`origin.${source.origin}`)),
    ...field(t("mail.readPath"), source.path),
    ...field(t("mail.openMessage"), withText ? source.item?.subject : undefined),
    ...field(t("mail.openMessageDate"), withText ? source.item?.date : undefined),
    ...field(t("mail.layout"), diagnosis.layout),
    ...field(t("diag.host"), info ? [info.mode, info.host, info.platform, info.version].filter(Boolean).join(" / ") : undefined),
    ...field(t("diag.sets"), info?.mailboxSets.length ? info.mailboxSets.join(", ") : undefined),
    ...field(t("diag.language"), hd?.displayLanguage),
  ];
  const seen = new Set<string>();
  // Read failures name attachments in their step; without the bounce text those names stay out.
  const readFailures = withText ? source.failures : source.failures.map(withoutContent);
  const notes = [...readFailures.map(failureLine), ...(hd?.failures ?? []).map(failureLine), ...warningLines(diagnosis, ctx.evidenceTexts)].filter((n) => {
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
  const blocks: Block[] = [{ type: "heading", level: 2, text: t("mail.diagnosticsHeading") }, { type: "fields", rows }];
  if (notes.length > 0) blocks.push({ type: "list", ordered: false, items: notes });
  return blocks;
}

/** Only when the user asked: the lines as the message gave them, which the admin can search logs for. */
function bounceTextSection(ctx: ReportContext, t: Translate): Section {
  if (ctx.includeBounceText !== true) return [];
  const d = ctx.diagnosis;
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (text: string | undefined): void => {
    const t = text?.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      lines.push(t);
    }
  };
  for (const r of d.recipients.slice(0, MAX_NAMED_RECIPIENTS)) {
    add(r.diagnostic);
    for (const e of r.evidence) add(e.text);
  }
  for (const e of d.evidence) add(e.text);
  if (lines.length === 0) return [];
  return [
    { type: "heading", level: 2, text: t("mail.bounceTextHeading") },
    { type: "paragraph", parts: [{ text: t("mail.bounceTextIntro") }] },
    { type: "pre", text: lines.join("\n") },
  ];
}

/** Sections in order of importance: when the forward must be cut, the end goes first. */
export function buildReport(ctx: ReportContext): Section[] {
  const t = ctx.t ?? englishT;
  const problems = groupProblems(ctx.diagnosis);
  return [
    introSection(ctx, t),
    ...problems.map((p, i) => problemSection(p, i, problems.length, t)),
    technicalSection(ctx, t),
    originalSection(ctx, t),
    diagnosticsSection(ctx, t),
    bounceTextSection(ctx, t),
  ].filter((s) => s.length > 0);
}
