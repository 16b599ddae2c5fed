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
