import type { Diagnosis, RecipientDiagnosis } from "../../classifier/types";
import { withoutContent } from "../../outlook/diagnostics";
import type { BounceCandidate, HostDiagnostics, HostInfo } from "../../outlook/types";
import { failureLine } from "../lib/diagnosticsLines";
import { actorLabels } from "../lib/actorLabels";
import type { ExplainedSource } from "../lib/explainedSource";
import { groupProblems, type Problem } from "../lib/groupProblems";
import { safeHttpsUrl } from "../lib/safeUrl";
import type { Block, Section } from "./reportBlocks";

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
}

const ORIGIN_LABEL: Record<BounceCandidate["origin"], string> = {
  message: "the open message",
  "item-attachment": "a message attached to the open message",
  "file-attachment": "a file attached to the open message",
  "dropped-file": "a dropped or opened file",
  "pasted-text": "pasted text",
};

/** A bounce can list thousands of recipients; the write-up names the first few. */
const MAX_NAMED_RECIPIENTS = 20;

function field(label: string, value: string | undefined): Array<{ label: string; value: string }> {
  return value && value.trim() ? [{ label, value }] : [];
}

function introSection(ctx: ReportContext): Section {
  const delay = ctx.diagnosis.kind === "delay";
  return [
    {
      type: "paragraph",
      parts: [
        {
          text: delay
            ? "Hello, a message I sent is delayed (not failed yet). Could you check it? This is what NDR Assistant found."
            : "Hello, a message I sent bounced. Could you help? This is what NDR Assistant found.",
        },
      ],
    },
  ];
}

function namedRecipients(recipients: RecipientDiagnosis[]): string[] {
  const names = recipients.slice(0, MAX_NAMED_RECIPIENTS).map((r) => r.address || "(address not given)");
  if (recipients.length > MAX_NAMED_RECIPIENTS) names.push(`… and ${recipients.length - MAX_NAMED_RECIPIENTS} more`);
  return names;
}

function problemSection(problem: Problem, index: number, total: number): Section {
  const g = problem.guidance;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: total > 1 ? `Problem ${index + 1} of ${total}: ${g.title}` : g.title },
    { type: "paragraph", parts: [{ text: g.cause }] },
    { type: "paragraph", parts: [{ text: "Who must act: ", strong: true }, { text: actorLabels(g.whoMustAct).join(", ") || "Not known" }] },
    { type: "paragraph", parts: [{ text: "Recipients: ", strong: true }, { text: namedRecipients(problem.recipients).join(", ") }] },
  ];
  if (g.generic) {
    blocks.push({ type: "paragraph", parts: [{ text: "NDR Assistant has no specific guidance for this exact code; the steps below are general." }] });
  }
  if (g.userSteps.length > 0) {
    blocks.push({ type: "heading", level: 3, text: "What the sender can do" }, { type: "list", ordered: true, items: g.userSteps });
  }
  if (g.adminSteps.length > 0) {
    blocks.push({ type: "heading", level: 3, text: "Steps for the email admin" });
    g.adminSteps.forEach((step, i) => {
      blocks.push({ type: "paragraph", parts: [{ text: `${i + 1}. `, strong: true }, { text: step.text }] });
      if (step.where) {
        const href = safeHttpsUrl(step.where.url);
        blocks.push({ type: "paragraph", parts: [{ text: "Where: " }, { text: step.where.label, href }] });
      }
      if (step.command) blocks.push({ type: "pre", text: step.command });
    });
  }
  const docs = safeHttpsUrl(g.docsUrl);
  if (docs) blocks.push({ type: "paragraph", parts: [{ text: "Microsoft's article: " }, { text: docs, href: docs }] });
  return blocks;
}

