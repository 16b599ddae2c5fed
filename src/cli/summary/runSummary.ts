/**
 * `--summary PATH...`: finds the files, has the classifier processes read and classify them (see
 * pool/workerPool.ts), folds each result into the tally in input order as it arrives (nothing per
 * file is kept but its name), then prints the table, JSON or CSV.
 */
import type { OutputFormat } from "../args";
import { fileLabel } from "../files/filePath";
import { partlyReadText } from "../format";
import { ClassifierPool, type PoolOptions } from "../pool/workerPool";
import { jsonVisible, visible } from "../text/visible";
import { findInputs } from "./findInputs";
import { type ProgressSink, Progress } from "./progress";
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

export async function runSummary(
  paths: Parameters<typeof findInputs>[0],
  format: OutputFormat,
  poolOptions: Omit<PoolOptions, "mode">,
  io: SummaryIo,
): Promise<number> {
  const progress = new Progress(io.progress, io.now);
  // The first classifier process starts while the folders are walked.
  const pool = new ClassifierPool({ ...poolOptions, mode: "summary" }).warm();
  let found: ReturnType<typeof findInputs>;
  try {
    found = findInputs(paths);
  } catch (e) {
    pool.close();
    throw e;
  }
  const { files, problems } = found;
  progress.setTotal(files.length);
  const tally = new Tally();
  for (const p of problems) tally.addUnreadable(p.file, p.error);
  let done = 0;
  await pool.run(files, (r) => {
    const file = fileLabel(files[r.i]);
    if ("record" in r) {
      tally.addRecord(file, r.record);
      if (r.partly) tally.addPartlyRead(file, r.partly.size, r.partly.readBytes);
    } else if ("error" in r) tally.addUnreadable(file, r.error);
    progress.tick(++done);
  });
  progress.finish(done);
  const summary = tally.finish();
  for (const u of summary.unreadable) io.errLine(`ndr-assistant: cannot read ${visible(u.file)}: ${visible(u.error)}`);
  for (const p of summary.partlyRead) io.errLine(`ndr-assistant: ${visible(p.file)}: ${partlyReadText(p.readBytes, p.size)}`);
  if (format === "json") io.out(jsonVisible(JSON.stringify(summary, null, 2)) + "\n");
  else if (format === "csv") io.out(renderCsv(summary));
  else io.out(renderTable(summary) + "\n");
  return summary.unreadable.length ? 2 : 0;
}
