/**
 * A batch sent to a classifier process that has just died fails with EPIPE before the process's
 * "close" event says how it died. The file it was on must be reported with the real reason (its
 * exit code), not the failed send, however late the main process gets round to its messages.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_READ_BYTES } from "../../src/cli/files/readBounded";
import { DEFAULT_LIMITS } from "../../src/cli/pool/limits";
import type { ItemResult } from "../../src/cli/pool/protocol";
import { tsxWorkerEntry } from "../../src/cli/pool/workerEntry";
import { runPool } from "../../src/cli/pool/workerPool";

jest.setTimeout(120000);

test("a process that exits while the main process is busy: its file gets the exit code, the others are classified", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-dead-child-"));
  const files = ["first.eml", "poison.eml", "last.eml"].map((n) => join(dir, n));
  for (const f of files) copyFileSync(join(__dirname, "..", "fixtures", "dsn-only-5.1.1.eml"), f);
  const results: ItemResult[] = [];
  await runPool(
    files,
    { ...DEFAULT_LIMITS, jobs: 1, entry: tsxWorkerEntry(), mode: "summary", maxBytes: MAX_READ_BYTES, fault: { kind: "exit", match: "poison" } },
    (r) => {
      results.push(r);
      // Busy with the first result while the process moves on to the poison file and exits, so the
      // next batch is sent to a process that is already gone.
      if (r.i === 0) {
        const until = Date.now() + 1500;
        while (Date.now() < until);
      }
    },
  );
  expect(results.map((r) => r.i)).toEqual([0, 1, 2]);
  expect(results[1]).toEqual({ i: 1, error: "the classifier process stopped with exit code 70" });
  expect("record" in results[0] && results[0].record.isBounce).toBe(true);
  expect("record" in results[2] && results[2].record.isBounce).toBe(true);
});
