/**
 * Agreement with the corpus labels (Sisimai 5.1.0p3 output; see the corpus README for caveats).
 * Usage: npm run eval -- ../shared/corpus
 *
 * Mapping: Sisimai's "bounce" means "returned at least one result", which includes delay notices
 * and complaint (ARF) reports; ours is compared as isBounce || kind is "delay" or "feedback-report".
 * Status is compared only where the label's code is really in the message (not an X.0.9NN
 * pseudo-code, not empty); those pseudo-coded recipients are counted separately.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classify } from "../src/classifier";
import type { Diagnosis } from "../src/classifier/types";

interface LabelRecipient {
  address: string;
  status: string;
  reply: string;
  reason: string;
  diagnostic: string;
  action: string;
}
interface Label {
  file: string;
  bounce: boolean;
  recipients: LabelRecipient[];
  selected_as?: string[];
}

/** Agreement counters for one slice of the corpus. */
class Tally {
  bounceOk = 0;
  messages = 0;
  statusOk = 0;
  statusN = 0;
  reasonOk = 0;
  reasonN = 0;
  line(name: string): string {
    return `${name}: bounce/not ${pct(this.bounceOk, this.messages)}, status ${pct(this.statusOk, this.statusN)}, reason ${pct(this.reasonOk, this.reasonN)}`;
  }
}

const PSEUDO = /^[45]\.0\.9\d\d$/;

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : "n/a";
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? "../shared/corpus");
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Label[];
  let bounceOk = 0;
  let statusOk = 0;
  let statusN = 0;
  let pseudoN = 0;
  let pseudoWeHaveCode = 0;
  let reasonOk = 0;
  let reasonN = 0;
  let replyOk = 0;
  let replyN = 0;
  const lines: string[] = [];
  const microsoft = new Tally();
  const microsoftAny = new Tally();
  for (const label of labels) {
    const sel = label.selected_as ?? [];
    const slices = [...(sel.includes("microsoft") ? [microsoft] : []), ...(sel.some((s) => s.startsWith("microsoft")) ? [microsoftAny] : [])];
    let d: Diagnosis;
    try {
      d = await classify(new Uint8Array(readFileSync(join(dir, label.file))));
    } catch (err) {
      lines.push(`${label.file}\tTHREW ${String(err)}`);
      continue;
    }
    const ours = d.isBounce || d.kind === "delay" || d.kind === "feedback-report";
    for (const t of slices) {
      t.messages++;
      if (ours === label.bounce) t.bounceOk++;
    }
    if (ours === label.bounce) bounceOk++;
    else lines.push(`${label.file}\tbounce: label ${label.bounce} ours ${ours} (${d.kind})`);
    if (!label.bounce) continue;
    for (const lr of label.recipients) {
      if (lr.action === "delivered" || lr.reason === "vacation") continue;
      const mine =
        d.recipients.find((r) => r.address.toLowerCase() === lr.address.toLowerCase()) ??
        (d.recipients.length === 1 && label.recipients.length === 1 ? d.recipients[0] : undefined);
      const tag = `${label.file}\t${lr.address}`;
      if (PSEUDO.test(lr.status) || lr.status === "") {
        pseudoN++;
        if (mine?.status) pseudoWeHaveCode++;
      } else {
        statusN++;
        for (const t of slices) {
          t.statusN++;
          if (mine?.status === lr.status) t.statusOk++;
        }
        if (mine?.status === lr.status) statusOk++;
        else lines.push(`${tag}\tstatus: label ${lr.status} ours ${mine ? mine.status || '""' : "(recipient missing)"}`);
      }
      if (lr.reply) {
        replyN++;
        if (mine?.reply === lr.reply) replyOk++;
      }
      reasonN++;
      for (const t of slices) {
        t.reasonN++;
        if (mine?.reason === lr.reason) t.reasonOk++;
      }
      if (mine?.reason === lr.reason) reasonOk++;
      else lines.push(`${tag}\treason: label ${lr.reason} ours ${mine?.reason ?? "(recipient missing)"}\t${(mine?.diagnostic ?? "").slice(0, 120)}`);
    }
  }
  console.log(`messages: ${labels.length}`);
  console.log(`bounce/not agreement: ${pct(bounceOk, labels.length)}`);
  console.log(`status agreement (labels with a real code): ${pct(statusOk, statusN)}`);
  console.log(`recipients with a pseudo/empty label status: ${pseudoN} (we found a code in ${pseudoWeHaveCode})`);
  console.log(`reply agreement (labels with a reply): ${pct(replyOk, replyN)}`);
  console.log(`reason agreement: ${pct(reasonOk, reasonN)}`);
  console.log(microsoft.line(`Microsoft-generated (selected_as "microsoft", ${microsoft.messages} messages)`));
  console.log(microsoftAny.line(`any Microsoft selection (microsoft, -crlf, -remote; ${microsoftAny.messages} messages)`));
  console.log(`\ndisagreements (${lines.length}):`);
  for (const l of lines) console.log(l);
}

void main();
