/**
 * Creates the parse worker from the pane's own origin. webpack 5 turns this `new Worker(new URL(…,
 * import.meta.url))` into a separate hashed file beside the pane's chunks (the CSP's script-src
 * 'self' covers it: no blob: URL, no eval). Only index.tsx imports this module; jest has no Worker
 * and uses the in-thread reader (./messageParser.ts).
 */
import { perfMark } from "../../common/perfMarks";
import { ParseClient } from "./parseClient";

/** Starts the first worker at once: it loads and warms up while office.js starts. */
export function startParseClient(): ParseClient {
  const client = new ParseClient({
    createWorker: () => {
      perfMark("ndr:worker-start");
      return new Worker(/* webpackChunkName: "parse-worker" */ new URL("./parseWorker.ts", import.meta.url), { name: "ndr-parse" });
    },
    onReady: () => perfMark("ndr:worker-ready"),
  });
  client.warmUp();
  return client;
}
