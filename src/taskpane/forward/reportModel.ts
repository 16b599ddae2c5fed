/**
 * The write-up the forward (and Copy) carries, for the admin who gets it. In the order Exchange's
 * own NDR uses in "More info for email admins": the status code and what it means, the original
 * message's details, the error details (the server's reported reply, the server that wrote the
 * report, the server that refused it), the message hops; then the steps, grouped by whose admin
 * they are for. Actors are named in the third person ("the sender's admin", "fabrikam.com's
 * admin"). No message body: only the full bounce text option quotes the bounce's own lines.
 */
import type { Diagnosis, MessageHop, RecipientDiagnosis } from "../../classifier/types";
import { type EvidenceTexts, warningLines } from "../../i18n/evidence";
import { type Translate, englishT } from "../../i18n/translate";
import { withoutContent } from "../../outlook/diagnostics";
import type { HostDiagnostics, HostInfo } from "../../outlook/types";
import { defuseMarkers } from "../../roundtrip/defuse";
import { oneLine } from "../common/oneLine";
import { safeHttpsUrl } from "../common/safeUrl";
import { docsLinkOf } from "../diagnosis/docsLink";
import { groupProblems } from "../diagnosis/groupProblems";
import { type ProblemModel, problemModel } from "../diagnosis/problemModel";
import type { StepGroup } from "../diagnosis/stepGroups";
import type { ExplainedSource } from "../reader/explainedSource";
import { failureLine } from "../shell/diagnosticsLines";
import { type Block, type Section, mapTexts } from "./reportBlocks";

export interface ReportContext {
  diagnosis: Diagnosis;
  source: ExplainedSource;
  hostInfo?: HostInfo;
  /** The host's own facts and recent failures (never message content). */
  hostDiagnostics?: HostDiagnostics;
  /**
   * The user ticked "Include the full bounce text": every line of the bounce the classifier read
   * and the names of the message and attachment go into the write-up. Off by default. The
   * server's reported reply, the servers and the hops are always in: they are what an admin acts on.
   */
  includeBounceText?: boolean;
  /** The pane's language for the write-up's own words; English when absent. */
  t?: Translate;
  /** The classifier's reading warnings in the pane's language (loadEvidenceTexts); its English when absent. */
  evidenceTexts?: EvidenceTexts;
  /** The mailbox owner (userProfile): tells the user's organisation from the recipient's. */
  mailboxOwner?: string;
}

/** A bounce can list thousands of recipients; the write-up names the first few. */
const MAX_NAMED_RECIPIENTS = 20;
/** A real path has a handful of hops; a hostile report can list any number. */
const MAX_HOPS = 30;

function field(label: string, value: string | undefined): Array<{ label: string; value: string }> {
  return value && value.trim() ? [{ label, value: oneLine(value) }] : [];
}

function introSection(ctx: ReportContext, t: Translate): Section {
  const delay = ctx.diagnosis.kind === "delay";
  return [{ type: "paragraph", parts: [{ text: delay ? t("mail.introDelay") : t("mail.introBounce") }] }];
}

/** "fabrikam.com's admin", "the sender's admin, only if …", "the sender": who acts, in the third person. */
export function actorsLine(model: ProblemModel, t: Translate): string {
  const who = new Set(model.entry.whoMustAct);
  const { orgs } = model;
  const out: string[] = [];
  if (who.has("sender")) out.push(t("mailActor.sender"));
  if (orgs.relation === "same" && (who.has("recipient-admin") || who.has("sender-admin"))) {
    out.push(t("mailActor.orgAdmin"));
    return out.join("; ");
  }
  if (who.has("recipient-admin")) {
    if (orgs.consumerProvider) out.push(t("mailActor.recipientConsumer", { provider: orgs.consumerProvider }));
    else out.push(orgs.recipientDomain ? t("mailActor.recipientAdmin", { domain: orgs.recipientDomain }) : t("mailActor.recipientAdminUnknown"));
  }
  if (who.has("sender-admin")) {
    const senderGroups = model.groups.filter((g) => g.audience === "sender-org");
    const conditional = senderGroups.length > 0 && senderGroups.every((g) => g.condition);
    out.push(conditional ? t("mailActor.senderAdminIf", { condition: senderGroups[0].condition ?? "" }) : t("mailActor.senderAdmin"));
  }
  return out.join("; ") || t("who.unknown");
}

function problemHeading(model: ProblemModel, index: number, total: number, t: Translate): string {
  const title = model.code ? t("mail.problemTitle", { code: model.code, title: model.entry.title }) : model.entry.title;
  return total > 1 ? t("problem.numbered", { index: index + 1, total, title }) : title;
}

