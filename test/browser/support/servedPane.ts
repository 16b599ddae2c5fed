/** The built pane on 127.0.0.1 and one Chromium, shared by the tests of a file and closed after them. */
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";
import { servePane } from "./paneServer";
import type { StaticServer } from "./staticServer";

export interface ServedPane {
  server: StaticServer;
  browser: Browser;
}

/** Call at the top of a test file; the fields are set once its beforeAll has run. */
export function servedPaneInChromium(): ServedPane {
  // Filled in by beforeAll, before any test reads it.
  const env = {} as ServedPane;
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([servePane(), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
