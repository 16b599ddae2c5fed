/**
 * `npm run serve`: the production server's entry. `npm run build` bundles this file with its
 * dependencies into dist-server/ndr-assistant-server.cjs (build/bundleServer.ts), which is what
 * `npm run serve` and the container run: one file and dist/, no node_modules.
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
import { createApp } from "./app";
import { parseServerArgs, SERVER_USAGE, type ServerConfig } from "./config";
import { DistError, loadPolicies } from "./panePolicy";
import { headerSheet } from "./securityHeaders";

/**
 * Asks the server these options describe for /healthz over loopback (the container's HEALTHCHECK,
 * which has no curl). Its certificate is not checked: it is for the proxy's name, not 127.0.0.1.
 */
export function checkHealth(config: ServerConfig, timeoutMs = 4000): Promise<boolean> {
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  const send = config.tls ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send({ host, port: config.port, path: "/healthz", method: "GET", rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

export async function main(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const parsed = parseServerArgs(argv, env, process.cwd(), join(__dirname, "..", "dist"));
  if (!parsed.ok) {
    if (parsed.help) {
      process.stdout.write(`${SERVER_USAGE}\n`);
      return 0;
    }
    for (const problem of parsed.problems) process.stderr.write(`ndr-assistant-server: ${problem}\n`);
    process.stderr.write(`${SERVER_USAGE}\n`);
    return 1;
  }
  const { config } = parsed;
  if (config.checkHealth) return (await checkHealth(config)) ? 0 : 1;
  let policies;
  try {
    policies = loadPolicies(config.root, config.dnsResolvers);
  } catch (error) {
    process.stderr.write(`ndr-assistant-server: ${error instanceof DistError ? error.message : String(error)}\n`);
    return 1;
  }
  if (config.printHeaders) {
    process.stdout.write(`${headerSheet(policies)}\n`);
    return 0;
  }
  const app = await createApp({ root: config.root, policies, tls: config.tls, logger: config.logLevel === "silent" ? false : { level: config.logLevel } });
  const stop = (signal: string): void => {
    app.log.info({ signal }, "shutting down");
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    process.stderr.write(`ndr-assistant-server: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const scheme = config.tls ? "https" : "http";
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const lines = [
    `NDR Assistant server: ${config.root} on ${scheme}://${host}:${port}/taskpane.html (health: /healthz)`,
    config.tls
      ? `  HTTPS with ${config.tls.certFile}`
      : "  Plain HTTP: put an HTTPS reverse proxy or load balancer in front (Outlook loads add-ins only over HTTPS).",
    policies.resolverOrigins
      ? `  Content-Security-Policy header: connect-src narrowed to ${policies.resolverOrigins.join(" ")} (and Microsoft Graph)`
      : "  Content-Security-Policy header: the same policy as taskpane.html's meta tag",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return -1; // keep running
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(`ndr-assistant-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
