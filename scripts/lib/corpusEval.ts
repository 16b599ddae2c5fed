/**
 * Agreement of the classifier with a labelled corpus (Sisimai 5.1.0p3's output; see the corpus
 * READMEs for the caveats). Shared by `npm run eval` (prints) and the accuracy test (enforces).
 *
 * The mapping (documented here, used by both):
 * - bounce: Sisimai's "bounce" means "returned at least one result", which includes delay notices
 *   and complaint (ARF) reports; ours is compared as `isBounce || kind is "delay" or "feedback-report"`.
 *   Counted over every message.
 * - recipient address: for each labelled recipient of a message labelled `bounce: true` (those with
 *   action "delivered" or reason "vacation" aside, as Sisimai reports them only when asked), one of
 *   our recipients has the same address (case-insensitive).
 * - status: only where the label's code is really in the message (not an X.0.9NN pseudo-code, not
 *   empty); those pseudo-coded recipients are counted apart.
 * - reason: our reason equals the label's, for the same recipients as the address figure. A
 *   recipient we did not find counts as a miss for status and reason too. When the label has one
 *   recipient and we have one, they are compared even if the address differs (the address figure
 *   already counts that difference).
 *
 * Two label checks, both mechanical and independent of our output (the figures without them are
 * printed too):
 * - bounce: the six messages the corpus READMEs name as labelled `bounce: false` only because
 *   Sisimai 5.1.0p3 has no decoder for them or raised an error on them (KNOWN_UNDECODED) are
 *   counted apart, not as disagreements either way;
 * - recipients: a labelled address that occurs nowhere in the message as a whole address (Sisimai's
 *   placeholder "undisclosed-recipient-in-headers@libsisimai.org.invalid", a truncated
 *   "kijitora@exampl", a domain the message never names) is counted apart.
 *
 * Slices (by the set-of-emails file name and the message's structure, never by our own output):
 * - microsoft: bounces written by Microsoft's servers or about a rejection by them (file families
 *   lhost-exchange2003, lhost-exchange2007, lhost-office365, lhost-outlook, rhost-microsoft,
 *   rhost-outlook — the curated corpus's "microsoft" selection);
 * - legacy: the other messages that carry no machine-readable report part (no
 *   message/delivery-status, feedback-report or disposition-notification): free-text bounces;
 * - other: everything else (other servers' RFC 3464 reports).
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { classify } from "../../src/classifier";
import type { Diagnosis, RecipientDiagnosis } from "../../src/classifier/types";

export interface LabelRecipient {
  address: string;
  status: string;
  reply: string;
  reason: string;
  diagnostic: string;
  action: string;
}

export interface Label {
  file: string;
  bounce: boolean;
  recipients: LabelRecipient[];
  selected_as?: string[];
}

export type SliceName = "all" | "microsoft" | "other" | "legacy";
export const SLICES: readonly SliceName[] = ["all", "microsoft", "other", "legacy"];

/** Counters for one slice: `[agreeing, counted]` per measure. */
export class Tally {
  messages = 0;
  bounceOk = 0;
  addressN = 0;
  addressOk = 0;
  statusN = 0;
  statusOk = 0;
  reasonN = 0;
  reasonOk = 0;
  replyN = 0;
  replyOk = 0;
  pseudoN = 0;
  /** Messages counted apart from the bounce figure (KNOWN_UNDECODED), and how many of them we call a bounce. */
  undecoded = 0;
  undecodedOursBounce = 0;
  /** Labelled recipients counted apart (address not in the message). */
  absentAddresses = 0;
  /** The bounce and address figures with nothing counted apart. */
  rawBounceOk = 0;
  rawMessages = 0;
  rawAddressOk = 0;
  rawAddressN = 0;

  rate(measure: "bounce" | "address" | "status" | "reason" | "reply"): number {
    const [ok, n] = this.pair(measure);
    return n ? ok / n : 1;
  }

  pair(measure: "bounce" | "address" | "status" | "reason" | "reply"): [number, number] {
    switch (measure) {
      case "bounce":
        return [this.bounceOk, this.messages];
      case "address":
        return [this.addressOk, this.addressN];
      case "status":
        return [this.statusOk, this.statusN];
      case "reason":
        return [this.reasonOk, this.reasonN];
      case "reply":
        return [this.replyOk, this.replyN];
    }
  }
}

export interface Disagreement {
  file: string;
  slice: SliceName;
  address?: string;
  measure: "bounce" | "address" | "status" | "reason" | "error";
  label: string;
  ours: string;
  diagnostic?: string;
}

export interface CorpusResult {
  tallies: Record<SliceName, Tally>;
  disagreements: Disagreement[];
}

const PSEUDO = /^[45]\.0\.9\d\d$/;
/** Named in ../shared/corpus/README.md "Caveats": labelled not-a-bounce because Sisimai 5.1.0p3 could not decode them. */
export const KNOWN_UNDECODED: ReadonlySet<string> = new Set([
  "lhost-mimecast-01.eml",
  "lhost-mimecast-02.eml",
  "lhost-mfilter-05.eml",
  "lhost-x1-03.eml",
  "lhost-x1-04.eml",
  "rb-issue-368-bug.eml",
]);

