import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "./src/classifier";
(async () => {
  const dir = "../shared/corpus-full";
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8"));
  for (const l of labels) {
    const d = await classify(new Uint8Array(readFileSync(join(dir, l.file))));
    if (d.decodedBy === "generic" || d.decodedBy === "free-text") console.log(d.decodedBy, l.file.split("/").pop());
  }
})();
