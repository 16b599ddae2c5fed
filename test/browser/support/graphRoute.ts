/**
 * Sends the pane's requests to https://graph.microsoft.com to the local Graph stand-in, at the
 * network layer: the pane's code talks to the real Graph origin, its Content-Security-Policy
 * (connect-src) is enforced on it, and CORS is answered by the stand-in as Graph answers it.
 */
import type { BrowserContext, Request } from "playwright-core";
import type { GraphStandIn } from "../../support/graphStandIn";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";

export interface GraphRoute {
  /** Every request the page made to Graph (as the browser saw it, preflights included). */
  requests: Request[];
  /** Until set back to false, Graph is unreachable (the network is down). */
  offline: boolean;
  /** Most requests the page had open to Graph at once (as the route saw them). */
  maxInFlight: number;
}

export async function routeGraph(context: BrowserContext, standIn: GraphStandIn): Promise<GraphRoute> {
  const state: GraphRoute = { requests: [], offline: false, maxInFlight: 0 };
  let inFlight = 0;
  // Registered after the guard's catch-all, so it runs first for Graph's origin.
  await context.route(`${GRAPH_ORIGIN}/**`, async (route) => {
    const request = route.request();
    state.requests.push(request);
    if (state.offline) return route.abort("internetdisconnected");
    const url = new URL(request.url());
    state.maxInFlight = Math.max(state.maxInFlight, ++inFlight);
    try {
      const response = await route.fetch({ url: `${standIn.origin}${url.pathname}${url.search}`, maxRedirects: 0 });
      await route.fulfill({ response });
    } catch {
      // The stand-in dropped the connection (a "drop" fault).
      await route.abort("connectionreset").catch(() => undefined);
    } finally {
      inFlight--;
    }
  });
  return state;
}
