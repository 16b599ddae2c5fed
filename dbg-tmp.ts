import { readFileSync } from "node:fs";
import { classify } from "./src/classifier";
(async () => {
  for (const f of process.argv.slice(2)) {
    const d = await classify(new Uint8Array(readFileSync(f)));
    console.log(`== ${f.split("/").pop()} kind=${d.kind} layout=${d.layout} ${(d as unknown as {decodedBy?: string}).decodedBy ?? ""} warnings=${d.warnings.join("|")}`);
    console.log("  evidence:", d.evidence.map((e) => `${e.note} [${e.text.slice(0, 60)}]`).join(" ; "));
    for (const r of d.recipients) console.log(`  ${r.address} | ${r.status} ${r.reply} ${r.reason} ${r.confidence} cmd=${r.command ?? ""} g=${r.guidance.id} | ${r.diagnostic.slice(0, 150)}`);
  }
})();
