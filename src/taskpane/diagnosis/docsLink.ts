/**
 * The "read more" link of a guidance entry. Microsoft's article is the right reading only when
 * Microsoft's service wrote the report or refused the message; for a Gmail or Postfix bounce it
 * would send the user to Exchange advice, so it is left out there.
 */
import type { Diagnosis, GuidanceEntry } from "../../classifier/types";
import { safeHttpsUrl } from "../common/safeUrl";
import { involvesMicrosoft } from "./microsoftServer";

const MICROSOFT_DOCS = ["microsoft.com", "office.com", "office365.com", "aka.ms"];

function isMicrosoftUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return MICROSOFT_DOCS.some((d) => host === d || host.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

export function docsLinkOf(
  entry: GuidanceEntry,
  diagnosis: Pick<Diagnosis, "layout" | "reportingMta" | "recipients">,
): { url: string; microsoft: boolean } | undefined {
  const url = safeHttpsUrl(entry.docsUrl);
  if (!url) return undefined;
  const microsoft = isMicrosoftUrl(url);
  if (microsoft && !involvesMicrosoft(diagnosis)) return undefined;
  return { url, microsoft };
}
