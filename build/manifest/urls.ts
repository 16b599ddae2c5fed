/**
 * Where the manifest points. The checked-in manifest.xml names the dev server
 * (https://localhost:3000/); a production build or an organisation's manifest swaps in the base
 * address dist/ is served from, so one manifest template serves all of them.
 */

export const DEV_BASE = "https://localhost:3000/";
export const DEV_ORIGIN = "https://localhost:3000";

export interface BaseUrl {
  /** The base with exactly one trailing slash. */
  base: string;
  origin: string;
}

/**
 * Checks a base address (ADDIN_BASE_URL, --base-url, "baseUrl") and returns it with exactly one
 * trailing slash. Office refuses http SourceLocations, so a non-https base would only fail later
 * inside Outlook; fail at once instead.
 */
export function parseBaseUrl(value: string | undefined, name = "ADDIN_BASE_URL"): BaseUrl {
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(`${name} is empty: set it to the https:// address the built dist/ folder is served from, e.g. ${name}=https://ndr.example.com/`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${name} is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`${name} must be an https:// URL (Outlook loads add-ins only over HTTPS); got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${name} must be a plain base address without query, fragment or credentials; got ${JSON.stringify(value)}`);
  }
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base: href, origin: url.origin };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Rewrites every dev URL in the manifest text to the production base (AppDomain gets the origin only). */
export function rewriteManifestUrls(xml: string, baseUrl: string | undefined): string {
  const { base, origin } = parseBaseUrl(baseUrl);
  const escapedOrigin = origin.replace(/&/g, "&amp;");
  const escapedBase = base.replace(/&/g, "&amp;");
  return xml.split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`).join(`<AppDomain>${escapedOrigin}</AppDomain>`).split(DEV_BASE).join(escapedBase);
}
