import type { BrowserContext } from "playwright-core";
import type { DohTestServer } from "../../dns/support/dohTestServer";

/**
 * An HTTPS resolver URL the pane can be given. The page's policy admits https: (connect-src), and
 * Playwright then hands the request, after Chromium's policy check, to the local DoH test server,
 * adding the CORS headers a browser needs. The pane can't tell it from a public resolver.
 */
export const TEST_RESOLVER_URL = "https://doh.test.invalid/dns-query";

export async function routeResolver(context: BrowserContext, doh: DohTestServer): Promise<void> {
  const cors = { "access-control-allow-origin": "*", "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "content-type, accept" };
  // Registered after the guard in openGuardedPage, so it takes precedence for this URL.
  await context.route(`${new URL(TEST_RESOLVER_URL).origin}/**`, async (route) => {
    const request = route.request();
    if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
    const target = new URL(request.url());
    const upstream = new URL(doh.url);
    upstream.search = target.search;
    const response = await route.fetch({ url: upstream.toString() });
    await route.fulfill({ response, headers: { ...response.headers(), ...cors } });
  });
}
