/**
 * One organisation's settings, in one JSON file that every tool reads:
 *
 *   { "baseUrl": "https://ndr.contoso.com/", "admin": "helpdesk@contoso.com",
 *     "graphClientId": "…", "dnsResolvers": ["https://doh.contoso.com/dns-query"] }
 *
 * - `npx ndr-assistant-manifest --config FILE` writes the organisation's manifest: the pane finds
 *   admin, graphClientId and dnsResolvers on its task pane URL.
 * - `npm run serve -- --config FILE` narrows the policy header's connect-src to dnsResolvers.
 * - `NDR_ORG_CONFIG=FILE npm run build` bakes them into the build for static hosts (the meta
 *   policy's connect-src, the built-in default admin and Graph app, dist/manifest.xml's base).
 *
 * Every value is checked with the validator the pane itself uses.
 */
import { readFileSync } from "node:fs";
import { isAdminAddress } from "../src/classifier/mail/address";
import { parseResolverList } from "../src/dns/resolverList";
import { parseGraphClientId } from "../src/outlook/graphClientId";
import { parseBaseUrl } from "./manifest/urls";

export interface OrgSettings {
  /** https base address dist/ is served from, with one trailing slash. */
  baseUrl?: string;
  /** The organisation's helpdesk address, the pane's default "send to admin" address. */
  admin?: string;
  /** The Entra app id of the recent-bounces list (lower case). */
  graphClientId?: string;
  /** Allowed DNS-over-HTTPS resolvers, the first being the pane's default. */
  dnsResolvers?: string[];
  /** Pins the add-in id (GUID), e.g. to keep the deployed add-in when the base address moves. */
  addinId?: string;
}

export const ORG_SETTING_KEYS: readonly (keyof OrgSettings)[] = ["baseUrl", "admin", "graphClientId", "dnsResolvers", "addinId"];

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "SettingsError";
  }
}

/** Each check returns the normalised value, or throws an Error whose message names what is wrong. */
export const checkSetting = {
  baseUrl(value: string, name: string): string {
    return parseBaseUrl(value, name).base;
  },
  admin(value: string, name: string): string {
    if (!isAdminAddress(value)) throw new Error(`${name}="${value}" is not an email address (one address, for example helpdesk@contoso.com).`);
    return value.trim();
  },
  graphClientId(value: string, name: string): string {
    const id = parseGraphClientId(value);
    if (id === undefined)
      throw new Error(`${name}="${value}" is not an application (client) id: the Entra app's GUID, for example 0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b.`);
    return id;
  },
  dnsResolvers(value: string | readonly string[], name: string): string[] {
    const parsed = parseResolverList(value);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
    return parsed.resolvers;
  },
  addinId(value: string, name: string): string {
    // An add-in id is a GUID like an app id: the one GUID check the project has.
    const id = parseGraphClientId(value);
    if (id === undefined) throw new Error(`${name}="${value}" is not a GUID (8-4-4-4-12 hex digits).`);
    return id;
  },
};

/** Checks a parsed settings object; collects every problem before throwing, so one run lists them all. */
export function parseOrgSettings(data: unknown, source: string): OrgSettings {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new SettingsError([`${source}: expected a JSON object with ${ORG_SETTING_KEYS.join(", ")}.`]);
  const problems: string[] = [];
  const settings: OrgSettings = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key.startsWith("//") || key === "$schema") continue; // comments
    const name = `${source}: "${key}"`;
    if (!(ORG_SETTING_KEYS as readonly string[]).includes(key)) {
      problems.push(`${source}: unknown setting "${key}" (known: ${ORG_SETTING_KEYS.join(", ")}).`);
      continue;
    }
    if (value === null || value === "") continue;
    try {
      if (key === "dnsResolvers") {
        if (typeof value !== "string" && !(Array.isArray(value) && value.every((v) => typeof v === "string")))
          throw new Error(`${name} must be a list of https URLs.`);
        settings.dnsResolvers = checkSetting.dnsResolvers(value as string | string[], name);
      } else {
        if (typeof value !== "string") throw new Error(`${name} must be a string.`);
        const k = key as Exclude<keyof OrgSettings, "dnsResolvers">;
        settings[k] = checkSetting[k](value, name);
      }
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

export function readOrgSettingsFile(file: string): OrgSettings {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SettingsError([`Cannot read the organisation settings ${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SettingsError([`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return parseOrgSettings(data, file);
}
