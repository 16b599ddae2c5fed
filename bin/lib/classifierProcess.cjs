// The classifier process the bin starts (src/cli/pool/workerEntry.ts): runs the classifier bundle
// named by its one argument through the code cache (codeCache.cjs).
"use strict";
const { requireBundle } = require("./codeCache.cjs");

requireBundle(process.argv[2]);
