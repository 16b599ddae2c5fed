/**
 * Prints each emitted asset with its gzipped size, then holds the pane's first view to a budget:
 * the gzipped JS of the taskpane entrypoint's initial chunks (what must arrive before anything is
 * on screen; lazy chunks don't count). Webpack's own `performance` hints only measure raw bytes,
 * and gzipped bytes are what a pane on a slow link waits for.
 */
import { gzipSync } from "node:zlib";
import type { Compiler } from "webpack";

export interface BudgetOptions {
  /** The limit in kilobytes of gzipped JS (PANE_BUDGET_KB, default 200). */
  limitKb: number;
  /** Report an overrun as a warning instead of failing the build (PANE_BUDGET_WARN_ONLY=1; the size report uses it). */
  warnOnly: boolean;
  /** Where the table goes; the build prints it. */
  log?: (text: string) => void;
}

export interface AssetRow {
  name: string;
  raw: number;
  gzip: number;
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

export interface BudgetVerdict {
  report: string;
  total: number;
  /** Set when the first view is over the limit. */
  overrun?: string;
}

/** The table and the verdict, from the emitted rows and the names of the first view's files. */
export function judgeFirstView(rows: readonly AssetRow[], firstView: ReadonlySet<string>, mode: string, limitKb: number): BudgetVerdict {
  const sorted = [...rows].sort((a, b) => b.raw - a.raw);
  const initial = sorted.filter((r) => firstView.has(r.name));
  const total = initial.reduce((sum, r) => sum + r.gzip, 0);
  const lines = sorted.map((r) => `  ${firstView.has(r.name) ? "*" : " "} ${r.name.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
  const limit = limitKb * 1024;
  const report =
    `\nAssets (${mode}; * = first view of the pane):\n${lines.join("\n")}\n` +
    `  first view of the pane: ${initial.length} JS file(s), ${kb(total)} gzipped; budget ${kb(limit)}\n`;
  if (total <= limit) return { report, total };
  const overrun =
    `FirstViewBudgetPlugin: the pane's first view is ${kb(total)} of gzipped JS, over the ${kb(limit)} budget ` +
    `(${initial.map((r) => `${r.name} ${kb(r.gzip)}`).join(", ")}). Load views that aren't on the first screen with ` +
    "React.lazy/import(); `node scripts/size-report.mjs` lists what the first view holds.";
  return { report, total, overrun };
}

export class FirstViewBudgetPlugin {
  constructor(private readonly options: BudgetOptions) {}

  apply(compiler: Compiler): void {
    const { Compilation, WebpackError } = compiler.webpack;
    // Development bundles are unminified with source maps: their sizes mean nothing.
    if (compiler.options.mode !== "production") return;
    const log = this.options.log ?? ((text: string) => console.log(text));
    compiler.hooks.thisCompilation.tap("FirstViewBudgetPlugin", (compilation) => {
      // REPORT stage: every asset is final, and contents are still in memory (after emit they are not).
      compilation.hooks.processAssets.tap({ name: "FirstViewBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        if (compilation.errors.length > 0) return;
        const rows = Object.entries(assets)
          .filter(([name]) => /\.(js|css|html)$/.test(name))
          .map(([name, source]) => {
            const bytes = source.buffer();
            return { name, raw: bytes.length, gzip: gzipSize(bytes) };
          });
        const entry = compilation.entrypoints.get("taskpane");
        // An entrypoint's chunks are its initial chunks; chunks it loads with import() are not among them.
        const firstView = new Set(entry ? entry.chunks.flatMap((chunk) => [...chunk.files].filter((f) => /\.js$/.test(f))) : []);
        const verdict = judgeFirstView(rows, firstView, String(compiler.options.mode), this.options.limitKb);
        log(verdict.report);
        if (verdict.overrun === undefined) return;
        const problem = new WebpackError(verdict.overrun);
        problem.hideStack = true;
        if (this.options.warnOnly) compilation.warnings.push(problem);
        else compilation.errors.push(problem);
      });
    });
  }
}
