/**
 * Writes the hand-made hostile fixtures to test/fixtures/hostile/: the .msg files of
 * scripts/lib/hostileMsg.ts and the .eml files of scripts/lib/hostileEml.ts.
 *   npx tsx scripts/make-hostile-fixtures.ts
 * Rerun after changing a builder or the base fixture; the tests check the committed files match.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_EMLS } from "./lib/hostileEml";
import { HOSTILE_DIR, HOSTILE_MSGS, baseFixture } from "./lib/hostileMsg";

mkdirSync(HOSTILE_DIR, { recursive: true });
const base = baseFixture();
for (const h of HOSTILE_MSGS) {
  const bytes = h.build(base);
  writeFileSync(join(HOSTILE_DIR, h.name), bytes);
  console.log(`${h.name}: ${bytes.length} bytes — ${h.shows}`);
}
for (const h of HOSTILE_EMLS) {
  const text = h.build();
  writeFileSync(join(HOSTILE_DIR, h.name), text);
  console.log(`${h.name}: ${text.length} characters — ${h.shows}`);
}
