/**
 * What a build is configured with, read once from the environment (and the organisation settings
 * file NDR_ORG_CONFIG names) and checked with the pane's own validators, so a typo stops the build
 * instead of shipping a dead address:
 *
 * - ADDIN_BASE_URL: where the production dist/manifest.xml points; unset keeps the dev URLs.
 * - NDR_DEFAULT_ADMIN: the organisation's default admin address, built into the pane.
 * - NDR_GRAPH_CLIENT_ID: the Entra app id of the recent-bounces list.
 * - NDR_CONNECT_SRC: the resolvers' origins the policy allows (default any https origin).
 * - PANE_BUDGET_KB / PANE_BUDGET_WARN_ONLY: the first-view budget.
 * - NDR_ORG_CONFIG: an organisation settings file (build/orgSettings.ts); the variables above win over it.
 */
import { isAdminAddress } from "../src/classifier/mail/address";
import { resolverOrigins } from "../src/dns/resolverList";
import { parseGraphClientId } from "../src/outlook/graphClientId";
import { parseConnectSources } from "./connectSources";
import { DEV_BASE, parseBaseUrl } from "./manifest/urls";
import { readOrgSettingsFile, type OrgSettings } from "./orgSettings";

export type BuildEnv = Readonly<Record<string, string | undefined>>;

export interface BuildSettings {
  production: boolean;
  /** The production manifest's base address; undefined keeps the development URLs. */
  base?: string;
  defaultAdmin?: string;
  graphClientId?: string;
  /** connect-src sources besides 'self' and Graph. */
  connect: string[];
  budget: { limitKb: number; warnOnly: boolean };
  /** Things the build should say (not errors). */
  notes: string[];
}

function set(env: BuildEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

export function defaultAdminFrom(value: string): string {
  if (!isAdminAddress(value)) {
    throw new Error(
      `NDR_DEFAULT_ADMIN="${value}" is not an email address. Set it to one address, for example NDR_DEFAULT_ADMIN=helpdesk@contoso.com, or leave it unset.`,
    );
  }
  return value.trim();
}

export function graphClientIdFrom(value: string): string {
  const id = parseGraphClientId(value);
  if (id === undefined) {
    throw new Error(
      `NDR_GRAPH_CLIENT_ID="${value}" is not an application (client) id. Set it to the Entra app's GUID, for example 0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b, or leave it unset.`,
    );
  }
  return id;
}

export function budgetFrom(env: BuildEnv): { limitKb: number; warnOnly: boolean } {
  const raw = env.PANE_BUDGET_KB;
  const limitKb = raw === undefined || raw === "" ? 200 : Number(raw);
  if (!Number.isFinite(limitKb) || limitKb <= 0) throw new Error(`PANE_BUDGET_KB="${raw}" is not a positive number of kilobytes.`);
  return { limitKb, warnOnly: env.PANE_BUDGET_WARN_ONLY === "1" };
}

export interface BuildSettingsOptions {
  production: boolean;
  readOrgSettings?: (file: string) => OrgSettings;
}

export function buildSettings(env: BuildEnv, { production, readOrgSettings = readOrgSettingsFile }: BuildSettingsOptions): BuildSettings {
  const notes: string[] = [];
  const orgFile = set(env, "NDR_ORG_CONFIG");
  const org = orgFile === undefined ? {} : readOrgSettings(orgFile);
  const pick = (variable: string, fromOrg: string | undefined, key: string): string | undefined => {
    const value = set(env, variable);
    if (value !== undefined && fromOrg !== undefined) notes.push(`${variable} is set: it wins over "${key}" in ${orgFile}.`);
    return value;
  };

  const adminVar = pick("NDR_DEFAULT_ADMIN", org.admin, "admin");
  const graphVar = pick("NDR_GRAPH_CLIENT_ID", org.graphClientId, "graphClientId");
  const connectVar = pick("NDR_CONNECT_SRC", org.dnsResolvers?.join(" "), "dnsResolvers");

  let base: string | undefined;
  if (production) {
    // ADDIN_BASE_URL is kept as given (an empty value counts as unset, as it always has).
    const raw = env.ADDIN_BASE_URL;
    const baseVar = raw === undefined || raw === "" ? undefined : raw;
    if (baseVar !== undefined && org.baseUrl !== undefined) notes.push(`ADDIN_BASE_URL is set: it wins over "baseUrl" in ${orgFile}.`);
    base = baseVar !== undefined ? parseBaseUrl(baseVar).base : org.baseUrl;
    if (base === undefined) {
      notes.push(`ADDIN_BASE_URL is not set: dist/manifest.xml keeps the development URLs (${DEV_BASE}). Set ADDIN_BASE_URL=https://… for a deployable build.`);
    }
  }

  return {
    production,
    base,
    defaultAdmin: adminVar !== undefined ? defaultAdminFrom(adminVar) : org.admin,
    graphClientId: graphVar !== undefined ? graphClientIdFrom(graphVar) : org.graphClientId,
    connect: connectVar !== undefined || org.dnsResolvers === undefined ? parseConnectSources(connectVar) : resolverOrigins(org.dnsResolvers),
    budget: budgetFrom(env),
    notes,
  };
}
