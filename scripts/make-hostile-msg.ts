/**
 * Writes the hostile .msg fixtures (scripts/lib/hostileMsg.ts) to test/fixtures/hostile/:
 *   npx tsx scripts/make-hostile-msg.ts
 * Rerun after changing a builder or the base fixture; test/classifier/compoundFile.test.ts checks
 * the committed files match.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_DIR, HOSTILE_MSGS, baseFixture } from "./lib/hostileMsg";

mkdirSync(HOSTILE_DIR, { recursive: true });
const base = baseFixture();
for (const h of HOSTILE_MSGS) {
  const bytes = h.build(base);
  writeFileSync(join(HOSTILE_DIR, h.name), bytes);
  console.log(`${h.name}: ${bytes.length} bytes — ${h.shows}`);
}
