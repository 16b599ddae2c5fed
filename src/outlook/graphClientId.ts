/**
 * The Entra (Azure AD) application id the pane signs in with for the recent-bounces list. A
 * deployment sets it at build time (NDR_GRAPH_CLIENT_ID) or on the task pane URL
 * (?graphClientId=…); without a valid one the feature is not offered. Pure: the build, the
 * manifest tool and the pane use this one check.
 */

export const GRAPH_CLIENT_ID_QUERY_PARAMETER = "graphClientId";

/** An application (client) id is a GUID: 8-4-4-4-12 hex digits. */
export function parseGraphClientId(input: string | null | undefined): string | undefined {
  if (typeof input !== "string") return undefined;
  const value = input.trim();
  if (value.length !== 36) return undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== "-") return undefined;
    } else if (!((c >= "0" && c <= "9") || (c >= "a" && c <= "f") || (c >= "A" && c <= "F"))) {
      return undefined;
    }
  }
  return value.toLowerCase();
}

export function buildTimeGraphClientId(): string | undefined {
  // typeof: the global exists only in a webpack build; everywhere else this must not throw.
  return typeof __NDR_GRAPH_CLIENT_ID__ === "string" && __NDR_GRAPH_CLIENT_ID__ !== "" ? __NDR_GRAPH_CLIENT_ID__ : undefined;
}

export interface GraphClientIdSources {
  /** The task pane URL's query string. */
  search?: string;
  /** NDR_GRAPH_CLIENT_ID as the build saw it. */
  buildTime?: string;
}

export interface GraphClientIdSetting {
  clientId?: string;
  /** One entry per ignored value, for the Diagnostics panel (as for the org admin address). */
  problems: Array<{ step: string; code: string; message: string }>;
}

/** The task pane URL wins over the build (one manifest per tenant), as for ?admin=. */
export function resolveGraphClientId(sources: GraphClientIdSources): GraphClientIdSetting {
  let fromUrl: string | null = null;
  try {
    fromUrl = new URLSearchParams(sources.search ?? "").get(GRAPH_CLIENT_ID_QUERY_PARAMETER);
  } catch {
    fromUrl = null;
  }
  const problems: GraphClientIdSetting["problems"] = [];
  let clientId: string | undefined;
  for (const [step, value] of [
    [`Mailbox search app id (?${GRAPH_CLIENT_ID_QUERY_PARAMETER}= on the task pane URL)`, fromUrl ?? undefined],
    ["Mailbox search app id (NDR_GRAPH_CLIENT_ID at build time)", sources.buildTime],
  ] as const) {
    if (value === undefined || value.trim() === "") continue;
    const parsed = parseGraphClientId(value);
    if (!parsed) {
      const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
      problems.push({ step, code: "InvalidClientId", message: `Ignored "${shown}": not an application (client) id (a GUID).` });
      continue;
    }
    clientId ??= parsed;
  }
  return { clientId, problems };
}
