// `npm start`: serves the task pane on https://localhost:3000 with webpack-dev-server.
// Options: --self-signed  skip office-addin-dev-certs and use webpack-dev-server's own certificate.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const createConfig = require("../webpack.config.js");
const PANE_URL = `https://localhost:${createConfig.DEV_PORT}/taskpane.html`;

/**
 * Trusted localhost certificates from office-addin-dev-certs. Installing its CA may run sudo (Linux)
 * or a keychain prompt (macOS); that is only attempted with a terminal to answer it. Without one,
 * certificates that are already installed and valid are used, and anything else falls back.
 */
async function officeDevCerts() {
  const devCerts = require("office-addin-dev-certs");
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactive) return await devCerts.getHttpsServerOptions();
  if (!devCerts.verifyCertificates()) {
    throw new Error("no trusted development certificate is installed, and installing one needs an interactive terminal");
  }
  const dir = path.join(homedir(), ".office-addin-dev-certs");
  return {
    ca: readFileSync(path.join(dir, "ca.crt")),
    cert: readFileSync(path.join(dir, "localhost.crt")),
    key: readFileSync(path.join(dir, "localhost.key")),
  };
}

async function chooseServer() {
  if (process.argv.includes("--self-signed")) {
    return { server: { type: "https" }, trusted: false, why: "--self-signed was given" };
  }
  try {
    return { server: { type: "https", options: await officeDevCerts() }, trusted: true };
  } catch (error) {
    return { server: { type: "https" }, trusted: false, why: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

function banner({ trusted, why }) {
  const certText = trusted
    ? "Certificate: office-addin-dev-certs (its CA is trusted by this machine)."
    : [
        `Certificate: webpack-dev-server's self-signed certificate (${why}).`,
        "  Browsers will warn about it, and Outlook refuses to load an add-in from an untrusted https origin.",
        "  To trust a development certificate, run once in a terminal:  npx office-addin-dev-certs install",
        "  then restart npm start. (In a plain browser you can also accept the warning for localhost.)",
      ].join("\n");
  return `
NDR Assistant dev server is running.

  Task pane:  ${PANE_URL}
              (in a plain browser this is preview mode: Office.onReady reports no host, so there is no
              mailbox; use the samples, paste text, or drop an .eml/.msg file)
  Manifest:   ${path.join(root, "manifest.xml")}

${certText}

Sideload manifest.xml into Outlook to try it on real mail:
  Outlook on the web / new Outlook for Windows:
    open https://aka.ms/olksideload -> My add-ins -> Custom add-ins -> Add a custom add-in -> Add from file
    -> choose manifest.xml; then open a message and pick "Explain bounce" from the message's Apps/... menu.
  Classic Outlook for Windows / Outlook for Mac:
    Home -> Get Add-ins (or the Apps button) -> My add-ins -> Add a custom add-in -> Add from file.
    (Both use the same dialog as Outlook on the web for the same mailbox.)
  Remember: Outlook does not start add-ins on a bounce (NDR) itself. Forward it to yourself as an
  attachment or inline and open the forwarded copy, or drag the bounce onto the open pane.

Press Ctrl+C to stop.
`;
}

/** webpack-dev-server throws EADDRINUSE from a listen callback, past any try/catch: probe first. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
  });
}

async function main() {
  if (!(await portIsFree(createConfig.DEV_PORT))) {
    console.error(`Port ${createConfig.DEV_PORT} is already in use. Stop the other server (another npm start?) and try again.`);
    process.exit(1);
  }
  const choice = await chooseServer();
  const config = createConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, server: choice.server }, compiler);

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  await server.start();
  console.log(banner(choice));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
