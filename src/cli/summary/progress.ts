/**
 * The progress line on stderr. Silent for the first second so quick runs (and their captured
 * stderr) stay clean; then a `\r`-rewritten line on a terminal, or a line every few seconds when
 * stderr is a file or pipe (CI logs must not fill with carriage returns).
 */
import { fmt } from "./textLayout";

export interface ProgressSink {
  isTTY: boolean;
  /** Writes exactly the text given (no newline added). */
  write(text: string): void;
}

export interface ProgressTiming {
  delayMs: number;
  ttyEveryMs: number;
  lineEveryMs: number;
}

const DEFAULT_TIMING: ProgressTiming = { delayMs: 1000, ttyEveryMs: 100, lineEveryMs: 2000 };

export class Progress {
  private lastWrite = -Infinity;
  private shown = false;
  private lastLength = 0;
  private readonly start: number;
  private total = 0;

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = () => performance.now(),
    private readonly timing: ProgressTiming = DEFAULT_TIMING,
  ) {
    this.start = now();
  }

  /** Files to read, once the folders have been walked. */
  setTotal(total: number): void {
    this.total = total;
  }

  private line(done: number, t: number): string {
    const seconds = (t - this.start) / 1000;
    const pct = this.total ? Math.floor((done / this.total) * 100) : 100;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    return `ndr-assistant: ${fmt(done)} of ${fmt(this.total)} files (${pct}%), ${fmt(rate)} files/s`;
  }

  private emit(text: string): void {
    if (this.sink.isTTY) {
      this.sink.write("\r" + text.padEnd(this.lastLength));
      this.lastLength = text.length;
    } else this.sink.write(text + "\n");
    this.shown = true;
  }

  /** Cheap enough to call after every file: it only reads the clock. */
  tick(done: number): void {
    const t = this.now();
    if (t - this.start < this.timing.delayMs) return;
    const every = this.sink.isTTY ? this.timing.ttyEveryMs : this.timing.lineEveryMs;
    if (t - this.lastWrite < every) return;
    this.lastWrite = t;
    this.emit(this.line(done, t));
  }

  /** Ends the line with the final figures, only if a progress line was ever shown. */
  finish(done: number): void {
    if (!this.shown) return;
    const t = this.now();
    const text = `${this.line(done, t)}, done in ${((t - this.start) / 1000).toFixed(1)} s`;
    this.emit(text);
    if (this.sink.isTTY) this.sink.write("\n");
  }

  get wasShown(): boolean {
    return this.shown;
  }
}
