/**
 * What the admin view shows, from two sources that may disagree: the block the forwarder's pane
 * wrote into their own part of the message (chosen by the trust model, readForwardBlocks) and the
 * bounce itself, re-classified here when the message carries it. The re-classification wins;
 * differences are spelled out. Without a bounce, the block is the sender's claim, not verified.
 */
import { domainOfAddress } from "../../classifier/mail/address";
import type { Diagnosis, GuidanceEntry } from "../../classifier/types";
import { type Translate, englishT } from "../../i18n/translate";
import type { BlockResult, ForwardReading, PayloadV1, UsedBlock } from "../../roundtrip";
import { isolatedText } from "../common/bidiText";
import { type LocalizeEntry, englishEntry } from "../i18n/entryLocalizer";
import { readyEngine } from "../reader/engine/loadEngine";
import type { ExplainedResult } from "../reader/readerState";

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
  /** The forwarder's blocks: first the one used, then their damaged or foreign ones. */
  blocks: BlockResult[];
  /** The trust model's whole reading: who sent the message (Outlook's word) and the blocks ignored. */
  forward?: ForwardReading;
  /** The block used: the last intact one in the forwarder's own part. */
  used?: UsedBlock;
  payload?: PayloadV1;
  /** The bounce found in the message and classified by this pane. */
  reclassified?: ExplainedResult;
  /** Where the checklist and evidence come from. */
  basis: "reclassified" | "block";
  /**
   * Whether the checklist may offer ready-to-copy commands that change configuration: not when
   * everything comes from a block nobody could check (the sender's claims, not verified).
   */
  copyableCommands: boolean;
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
      out.push(
        t("admin.diffCode", {
          address: isolatedText(r.address),
          theirs: isolatedText(describeCode(r.status, r.reply, t)),
          ours: isolatedText(describeCode(match.status, match.reply, t)),
        }),
      );
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

export function buildAdminModel(
  forward: ForwardReading | undefined,
  results: readonly ExplainedResult[],
  selected = 0,
  words: AdminWords = ENGLISH,
): AdminModel | undefined {
  const blocks = forward?.blocks ?? [];
  const used = forward?.used;
  const payload = used?.payload;
  const reclassified = results[selected] ?? results[0];
  const found = { blocks: [...blocks], ...(forward ? { forward } : {}), ...(used ? { used } : {}) };
  if (reclassified) {
    const d = reclassified.diagnosis;
    const recipients = failed(d);
    return {
      ...found,
      payload,
      reclassified,
      basis: "reclassified",
      copyableCommands: true,
      guidance: recipients[0]?.guidance,
      recipients: recipients.map((r) => ({ address: r.address, status: r.status, reply: r.reply, diagnostic: r.diagnostic, remoteMta: r.remoteMta })),
      reportingMta: d.reportingMta,
      arrivalDate: d.arrivalDate ?? payload?.diagnosis.arrivalDate,
      recipientDomain: recipients.map((r) => domainOf(r.address)).find(Boolean),
      originalSender: d.original?.from ?? payload?.diagnosis.original?.from,
      differences: payload ? compare(payload, d, words) : [],
    };
  }
  if (!payload) return blocks.length > 0 ? { ...found, basis: "block", copyableCommands: false, recipients: [], differences: [] } : undefined;
  const first = payload.diagnosis.recipients[0];
  const known = first ? guidanceById(first.guidanceId) : undefined;
  const guidance = known ? words.localizeEntry(known) : undefined;
  return {
    ...found,
    payload,
    basis: "block",
    copyableCommands: used?.copyableCommands === true,
    guidance,
    unknownGuidanceId: first && !guidance ? first.guidanceId : undefined,
    recipients: payload.diagnosis.recipients.map((r) => ({
      address: r.address,
      status: r.status,
      reply: r.reply,
      diagnostic: r.diagnostic,
      remoteMta: r.remoteMta,
    })),
    reportingMta: payload.diagnosis.reportingMta,
    arrivalDate: payload.diagnosis.arrivalDate,
    recipientDomain: payload.diagnosis.recipients.map((r) => domainOf(r.address)).find(Boolean),
    originalSender: payload.diagnosis.original?.from,
    differences: [],
  };
}