/** True when `address` occurs in the message (case-insensitive) and not as the start of a longer address. */
export function addressInMessage(address: string, raw: string): boolean {
  const hay = raw.toLowerCase();
  const needle = address.toLowerCase();
  const isAddrChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    // Whole at its end: not followed by more of a domain ("kijitora@exampl" inside "kijitora@example.com").
    const next = hay.charCodeAt(at + needle.length);
    const nextNext = hay.charCodeAt(at + needle.length + 1);
    if (!isAddrChar(next) && !(next === 46 && isAddrChar(nextNext))) return true;
  }
  return false;
}
const MICROSOFT_FAMILIES = new Set(["lhost-exchange2003", "lhost-exchange2007", "lhost-office365", "lhost-outlook", "rhost-microsoft", "rhost-outlook"]);
const REPORT_PART = /content-type:\s*"?message\/(?:x?delivery-status|global-delivery-status|feedback-report|disposition-notification)/i;

/** The file family: "lhost-postfix-03.eml" → "lhost-postfix". */
export function familyOf(file: string): string {
  return basename(file)
    .replace(/-\d+\.eml$/, "")
    .replace(/\.eml$/, "");
}

export function sliceOf(file: string, raw: string): Exclude<SliceName, "all"> {
  if (MICROSOFT_FAMILIES.has(familyOf(file))) return "microsoft";
  return REPORT_PART.test(raw) ? "other" : "legacy";
}

function ourBounce(d: Diagnosis): boolean {
  return d.isBounce || d.kind === "delay" || d.kind === "feedback-report";
}

function findOurs(d: Diagnosis, label: Label, lr: LabelRecipient): RecipientDiagnosis | undefined {
  const want = lr.address.toLowerCase();
  const same = d.recipients.find((r) => r.address.toLowerCase() === want);
  if (same) return same;
  return d.recipients.length === 1 && label.recipients.length === 1 ? d.recipients[0] : undefined;
}

export async function evaluateCorpus(dir: string): Promise<CorpusResult> {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Label[];
  const tallies = Object.fromEntries(SLICES.map((s) => [s, new Tally()])) as Record<SliceName, Tally>;
  const disagreements: Disagreement[] = [];
  for (const label of labels) {
    const bytes = readFileSync(join(dir, label.file));
    const slice = sliceOf(label.file, bytes.toString("latin1"));
    const counted = [tallies.all, tallies[slice]];
    const add = (f: (t: Tally) => void): void => counted.forEach(f);
    let d: Diagnosis;
    try {
      d = await classify(new Uint8Array(bytes));
    } catch (err) {
      disagreements.push({ file: label.file, slice, measure: "error", label: "", ours: String(err) });
      add((t) => t.messages++);
      continue;
    }
    const ours = ourBounce(d);
    add((t) => {
      t.rawMessages++;
      if (ours === label.bounce) t.rawBounceOk++;
    });
    if (KNOWN_UNDECODED.has(basename(label.file))) {
      add((t) => {
        t.undecoded++;
        if (ours) t.undecodedOursBounce++;
      });
    } else {
      add((t) => {
        t.messages++;
        if (ours === label.bounce) t.bounceOk++;
      });
      if (ours !== label.bounce) disagreements.push({ file: label.file, slice, measure: "bounce", label: String(label.bounce), ours: `${ours} (${d.kind})` });
    }
    if (!label.bounce) continue;
    const raw = bytes.toString("latin1");
    for (const lr of label.recipients) {
      if (lr.action === "delivered" || lr.reason === "vacation") continue;
      const exact = d.recipients.some((r) => r.address.toLowerCase() === lr.address.toLowerCase());
      add((t) => {
        t.rawAddressN++;
        if (exact) t.rawAddressOk++;
      });
      if (!addressInMessage(lr.address, raw)) {
        add((t) => t.absentAddresses++);
        continue;
      }
      const mine = findOurs(d, label, lr);
      const base = { file: label.file, slice, address: lr.address };
      add((t) => {
        t.addressN++;
        if (exact) t.addressOk++;
      });
      if (!exact)
        disagreements.push({ ...base, measure: "address", label: lr.address, ours: d.recipients.map((r) => r.address || '""').join(", ") || "(none)" });
      if (PSEUDO.test(lr.status) || lr.status === "") add((t) => t.pseudoN++);
      else {
        const ok = mine?.status === lr.status;
        add((t) => {
          t.statusN++;
          if (ok) t.statusOk++;
        });
        if (!ok) disagreements.push({ ...base, measure: "status", label: lr.status, ours: mine ? mine.status || '""' : "(recipient missing)" });
      }
      if (lr.reply) {
        add((t) => {
          t.replyN++;
          if (mine?.reply === lr.reply) t.replyOk++;
        });
      }
      const reasonOk = mine?.reason === lr.reason;
      add((t) => {
        t.reasonN++;
        if (reasonOk) t.reasonOk++;
      });
      if (!reasonOk)
        disagreements.push({
          ...base,
          measure: "reason",
          label: lr.reason,
          ours: mine?.reason ?? "(recipient missing)",
          diagnostic: (mine?.diagnostic ?? "").slice(0, 140),
        });
    }
  }
  return { tallies, disagreements };
}

export function pct(ok: number, n: number): string {
  return n ? `${((100 * ok) / n).toFixed(1)}% (${ok}/${n})` : "n/a";
}

export function sliceLine(name: string, t: Tally): string {
  const f = (m: "bounce" | "address" | "status" | "reason"): string => pct(...t.pair(m));
  return `${name} (${t.messages} messages): bounce/not ${f("bounce")}, recipient address ${f("address")}, status ${f("status")}, reason ${f("reason")}`;
}
