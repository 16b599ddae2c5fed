/** Command-line parsing: turns argv into one of three plans, or a usage error to print. */

export type OutputFormat = "text" | "json" | "csv";

export type Plan =
  | { kind: "help" }
  | { kind: "files"; json: boolean; files: string[] }
  | { kind: "summary"; format: OutputFormat; paths: string[] }
  | { kind: "usage-error"; message: string };

export function parseArgs(argv: readonly string[]): Plan {
  let json = false;
  let csv = false;
  let summary = false;
  let literal = false;
  const paths: string[] = [];
  for (const arg of argv) {
    if (literal) paths.push(arg);
    else if (arg === "--") literal = true;
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
  if (summary) return { kind: "summary", format: json ? "json" : csv ? "csv" : "text", paths };
  return { kind: "files", json, files: paths };
}