function recipientDetails(r: RecipientDiagnosis, includeBounceText: boolean): Block[] {
  const blocks: Block[] = [
    { type: "heading", level: 3, text: `Recipient: ${r.address || "(address not given)"}` },
    {
      type: "fields",
      rows: [
        ...field("Action", r.action),
        ...field("Enhanced status code", r.status),
        ...field("SMTP reply code", r.reply),
        ...field("Remote server", r.remoteMta),
        ...field("Refused command", r.command),
        ...field("Original recipient", r.originalRecipient),
        { label: "Confidence", value: r.confidence },
      ],
    },
  ];
  if (includeBounceText && r.diagnostic) blocks.push({ type: "paragraph", parts: [{ text: "Server reply:", strong: true }] }, { type: "pre", text: r.diagnostic });
  return blocks;
}

function technicalSection(ctx: ReportContext): Section {
  const d = ctx.diagnosis;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "Technical details" },
    {
      type: "fields",
      rows: [...field("Reporting server", d.reportingMta), ...field("Arrival date", d.arrivalDate), ...field("Report subject", d.reportSubject)],
    },
  ];
  const recipients = d.recipients.slice(0, MAX_NAMED_RECIPIENTS);
  for (const r of recipients) blocks.push(...recipientDetails(r, ctx.includeBounceText === true));
  if (d.recipients.length > recipients.length) {
    blocks.push({ type: "paragraph", parts: [{ text: `… and ${d.recipients.length - recipients.length} more recipients.` }] });
  }
  return blocks;
}

function originalSection(ctx: ReportContext): Section {
  const o = ctx.diagnosis.original;
  const rows = [...field("Subject", o?.subject), ...field("Date", o?.date), ...field("Message-ID", o?.messageId), ...field("From", o?.from), ...field("To", o?.to)];
  if (rows.length === 0) return [];
  return [{ type: "heading", level: 2, text: "The message that bounced" }, { type: "fields", rows }];
}

function diagnosticsSection(ctx: ReportContext): Section {
  const { source, diagnosis } = ctx;
  const hd = ctx.hostDiagnostics;
  const info = hd ?? ctx.hostInfo;
  const withText = ctx.includeBounceText === true;
  const rows = [
    ...field("Bounce read from", withText ? source.label : ORIGIN_LABEL[source.origin]),
    ...field("Read path", source.path),
    ...field("Open message", withText ? source.item?.subject : undefined),
    ...field("Open message date", withText ? source.item?.date : undefined),
    ...field("Message layout", diagnosis.layout),
    ...field("Host", info ? [info.mode, info.host, info.platform, info.version].filter(Boolean).join(" / ") : undefined),
    ...field("Mailbox requirement sets", info?.mailboxSets.length ? info.mailboxSets.join(", ") : undefined),
    ...field("Display language", hd?.displayLanguage),
  ];
  const seen = new Set<string>();
  // Read failures name attachments in their step; without the bounce text those names stay out.
  const readFailures = withText ? source.failures : source.failures.map(withoutContent);
  const notes = [...readFailures.map(failureLine), ...(hd?.failures ?? []).map(failureLine), ...diagnosis.warnings].filter((n) => {
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
  const blocks: Block[] = [{ type: "heading", level: 2, text: "Read diagnostics" }, { type: "fields", rows }];
  if (notes.length > 0) blocks.push({ type: "list", ordered: false, items: notes });
  return blocks;
}

/** Only when the user asked: the lines as the message gave them, which the admin can search logs for. */
function bounceTextSection(ctx: ReportContext): Section {
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
    { type: "heading", level: 2, text: "The bounce text" },
    { type: "paragraph", parts: [{ text: "Lines quoted from the bounce, as received:" }] },
    { type: "pre", text: lines.join("\n") },
  ];
}

/** Sections in order of importance: when the forward must be cut, the end goes first. */
export function buildReport(ctx: ReportContext): Section[] {
  const problems = groupProblems(ctx.diagnosis);
  return [
    introSection(ctx),
    ...problems.map((p, i) => problemSection(p, i, problems.length)),
    technicalSection(ctx),
    originalSection(ctx),
    diagnosticsSection(ctx),
    bounceTextSection(ctx),
  ].filter((s) => s.length > 0);
}