function summarySection(model: ProblemModel, index: number, total: number, t: Translate): Section {
  const blocks: Block[] = [
    { type: "heading", level: 2, text: problemHeading(model, index, total, t) },
    { type: "paragraph", parts: [{ text: model.cause }] },
    { type: "paragraph", parts: [{ text: t("mail.whoMustAct"), strong: true }, { text: actorsLine(model, t) }] },
    { type: "paragraph", parts: [{ text: t("mail.recipients"), strong: true }, { text: namedRecipients(model.problem.recipients, t).join(", ") }] },
  ];
  if (model.entry.generic) blocks.push({ type: "paragraph", parts: [{ text: t("mail.generic") }] });
  return blocks;
}

function namedRecipients(recipients: readonly RecipientDiagnosis[], t: Translate): string[] {
  const names = recipients.slice(0, MAX_NAMED_RECIPIENTS).map((r) => r.address || t("problem.addressNotGiven"));
  if (recipients.length > MAX_NAMED_RECIPIENTS) names.push(t("mail.andMore", { count: recipients.length - MAX_NAMED_RECIPIENTS }));
  return names;
}

/** "More info for email admins": the status code, what it means, and the article (Microsoft's only for Microsoft's bounces). */
function moreInfoSection(models: readonly ProblemModel[], d: Diagnosis, t: Translate): Section {
  const blocks: Block[] = [{ type: "heading", level: 2, text: t("mail.moreInfo") }];
  for (const m of models) {
    if (models.length > 1) blocks.push({ type: "heading", level: 3, text: m.entry.title });
    blocks.push({ type: "fields", rows: field(t("mail.statusCode"), m.code) });
    blocks.push({ type: "paragraph", parts: [{ text: m.detail ?? m.cause }] });
    const docs = docsLinkOf(m.entry, d);
    if (docs) blocks.push({ type: "paragraph", parts: [{ text: docs.microsoft ? t("mail.docs") : t("mail.docsOther") }, { text: docs.url, href: docs.url }] });
  }
  return blocks;
}

function originalSection(d: Diagnosis, t: Translate): Section {
  const o = d.original;
  const failed = d.recipients.find((r) => r.address);
  const rows = [
    ...field(t("mail.createdDate"), o?.date),
    ...field(t("mail.senderAddress"), o?.from),
    ...field(t("mail.recipientAddress"), o?.to ?? failed?.address),
    ...field(t("mail.subjectLabel"), o?.subject),
    ...field(t("tech.messageId"), o?.messageId),
  ];
  if (rows.length === 0) return [];
  return [
    { type: "heading", level: 3, text: t("mail.originalDetails") },
    { type: "fields", rows },
  ];
}

/** The server's reported reply, always: it is what admins search their logs for. */
function errorSection(d: Diagnosis, t: Translate): Section {
  const blocks: Block[] = [{ type: "heading", level: 3, text: t("mail.errorDetails") }];
  const shown = d.recipients.slice(0, MAX_NAMED_RECIPIENTS);
  for (const r of shown) {
    if (shown.length > 1)
      blocks.push({ type: "paragraph", parts: [{ text: t("mail.recipientHeading", { address: r.address || t("problem.addressNotGiven") }), strong: true }] });
    const code = [r.reply, r.status].filter(Boolean).join(" ");
    const reply = r.diagnostic || code;
    if (reply) blocks.push({ type: "paragraph", parts: [{ text: t("mail.reportedError"), strong: true }] }, { type: "pre", text: reply });
    blocks.push({
      type: "fields",
      rows: [...field(t("mail.dsnGeneratedBy"), d.reportingMta), ...field(t("mail.remoteServer"), r.remoteMta), ...field(t("mail.refusedCommand"), r.command)],
    });
  }
  if (d.recipients.length > shown.length)
    blocks.push({ type: "paragraph", parts: [{ text: t("mail.moreRecipients", { count: d.recipients.length - shown.length }) }] });
  return blocks;
}

function hopLine(hop: MessageHop, t: Translate): string {
  const parts = [t("hops.hop", { n: hop.hop })];
  if (hop.time) parts.push(oneLine(hop.time));
  if (hop.from) parts.push(t("mail.hopFrom", { server: oneLine(hop.from) }));
  if (hop.to) parts.push(t("mail.hopTo", { server: oneLine(hop.to) }));
  if (hop.with) parts.push(t("mail.hopWith", { with: oneLine(hop.with) }));
  if (hop.relayTime && hop.relayTime !== "*") parts.push(t("mail.hopRelay", { time: oneLine(hop.relayTime) }));
  return parts.join(" · ");
}

