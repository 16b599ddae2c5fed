import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "./src/classifier";
(async () => {
  const dir = "../shared/corpus-full";
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
  const by = new Map<string, Map<string, number>>();
  for (const l of labels) {
    const fam = l.file.split("/").pop().replace(/-\d+\.eml$/, "");
    const d = await classify(new Uint8Array(readFileSync(join(dir, l.file))));
    const key = d.decodedBy ?? `(${d.kind})`;
    const m = by.get(fam) ?? new Map(); m.set(key, (m.get(key) ?? 0) + 1); by.set(fam, m);
  }
  for (const [fam, m] of [...by].sort()) console.log(fam.padEnd(24), [...m].map(([k, n]) => `${k}:${n}`).join(" "));
})();
