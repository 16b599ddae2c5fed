/**
 * What the admin view shows, from two sources that may disagree: the block the user's pane wrote
 * into the forward (trusted only when it checks out) and the bounce itself, re-classified here
 * when the message carries it. The re-classification wins; differences are spelled out.
 */
import { domainOfAddress } from "../../classifier/mail/address";
import type { Diagnosis, GuidanceEntry } from "../../classifier/types";
import { type Translate, englishT } from "../../i18n/translate";
import type { BlockResult, PayloadV1 } from "../../roundtrip";
import { readyEngine } from "../reader/engine/loadEngine";
import { isolatedText } from "../common/bidiText";
import type { ExplainedResult } from "../reader/readerState";
import { type LocalizeEntry, englishEntry } from "../i18n/entryLocalizer";

/** The table's entry for an id; a model is built after a reading, which loaded the engine (undefined only if it failed to). */
function guidanceById(id: string): GuidanceEntry | undefined {
  return readyEngine()?.guidanceById(id);
}

export interface AdminRecipient {
  address: string;
  status: string;
  reply: string;
  diagnostic: string;
  remoteMta?: string;
}

export interface AdminModel {
  /** Every block found, first the one used. */
  blocks: BlockResult[];
  /** The newest block that checked out. */
  payload?: PayloadV1;
  /** The bounce found in the message and classified by this pane. */
  reclassified?: ExplainedResult;
  /** Where the checklist and evidence come from. */
  basis: "reclassified" | "block";
  guidance?: GuidanceEntry;
  /** Set when the block names guidance this build doesn't have. */
  unknownGuidanceId?: string;
  recipients: AdminRecipient[];
  reportingMta?: string;
  arrivalDate?: string;
  /** The domain of the first failed recipient: what the live DNS checks look up. */
  recipientDomain?: string;
  /** Who sent the message that bounced (the user), as the report or the block gave it. */
  originalSender?: string;
  /** Where block and re-classification disagree, in plain words. */
  differences: string[];
}

/** A bounce read out of a forward (quoted or attached) or handed over as an attachment: the admin's case. */
export function isForwardedNdr(result: ExplainedResult): boolean {
  if (result.source.origin === "item-attachment" || result.source.origin === "file-attachment") return true;
  return result.diagnosis.container !== undefined;
}

/** What the live DNS checks look up: a host name, international ones included (the DNS layer converts them). */
function domainOf(address: string): string | undefined {
  return domainOfAddress(address, { international: true });
}

function failed(d: Diagnosis): Diagnosis["recipients"] {
  const f = d.recipients.filter((r) => r.action === "failed" || r.status.startsWith("5"));
  return f.length > 0 ? f : d.recipients;
}

/** The pane's language for the differences' wording and the guidance titles they quote. */
export interface AdminWords {
  t: Translate;
  localizeEntry: LocalizeEntry;
}

const ENGLISH: AdminWords = { t: englishT, localizeEntry: englishEntry };

function describeCode(status: string, reply: string, t: Translate): string {
  return [reply, status].filter(Boolean).join(" ") || t("admin.noCode");
}

function compare(payload: PayloadV1, d: Diagnosis, { t, localizeEntry }: AdminWords): string[] {
  const out: string[] = [];
  const sent = payload.diagnosis.recipients;
  const found = d.recipients;
  for (const r of sent) {
    const match = found.find((x) => x.address.toLowerCase() === r.address.toLowerCase());
    if (!match) {
      out.push(t("admin.diffMissing", { address: r.address ? isolatedText(r.address) : t("admin.aRecipient") }));
      continue;
    }
    if (match.status !== r.status || match.reply !== r.reply) {
      out.push(t("admin.diffCode", { address: isolatedText(r.address), theirs: isolatedText(describeCode(r.status, r.reply, t)), ours: isolatedText(describeCode(match.status, match.reply, t)) }));
    }
    if (match.guidance.id !== r.guidanceId) {
      const known = guidanceById(r.guidanceId);
      const theirs = known ? localizeEntry(known).title : isolatedText(r.guidanceId);
      out.push(t("admin.diffGuidance", { address: isolatedText(r.address), theirs, ours: match.guidance.title }));
    }
  }
  for (const r of found) {
    if (!sent.some((x) => x.address.toLowerCase() === r.address.toLowerCase())) out.push(t("admin.diffExtra", { address: isolatedText(r.address) }));
  }
  return out.slice(0, 20);
}

export function buildAdminModel(blocks: readonly BlockResult[], results: readonly ExplainedResult[], selected = 0, words: AdminWords = ENGLISH): AdminModel | undefined {
  const ok = blocks.find((b): b is Extract<BlockResult, { status: "ok" }> => b.status === "ok");
  const payload = ok?.payload;
  const reclassified = results[selected] ?? results[0];
  if (reclassified) {
    const d = reclassified.diagnosis;
    const recipients = failed(d);
    return {
      blocks: [...blocks],
      payload,
      reclassified,
      basis: "reclassified",
      guidance: recipients[0]?.guidance,
      recipients: recipients.map((r) => ({ address: r.address, status: r.status, reply: r.reply, diagnostic: r.diagnostic, remoteMta: r.remoteMta })),
      reportingMta: d.reportingMta,
      arrivalDate: d.arrivalDate ?? payload?.diagnosis.arrivalDate,
      recipientDomain: recipients.map((r) => domainOf(r.address)).find(Boolean),
      originalSender: d.original?.from ?? payload?.diagnosis.original?.from,
      differences: payload ? compare(payload, d, words) : [],
    };
  }
  if (!payload) return blocks.length > 0 ? { blocks: [...blocks], basis: "block", recipients: [], differences: [] } : undefined;
  const first = payload.diagnosis.recipients[0];
  const known = first ? guidanceById(first.guidanceId) : undefined;
  const guidance = known ? words.localizeEntry(known) : undefined;
  return {
    blocks: [...blocks],
    payload,
    basis: "block",
    guidance,
    unknownGuidanceId: first && !guidance ? first.guidanceId : undefined,
    recipients: payload.diagnosis.recipients.map((r) => ({ address: r.address, status: r.status, reply: r.reply, diagnostic: r.diagnostic, remoteMta: r.remoteMta })),
    reportingMta: payload.diagnosis.reportingMta,
    arrivalDate: payload.diagnosis.arrivalDate,
    recipientDomain: payload.diagnosis.recipients.map((r) => domainOf(r.address)).find(Boolean),
    originalSender: payload.diagnosis.original?.from,
    differences: [],
  };
}
