/**
 * Agreement with the corpus labels (Sisimai 5.1.0p3 output; see the corpus README for caveats).
 * Usage: npm run eval -- ../shared/corpus            (or ../shared/corpus-full)
 *        npm run eval -- ../shared/corpus-full --json (every disagreement as JSON lines)
 *
 * The mapping from Sisimai's fields to ours, and the slices, are documented in
 * scripts/lib/corpusEval.ts; test/classifier/corpusAccuracy.test.ts enforces the thresholds.
 */
import { resolve } from "node:path";
import { SLICES, evaluateCorpus, pct, sliceLine } from "./lib/corpusEval";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? "../shared/corpus");
  const { tallies, disagreements } = await evaluateCorpus(dir);
  const all = tallies.all;
  console.log(`messages: ${all.messages}`);
  console.log(`bounce/not agreement: ${pct(...all.pair("bounce"))}`);
  console.log(`recipient address agreement: ${pct(...all.pair("address"))}`);
  console.log(`status agreement (labels with a real code): ${pct(...all.pair("status"))}`);
  console.log(`recipients with a pseudo/empty label status: ${all.pseudoN}`);
  console.log(`reply agreement (labels with a reply): ${pct(...all.pair("reply"))}`);
  console.log(`reason agreement: ${pct(...all.pair("reason"))}`);
  console.log(
    `counted apart: ${all.undecoded} messages the corpus README flags as undecoded by Sisimai (we call ${all.undecodedOursBounce} of them bounces); ${all.absentAddresses} labelled addresses that occur nowhere in their message`,
  );
  console.log(`without those checks: bounce/not ${pct(all.rawBounceOk, all.rawMessages)}, recipient address ${pct(all.rawAddressOk, all.rawAddressN)}`);
  for (const s of SLICES) if (s !== "all") console.log(sliceLine(s, tallies[s]));
  console.log(`\ndisagreements (${disagreements.length}):`);
  for (const d of disagreements) {
    if (json) console.log(JSON.stringify(d));
    else console.log([d.file, d.slice, d.address ?? "", `${d.measure}: label ${d.label} ours ${d.ours}`, d.diagnostic ?? ""].join("\t"));
  }
}

void main();
