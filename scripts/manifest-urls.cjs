// Production URL rewrite for manifest.xml. The checked-in manifest names the dev server
// (https://localhost:3000/); a production build swaps in ADDIN_BASE_URL so one manifest serves both.
"use strict";

const { URL } = require("node:url");

const DEV_BASE = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks ADDIN_BASE_URL and returns it with exactly one trailing slash. Office refuses http
 * SourceLocations, so a non-https base would only fail later inside Outlook; fail the build instead.
 */
function parseBaseUrl(value) {
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error("ADDIN_BASE_URL is empty: set it to the https:// address the built dist/ folder is served from, e.g. ADDIN_BASE_URL=https://ndr.example.com/");
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a valid URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Outlook loads add-ins only over HTTPS); got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must be a plain base address without query, fragment or credentials; got ${JSON.stringify(value)}`);
  }
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { base: href, origin: url.origin };
}

/** Rewrites every dev URL in the manifest text to the production base (AppDomain gets the origin only). */
function rewriteManifestUrls(xml, baseUrl) {
  const { base, origin } = parseBaseUrl(baseUrl);
  const escapedOrigin = origin.replace(/&/g, "&amp;");
  const escapedBase = base.replace(/&/g, "&amp;");
  return xml
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${escapedOrigin}</AppDomain>`)
    .split(DEV_BASE)
    .join(escapedBase);
}

module.exports = { DEV_BASE, parseBaseUrl, rewriteManifestUrls };
