#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's require API, so no build step is needed after
// `npm ci`. tsx compiles with esbuild and caches the result, so repeat runs start quickly.
"use strict";
const path = require("node:path");
const tsx = require("tsx/cjs/api");

const { run } = tsx.require(path.join(__dirname, "..", "src", "cli", "main.ts"), __filename);
run(
  process.argv.slice(2),
  (s) => process.stdout.write(s + "\n"),
  (s) => process.stderr.write(s + "\n"),
).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`ndr-assistant: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  },
);
