/**
 * One organisation's manifest, made from the checked-in manifest.xml: its URLs moved to the
 * organisation's base address, its own add-in id and version, and the organisation's settings on
 * the task pane URL, where the pane reads them (?admin= in src/outlook/orgDefault.ts,
 * ?graphClientId= in src/outlook/graphClientId.ts, ?dnsResolvers= in src/dns/resolverList.ts).
 */
import { DNS_RESOLVERS_QUERY_PARAMETER } from "../../src/dns/resolverList";
import { GRAPH_CLIENT_ID_QUERY_PARAMETER } from "../../src/outlook/graphClientId";
import { ADMIN_QUERY_PARAMETER } from "../../src/outlook/orgDefault";
import type { OrgSettings } from "../orgSettings";
import { escapeXml, rewriteManifestUrls } from "./urls";

export interface OrgManifestInput {
  /** manifest.xml as checked in. */
  template: string;
  settings: OrgSettings & { baseUrl: string };
  id: string;
  version: string;
}

/** The task pane URL's query: only the settings that are set, in a fixed order. */
export function taskpaneQuery(settings: OrgSettings): string {
  const query = new URLSearchParams();
  if (settings.admin) query.set(ADMIN_QUERY_PARAMETER, settings.admin);
  if (settings.graphClientId) query.set(GRAPH_CLIENT_ID_QUERY_PARAMETER, settings.graphClientId);
  if (settings.dnsResolvers && settings.dnsResolvers.length > 0) query.set(DNS_RESOLVERS_QUERY_PARAMETER, settings.dnsResolvers.join(" "));
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

function replaceOnce(xml: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(xml)) throw new Error(`manifest.xml has no ${what} to set`);
  return xml.replace(pattern, replacement);
}

export function orgManifest({ template, settings, id, version }: OrgManifestInput): string {
  const base = settings.baseUrl;
  let xml = rewriteManifestUrls(template, base);
  // The template's leading comment speaks of development URLs; say what this file is instead.
  xml = xml.replace(
    /<!--[\s\S]*?-->\s*(?=<OfficeApp)/,
    `<!--\n  NDR Assistant for the organisation served from ${escapeXml(base).replace(/--/g, "- -")}.\n  Written by ndr-assistant-manifest from manifest.xml; regenerate it rather than editing by hand.\n-->\n`,
  );
  xml = replaceOnce(xml, /<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`, "<Id>");
  xml = replaceOnce(xml, /<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`, "<Version>");
  const pane = escapeXml(`${base}taskpane.html`);
  const query = taskpaneQuery(settings);
  if (query !== "") {
    const withQuery = escapeXml(`${base}taskpane.html${query}`);
    const occurrences = xml.split(`"${pane}"`).length - 1;
    if (occurrences !== 2)
      throw new Error(`expected the task pane URL twice in manifest.xml (SourceLocation and Taskpane.Url), found it ${occurrences} time(s)`);
    xml = xml.split(`"${pane}"`).join(`"${withQuery}"`);
  }
  return xml;
}

/** The Id and Version of a manifest already written, when it can be read. */
export function manifestIdentity(xml: string): { id: string; version: string } | undefined {
  const id = /<Id>\s*([^<]*?)\s*<\/Id>/.exec(xml)?.[1];
  const version = /<Version>\s*([^<]*?)\s*<\/Version>/.exec(xml)?.[1];
  return id && version ? { id: id.toLowerCase(), version } : undefined;
}

/** Two manifests that differ in nothing but their version. */
export function sameButVersion(a: string, b: string): boolean {
  const strip = (xml: string): string => xml.replace(/<Version>[^<]*<\/Version>/, "<Version/>");
  return strip(a) === strip(b);
}
