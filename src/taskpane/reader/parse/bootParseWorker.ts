/**
 * Imported first by index.tsx, for its side effect: the parse worker is created while the rest of
 * the pane's modules (React, Fluent) are still being evaluated, so it loads and warms up in
 * parallel with them and with office.js. A module body runs before the importing module's own
 * body, so starting it from index.tsx's body would wait for every other import first.
 */
import { installParser, workerParser } from "./messageParser";
import { startParseClient } from "./startParseWorker";

installParser(workerParser(startParseClient()));