function hopsSection(d: Diagnosis, t: Translate): Section {
  const hops = d.hops ?? [];
  if (hops.length === 0) return [];
  return [
    { type: "heading", level: 3, text: t("hops.heading") },
    { type: "list", ordered: false, items: hops.slice(0, MAX_HOPS).map((h) => hopLine(h, t)) },
  ];
}

/** Third person: the admin reading this is the sender's admin, or passes it on. */
function groupHeading(group: StepGroup, model: ProblemModel, t: Translate): string {
  switch (group.audience) {
    case "recipient-org":
      return model.orgs.recipientDomain ? t("org.forRecipientAdmin", { domain: model.orgs.recipientDomain }) : t("org.forRecipientAdminUnknown");
    case "sender-org":
      return group.condition ? t("mail.forSenderAdminIf", { condition: group.condition }) : t("mail.forSenderAdmin");
    case "same-org":
      return t("mail.forOrgAdmin");
    case "either":
      return t("org.forEither");
  }
}

function stepsSection(model: ProblemModel, index: number, total: number, t: Translate): Section {
  if (model.groups.length === 0 && !model.note) return [];
  const blocks: Block[] = [{ type: "heading", level: 2, text: total > 1 ? t("mail.stepsFor", { title: model.entry.title }) : t("mail.adminSteps") }];
  if (model.note) {
    const domain = model.orgs.recipientDomain;
    blocks.push(
      { type: "heading", level: 3, text: domain ? t("mail.noteHeading", { domain }) : t("mail.noteHeadingUnknown") },
      { type: "quote", text: model.note },
    );
  }
  for (const group of model.groups) {
    blocks.push({ type: "heading", level: 3, text: groupHeading(group, model, t) });
    group.steps.forEach((step, i) => {
      const text = step.condition ? `${t("org.onlyIf", { condition: step.condition })} ${step.text}` : step.text;
      blocks.push({ type: "paragraph", parts: [{ text: `${i + 1}. `, strong: true }, { text }] });
      if (step.where) blocks.push({ type: "paragraph", parts: [{ text: t("mail.where") }, { text: step.where.label, href: safeHttpsUrl(step.where.url) }] });
      for (const command of step.commands) {
        blocks.push(
          { type: "paragraph", parts: [{ text: t("mail.shell", { shell: t(`shell.${command.shell}`) }), strong: true }] },
          { type: "pre", text: command.text },
        );
        if (command.unknown.length > 0) blocks.push({ type: "paragraph", parts: [{ text: t("command.replace", { names: command.unknown.join(", ") }) }] });
      }
    });
  }
  return blocks;
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
  const blocks: Block[] = [
    { type: "heading", level: 2, text: t("mail.diagnosticsHeading") },
    { type: "fields", rows },
  ];
  if (notes.length > 0) blocks.push({ type: "list", ordered: false, items: notes });
  return blocks;
}

/** Only when the user asked: every line the classifier read in the bounce, as received. */
function bounceTextSection(ctx: ReportContext, t: Translate): Section {
  if (ctx.includeBounceText !== true) return [];
  const d = ctx.diagnosis;
  const seen = new Set<string>();
  const lines: string[] = [];
  const add = (text: string | undefined): void => {
    const line = text?.trim();
    if (line && !seen.has(line)) {
      seen.add(line);
      lines.push(line);
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

/** The problems as the pane shows them (same headline, steps and groups), in the forward's language. */
export function reportModels(ctx: ReportContext): ProblemModel[] {
  const t = ctx.t ?? englishT;
  return groupProblems(ctx.diagnosis).map((p) => problemModel(p, ctx.diagnosis, ctx.mailboxOwner, t));
}

/**
 * Sections in order of importance: when the forward must be cut, the end goes first. Every text
 * is defused (defuseMarkers): what the message said can't pass for a diagnosis block, in the
 * forward or in the copied text.
 */
export function buildReport(ctx: ReportContext): Section[] {
  const t = ctx.t ?? englishT;
  const d = ctx.diagnosis;
  const models = reportModels(ctx);
  return [
    introSection(ctx, t),
    ...models.map((m, i) => summarySection(m, i, models.length, t)),
    moreInfoSection(models, d, t),
    originalSection(d, t),
    errorSection(d, t),
    hopsSection(d, t),
    ...models.map((m, i) => stepsSection(m, i, models.length, t)),
    diagnosticsSection(ctx, t),
    bounceTextSection(ctx, t),
  ]
    .filter((s) => s.length > 0)
    .map((s) => mapTexts(s, defuseMarkers));
}
