/** Command-line parsing: turns argv into one of three plans, or a usage error to print. */
import type { FilePath } from "./files/filePath";
import { DEFAULT_LIMITS, type PoolLimits } from "./pool/limits";

export type OutputFormat = "text" | "json" | "csv";

export type Plan =
  | { kind: "help" }
  | { kind: "files"; json: boolean; files: FilePath[]; limits: PoolLimits }
  | { kind: "summary"; format: OutputFormat; paths: FilePath[]; limits: PoolLimits }
  | { kind: "usage-error"; message: string };

interface NumberOption {
  key: keyof PoolLimits;
  min: number;
  max: number;
  integer: boolean;
  /** From what the user typed to the stored unit. */
  scale: number;
}

const NUMBER_OPTIONS: Readonly<Record<string, NumberOption>> = {
  "--jobs": { key: "jobs", min: 1, max: 256, integer: true, scale: 1 },
  "--time-limit": { key: "timeLimitMs", min: 0.01, max: 86_400, integer: false, scale: 1000 },
  "--memory-limit": { key: "heapMb", min: 16, max: 65_536, integer: true, scale: 1 },
};

function numberValue(name: string, option: NumberOption, raw: string | undefined): number | string {
  const value = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(value) || value < option.min || value > option.max || (option.integer && !Number.isInteger(value))) {
    const kind = option.integer ? "a whole number" : "a number";
    return `${name} needs ${kind} from ${option.min} to ${option.max}`;
  }
  return Math.round(value * option.scale);
}

export function parseArgs(argv: readonly FilePath[]): Plan {
  let json = false;
  let csv = false;
  let summary = false;
  let literal = false;
  const limits: PoolLimits = { ...DEFAULT_LIMITS };
  const paths: FilePath[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    // A name given as bytes (not UTF-8) cannot be an option, which are all ASCII.
    if (literal || typeof arg !== "string") {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const numeric = NUMBER_OPTIONS[name];
    if (numeric) {
      let raw: string | undefined;
      if (name !== arg) raw = arg.slice(eq + 1);
      else {
        const v = argv[++k];
        raw = typeof v === "string" ? v : undefined;
      }
      const value = numberValue(name, numeric, raw);
      if (typeof value === "string") return { kind: "usage-error", message: value };
      limits[numeric.key] = value;
    } else if (arg === "--") literal = true;
    else if (arg === "--json") json = true;
    else if (arg === "--csv") csv = true;
    else if (arg === "--summary") summary = true;
    else if (arg === "-h" || arg === "--help") return { kind: "help" };
    // A lone "-" is not an option; it stays a (probably missing) file name, as before.
    else if (arg.startsWith("-") && arg !== "-") return { kind: "usage-error", message: `unknown option ${arg}` };
    else paths.push(arg);
  }
  if (json && csv) return { kind: "usage-error", message: "--json and --csv cannot be used together" };
  if (csv && !summary) return { kind: "usage-error", message: "--csv needs --summary" };
  if (!paths.length) return { kind: "usage-error", message: summary ? "no PATH given" : "no FILE given" };
  if (summary) return { kind: "summary", format: json ? "json" : csv ? "csv" : "text", paths, limits };
  return { kind: "files", json, files: paths, limits };
}
