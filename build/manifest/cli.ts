/**
 * ndr-assistant-manifest: one organisation's manifest in one command.
 *
 *   npx ndr-assistant-manifest --base-url https://ndr.contoso.com/ --admin helpdesk@contoso.com \
 *     [--graph-client-id GUID] [--dns-resolvers "URL [URL…]"] [--config org.json] \
 *     [--id GUID] [--version N.N.N.N] --out contoso-manifest.xml
 *
 * Checks every value with the validator the pane uses, writes the manifest only when it passes the
 * project's offline manifest checks, and says what to upload where.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { resolverOrigins } from "../../src/dns/resolverList";
import { GRAPH_ORIGIN } from "../csp";
import { checkSetting, readOrgSettingsFile, SettingsError, type OrgSettings } from "../orgSettings";
import { addinIdFor } from "./addinId";
import { checkManifest } from "./checks";
import { manifestIdentity, orgManifest, sameButVersion } from "./orgManifest";
import { compareVersions, formatVersion, nextVersion, parseVersion, versionFromPackage } from "./version";

export const ROOT = resolve(__dirname, "..", "..");

export const USAGE = `Usage: ndr-assistant-manifest --base-url https://ndr.contoso.com/ --out FILE [options]

Writes the Outlook add-in manifest for one organisation and checks it offline.

  --base-url URL          https address the built pane (dist/) is served from
  --admin ADDRESS         the helpdesk address the pane offers for "Forward to admin"
  --graph-client-id GUID  Entra app id for the recent-bounces list (Microsoft Graph)
  --dns-resolvers "URLS"  allowed DNS-over-HTTPS resolvers, space-separated; the first is the default
  --config FILE           organisation settings (JSON: baseUrl, admin, graphClientId, dnsResolvers,
                          addinId); the options above win over it
  --id GUID               add-in id (default: derived from the base address, stable across runs)
  --version N.N.N.N       manifest version (default: package version, or one above the --out file's)
  --out FILE              where to write the manifest
  --help                  show this text

Exit codes: 0 written (or unchanged), 1 bad usage or an invalid value, 2 the manifest failed its checks.`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

/** Adds the settings the flags give on top of the file's, each checked like the pane checks it. */
function settingsFrom(values: Record<string, string | boolean | undefined>, cwd: string): OrgSettings {
  const problems: string[] = [];
  let settings: OrgSettings = {};
  if (typeof values.config === "string") settings = readOrgSettingsFile(resolve(cwd, values.config));
  const flags: Array<[keyof OrgSettings, string]> = [
    ["baseUrl", "base-url"],
    ["admin", "admin"],
    ["graphClientId", "graph-client-id"],
    ["dnsResolvers", "dns-resolvers"],
    ["addinId", "id"],
  ];
  for (const [key, flag] of flags) {
    const value = values[flag];
    if (typeof value !== "string") continue;
    try {
      if (key === "dnsResolvers") settings.dnsResolvers = checkSetting.dnsResolvers(value, `--${flag}`);
      else settings[key] = checkSetting[key](value, `--${flag}`);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function nextSteps(file: string, settings: OrgSettings & { baseUrl: string }, id: string, version: string, usedConfig: boolean): string[] {
  const base = settings.baseUrl;
  const lines = [
    "",
    "Next steps",
    `1. Serve the built pane at ${base} (npm run build, then npm run serve behind your HTTPS proxy, the container, or any`,
    '   static host with the headers in README "Hosting"). Check that this opens the pane (preview mode) in a browser:',
    `     ${base}taskpane.html`,
    "2. Microsoft 365 admin center (https://admin.microsoft.com) > Settings > Integrated apps > Upload custom apps:",
    `   app type "Office Add-in", upload ${file}, assign users or groups (we suggest a pilot group first), Deploy.`,
    "   A new add-in can take up to 24 hours to appear in Outlook.",
    "   Already deployed? Open NDR Assistant in Integrated apps and choose Update with this file instead: the admin",
    `   center takes only a higher version than the deployed one (this file is ${version}). Updates can take up to 72 hours.`,
  ];
  let step = 3;
  if (settings.graphClientId) {
    const origin = new URL(base).origin;
    const redirect = `${base}assets/support.html`;
    const consent =
      `https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=${settings.graphClientId}` +
      `&scope=${encodeURIComponent(`${GRAPH_ORIGIN}/Mail.Read`)}&redirect_uri=${encodeURIComponent(redirect)}`;
    lines.push(
      `${step++}. Recent bounces (Microsoft Graph): in the Entra app registration ${settings.graphClientId} (multitenant), add the`,
      `   single-page application redirect URIs brk-multihub://${new URL(origin).host} and ${redirect}, and the delegated Graph permission Mail.Read.`,
      "   Then an administrator who may grant tenant-wide consent (e.g. Global or Cloud Application Administrator) opens:",
      `     ${consent}`,
    );
  }
  if (settings.dnsResolvers) {
    const origins = resolverOrigins(settings.dnsResolvers).join(" ");
    lines.push(
      `${step++}. The pane offers only these DNS resolvers: ${settings.dnsResolvers.join(", ")}.`,
      "   Make its policy refuse the others too: serve with npm run serve -- " +
        (usedConfig ? "--config <your settings file>" : `--dns-resolvers "${settings.dnsResolvers.join(" ")}"`) +
        ",",
      `   or build with NDR_CONNECT_SRC="${origins}" for a static host.`,
    );
  }
  lines.push("", `Add-in id ${id} (from the base address; pass --id or "addinId" to keep an older one).`);
  if (!usedConfig) {
    const saved: OrgSettings = { baseUrl: base, admin: settings.admin, graphClientId: settings.graphClientId, dnsResolvers: settings.dnsResolvers };
    lines.push("To keep these settings for the build, the server and next time, save them as a file and pass --config:", `  ${JSON.stringify(saved)}`);
  }
  return lines;
}

export function run(argv: readonly string[], io: CliIo): number {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        "base-url": { type: "string" },
        admin: { type: "string" },
        "graph-client-id": { type: "string" },
        "dns-resolvers": { type: "string" },
        config: { type: "string" },
        id: { type: "string" },
        version: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`ndr-assistant-manifest: ${error instanceof Error ? error.message : String(error)}`);
    io.err(USAGE);
    return 1;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }

  let settings: OrgSettings;
  try {
    settings = settingsFrom(values, io.cwd);
  } catch (error) {
    for (const line of error instanceof SettingsError ? error.problems : [String(error)]) io.err(`ndr-assistant-manifest: ${line}`);
    return 1;
  }
  const problems: string[] = [];
  if (settings.baseUrl === undefined) problems.push('--base-url (or "baseUrl" in --config) is required: the https address dist/ is served from.');
  if (typeof values.out !== "string" || values.out.trim() === "") problems.push("--out FILE is required.");
  let explicitVersion: number[] | undefined;
  if (typeof values.version === "string") {
    explicitVersion = parseVersion(values.version);
    if (!explicitVersion) problems.push(`--version "${values.version}" is not a manifest version (up to four numbers, e.g. 1.0.0.0).`);
  }
  if (problems.length > 0 || settings.baseUrl === undefined || typeof values.out !== "string") {
    for (const line of problems) io.err(`ndr-assistant-manifest: ${line}`);
    return 1;
  }
  const org = { ...settings, baseUrl: settings.baseUrl };
  const out = resolve(io.cwd, values.out);
  const id = settings.addinId ?? addinIdFor(org.baseUrl);
  const template = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const packageVersion = versionFromPackage((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);

  const previousText = existsSync(out) ? readFileSync(out, "utf8") : undefined;
  const previous = previousText === undefined ? undefined : manifestIdentity(previousText);
  const previousVersion = previous && previous.id === id ? parseVersion(previous.version) : undefined;
  if (previous && previous.id !== id) {
    io.err(
      `ndr-assistant-manifest: ${values.out} holds add-in ${previous.id}; this manifest is add-in ${id}. Uploading it adds a second add-in. ` +
        `If you moved the add-in to a new address and want to update the deployed one, pass --id ${previous.id} (or "addinId" in the settings file).`,
    );
  }

  // Unchanged settings: keep the file (and its version) as it is, so re-running is harmless.
  if (previousText !== undefined && previousVersion && !explicitVersion) {
    const same = orgManifest({ template, settings: org, id, version: formatVersion(previousVersion) });
    if (same === previousText || sameButVersion(same, previousText)) {
      io.out(`${values.out} is already up to date (add-in ${id}, version ${previous?.version}): nothing to upload.`);
      return 0;
    }
  }

  const version = explicitVersion ?? nextVersion(packageVersion, previousVersion);
  if (explicitVersion && previousVersion && compareVersions(explicitVersion, previousVersion) <= 0) {
    io.err(
      `ndr-assistant-manifest: warning: --version ${formatVersion(explicitVersion)} is not higher than ${formatVersion(previousVersion)} in ${values.out}; the admin center updates a deployed add-in only to a higher version.`,
    );
  }
  const text = orgManifest({ template, settings: org, id, version: formatVersion(version) });
  const failures = checkManifest(text, org.baseUrl, ROOT);
  if (failures.length > 0) {
    io.err("ndr-assistant-manifest: the manifest failed the project's manifest checks and was not written:");
    for (const f of failures) io.err(`  - ${f.check}: ${f.message}`);
    return 2;
  }
  writeAtomic(out, text);
  io.out(`Wrote ${values.out}: NDR Assistant for ${org.baseUrl}, add-in id ${id}, version ${formatVersion(version)}. It passed the offline manifest checks.`);
  for (const line of nextSteps(values.out, org, id, formatVersion(version), typeof values.config === "string")) io.out(line);
  return 0;
}
