import { readFileSync } from "node:fs";
import { materialFromMime } from "./src/classifier/material";
import { header } from "./src/classifier/mime/headers";
(async () => {
  for (const f of process.argv.slice(2)) {
    const m = await materialFromMime(new Uint8Array(readFileSync(f)));
    console.log(`=========== ${f.split("/").pop()} | Subject: ${header(m.headers, "subject")} | From: ${header(m.headers, "from")}`);
    console.log(m.text.split("\n").slice(0, Number(process.env.N ?? 40)).map((l) => l.slice(0, 180)).join("\n"));
    if (m.dsnTexts.length) console.log("--- DSN ---\n" + m.dsnTexts.join("\n").split("\n").slice(0, 25).join("\n"));
  }
})();
