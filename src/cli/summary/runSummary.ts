/**
 * `--summary PATH...`: finds the files, reads them a few at a time, classifies them one by one on
 * this thread and folds each diagnosis into the tally straight away (nothing per file is kept
 * but its name), then prints the table, JSON or CSV.
 */
import { classify } from "../../classifier";
import type { OutputFormat } from "../args";
import { findInputs } from "./findInputs";
import { type ProgressSink, Progress } from "./progress";
import { readAhead } from "./readAhead";
import { renderCsv } from "./renderCsv";
import { renderTable } from "./renderTable";
import { Tally } from "./tally";

export interface SummaryIo {
  /** Writes text to stdout exactly as given. */
  out(text: string): void;
  /** Writes one line to stderr. */
  errLine(text: string): void;
  progress: ProgressSink;
  now?: () => number;
}

export async function runSummary(paths: readonly string[], format: OutputFormat, io: SummaryIo): Promise<number> {
  const progress = new Progress(io.progress, io.now);
  const { files, problems } = await findInputs(paths);
  progress.setTotal(files.length);
  const tally = new Tally();
  for (const p of problems) tally.addUnreadable(p.file, p.error);
  let done = 0;
  for await (const r of readAhead(files)) {
    if (r.bytes) {
      try {
        tally.add(r.file, await classify(r.bytes));
      } catch (e) {
        // classify() promises never to throw; if it ever does, one file must not end the batch.
        tally.addUnreadable(r.file, `classifier failed: ${String(e).slice(0, 200)}`);
      }
    } else tally.addUnreadable(r.file, r.error ?? "unreadable");
    progress.tick(++done);
  }
  progress.finish(done);
  const summary = tally.finish();
  for (const u of summary.unreadable) io.errLine(`ndr-assistant: cannot read ${u.file}: ${u.error}`);
  if (format === "json") io.out(JSON.stringify(summary, null, 2) + "\n");
  else if (format === "csv") io.out(renderCsv(summary));
  else io.out(renderTable(summary) + "\n");
  return summary.unreadable.length ? 2 : 0;
}
