/**
 * The organisation's default admin address. Office has no place for add-in configuration, so a
 * deployment sets it either on the manifest's task pane URL (?admin=helpdesk@contoso.com) or at
 * build time (NDR_DEFAULT_ADMIN). Both are validated; an invalid value is ignored and reported.
 *
 * Only inside Outlook is ?admin= the organisation's: there the task pane URL comes from the
 * manifest the organisation deployed. In preview mode (a plain browser) anyone can send a link
 * with ?admin= in it, so that value is "from the link you opened" (source "link"), never "set by
 * your admin", and a build-time default, which the organisation did set, wins over it.
 */
import { isAdminAddress, isInvisibleOrDirectional } from "../classifier/mail/address";
import type { AdminAddressSource, OfficeFailure } from "./types";

export const ADMIN_QUERY_PARAMETER = "admin";

export interface OrgDefaultSources {
  /** The task pane URL's query string, e.g. "?admin=helpdesk%40contoso.com". */
  search?: string;
  /** NDR_DEFAULT_ADMIN as the build saw it. */
  buildTime?: string;
}

/** "outlook": the URL is the manifest's; "preview": the URL is whatever link opened the page. */
export type PaneMode = "outlook" | "preview";

export interface OrgDefault {
  address?: string;
  /** Where `address` came from: "organisation" (manifest URL in Outlook, or the build) or "link" (a preview page's URL). */
  source?: Exclude<AdminAddressSource, "user">;
  /** One entry per ignored value, for the diagnostics panel (values are shown cut, never trusted). */
  problems: OfficeFailure[];
}

/** Long enough to recognise a typo, short enough that a hostile URL can't flood the diagnostics. */
const SHOWN_CHARS = 80;

/** Invisible and bidi characters are shown as U+XXXX, so the diagnostics panel shows what was ignored. */
function shown(value: string): string {
  let visible = "";
  for (const c of value) {
    // Past the cut nothing more is shown, however long the value.
    if (visible.length > SHOWN_CHARS) break;
    visible += isInvisibleOrDirectional(c.charCodeAt(0)) ? `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : c;
  }
  return visible.length > SHOWN_CHARS ? `${visible.slice(0, SHOWN_CHARS)}…` : visible;
}

export function buildTimeDefaultAdmin(): string | undefined {
  // typeof: the global exists only in a webpack build; everywhere else this must not throw.
  return typeof __NDR_DEFAULT_ADMIN__ === "string" && __NDR_DEFAULT_ADMIN__ !== "" ? __NDR_DEFAULT_ADMIN__ : undefined;
}

export function pageSearch(): string {
  try {
    return typeof window !== "undefined" ? window.location.search : "";
  } catch {
    return "";
  }
}

function queryValue(search: string): string | undefined {
  try {
    const value = new URLSearchParams(search).get(ADMIN_QUERY_PARAMETER);
    return value === null ? undefined : value;
  } catch {
    return undefined;
  }
}

interface Candidate {
  step: string;
  value: string | undefined;
  source: Exclude<AdminAddressSource, "user">;
}

/**
 * In Outlook the query parameter wins over the build setting: it is the more specific deployment
 * (one manifest per tenant). In preview the build setting wins: a link is not the organisation.
 */
export function resolveOrgDefault(sources: OrgDefaultSources, mode: PaneMode = "outlook"): OrgDefault {
  const problems: OfficeFailure[] = [];
  const query: Candidate =
    mode === "outlook"
      ? { step: `Organisation default (?${ADMIN_QUERY_PARAMETER}= on the task pane URL)`, value: queryValue(sources.search ?? ""), source: "organisation" }
      : { step: `Address from the link that opened this page (?${ADMIN_QUERY_PARAMETER}=)`, value: queryValue(sources.search ?? ""), source: "link" };
  const build: Candidate = { step: "Organisation default (NDR_DEFAULT_ADMIN at build time)", value: sources.buildTime, source: "organisation" };
  let chosen: { address: string; source: Candidate["source"] } | undefined;
  for (const { step, value, source } of mode === "outlook" ? [query, build] : [build, query]) {
    if (value === undefined || value.trim() === "") continue;
    if (!isAdminAddress(value)) {
      problems.push({ step, code: "InvalidAddress", message: `Ignored "${shown(value)}": not a valid email address.` });
      continue;
    }
    chosen ??= { address: value.trim(), source };
  }
  return chosen ? { ...chosen, problems } : { problems };
}
