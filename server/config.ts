/**
 * `npm run serve` options, from the command line or the environment (the container sets the
 * environment). HTTPS when given a certificate and key, otherwise HTTP for a reverse proxy or
 * load balancer that terminates TLS in front.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkSetting, readOrgSettingsFile, SettingsError } from "../build/orgSettings";

export const SERVER_USAGE = `Usage: npm run serve -- [options]   (or: node dist-server/ndr-assistant-server.cjs [options])

Serves the built pane (dist/) with the headers Outlook add-ins need.

  --root DIR             the built pane (default: dist/ beside the server)         env NDR_DIST
  --host HOST            address to listen on (default 127.0.0.1)                   env HOST
  --port PORT            port (default 8443 with TLS, else 8080; 0 picks one)      env PORT
  --cert FILE --key FILE PEM certificate (chain) and key: serve HTTPS itself        env NDR_TLS_CERT, NDR_TLS_KEY
  --config FILE          organisation settings; its dnsResolvers narrow the policy  env NDR_ORG_CONFIG
  --dns-resolvers "URLS" the same, given directly (wins over --config)
  --print-headers        print the headers this build needs, for a CDN or another web server
  --check-health         ask a server started with the same options for /healthz; exit 0 if
                         it answers ok, else 1 (the container's HEALTHCHECK)
  --help                 show this text

Logs one JSON line per request to stdout (LOG_LEVEL=warn for less, silent for none).`;

export interface ServerConfig {
  root: string;
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer; certFile: string };
  dnsResolvers?: string[];
  logLevel: string;
  /** Only probe a running server's /healthz (see main.ts). */
  checkHealth: boolean;
  /** Only print the headers for this build (see headerSheet). */
  printHeaders: boolean;
}

export type ParsedServerArgs = { ok: true; config: ServerConfig } | { ok: false; help: true } | { ok: false; help: false; problems: string[] };

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function parseServerArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  defaultRoot: string,
): ParsedServerArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        root: { type: "string" },
        host: { type: "string" },
        port: { type: "string" },
        cert: { type: "string" },
        key: { type: "string" },
        config: { type: "string" },
        "dns-resolvers": { type: "string" },
        "check-health": { type: "boolean" },
        "print-headers": { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, help: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  if (values.help) return { ok: false, help: true };
  const opt = (flag: string, variable: string): string | undefined => {
    const value = typeof values[flag] === "string" ? (values[flag] as string) : env[variable];
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  };

  const problems: string[] = [];
  const certFile = opt("cert", "NDR_TLS_CERT");
  const keyFile = opt("key", "NDR_TLS_KEY");
  let tls: ServerConfig["tls"];
  if ((certFile === undefined) !== (keyFile === undefined)) {
    problems.push("HTTPS needs both a certificate and its key (--cert and --key, or NDR_TLS_CERT and NDR_TLS_KEY).");
  } else if (certFile !== undefined && keyFile !== undefined) {
    try {
      tls = { cert: readFileSync(resolve(cwd, certFile)), key: readFileSync(resolve(cwd, keyFile)), certFile };
    } catch (error) {
      problems.push(`Cannot read the certificate or key: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const portText = opt("port", "PORT");
  const port = portText === undefined ? (certFile ? 8443 : 8080) : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`The port "${portText}" is not a number from 0 to 65535.`);

  let dnsResolvers: string[] | undefined;
  try {
    const configFile = opt("config", "NDR_ORG_CONFIG");
    if (configFile !== undefined) dnsResolvers = readOrgSettingsFile(resolve(cwd, configFile)).dnsResolvers;
    const direct = typeof values["dns-resolvers"] === "string" ? values["dns-resolvers"] : undefined;
    if (direct !== undefined) dnsResolvers = checkSetting.dnsResolvers(direct, "--dns-resolvers");
  } catch (error) {
    problems.push(...(error instanceof SettingsError ? error.problems : [error instanceof Error ? error.message : String(error)]));
  }

  const logLevel = (env.LOG_LEVEL ?? "info").trim().toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL "${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(", ")}.`);

  if (problems.length > 0) return { ok: false, help: false, problems };
  return {
    ok: true,
    config: {
      root: resolve(cwd, opt("root", "NDR_DIST") ?? defaultRoot),
      host: opt("host", "HOST") ?? "127.0.0.1",
      port,
      tls,
      dnsResolvers,
      logLevel,
      checkHealth: values["check-health"] === true,
      printHeaders: values["print-headers"] === true,
    },
  };
}
