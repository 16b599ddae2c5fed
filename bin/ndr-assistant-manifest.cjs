#!/usr/bin/env node
// ndr-assistant-manifest: writes one organisation's Outlook manifest (build/manifest/cli.ts).
// Runs the TypeScript through tsx, like the build does: it is a tool for the repository checkout
// (after `npm ci`), run once per organisation or release, where half a second of start-up is nothing.
"use strict";
const { require: tsxRequire } = require("tsx/cjs/api");

const { run } = tsxRequire("../build/manifest/cli.ts", __filename);
process.exitCode = run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
