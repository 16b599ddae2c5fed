/**
 * The organisation's default admin address. Office has no place for add-in configuration, so a
 * deployment sets it either on the manifest's task pane URL (?admin=helpdesk@contoso.com) or at
 * build time (NDR_DEFAULT_ADMIN). Both are validated; an invalid value is ignored and reported.
 */
import { isValidEmailAddress } from "./emailAddress";
import type { OfficeFailure } from "./types";

export const ADMIN_QUERY_PARAMETER = "admin";

export interface OrgDefaultSources {
  /** The task pane URL's query string, e.g. "?admin=helpdesk%40contoso.com". */
  search?: string;
  /** NDR_DEFAULT_ADMIN as the build saw it. */
  buildTime?: string;
}

export interface OrgDefault {
  address?: string;
  /** One entry per ignored value, for the diagnostics panel (values are shown cut, never trusted). */
  problems: OfficeFailure[];
}

/** Long enough to recognise a typo, short enough that a hostile URL can't flood the diagnostics. */
const SHOWN_CHARS = 80;

function shown(value: string): string {
  return value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
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

/** The query parameter wins over the build setting: it is the more specific deployment (one manifest per tenant). */
export function resolveOrgDefault(sources: OrgDefaultSources): OrgDefault {
  const problems: OfficeFailure[] = [];
  const candidates: Array<{ step: string; value: string | undefined }> = [
    { step: `Organisation default (?${ADMIN_QUERY_PARAMETER}= on the task pane URL)`, value: queryValue(sources.search ?? "") },
    { step: "Organisation default (NDR_DEFAULT_ADMIN at build time)", value: sources.buildTime },
  ];
  let address: string | undefined;
  for (const { step, value } of candidates) {
    if (value === undefined || value.trim() === "") continue;
    if (!isValidEmailAddress(value)) {
      problems.push({ step, code: "InvalidAddress", message: `Ignored "${shown(value)}": not a valid email address.` });
      continue;
    }
    address ??= value.trim();
  }
  return { address, problems };
}
