// Loads one of the bin's esbuild bundles (node_modules/.cache/ndr-assistant/*.cjs) with V8's code
// cache kept beside it (<bundle>.v8cache), so a run does not parse and compile the bundle's
// functions again: the cache is made when the process ends, so it holds every function the run
// compiled, not only the top level. It is a speed-up only: V8 checks that a cache was made from
// the same source by the same V8 with the same flags, and a cache it rejects (or a missing one) is
// simply replaced at the end of the run. NDR_ASSISTANT_NO_CODE_CACHE=1 loads bundles with plain
// require() (the tests compare both ways).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const crypto = require("node:crypto");
const { createRequire } = require("node:module");

/** First bytes of a cache file: the CPU milliseconds of the run that made it (see worthRemaking). */
const HEADER = 4;
/**
 * A cache made by a short run (one file) holds only the functions that run compiled. A later run
 * that works at least this many times longer makes it again, until a run of REMAKE_UNTIL_MS or
 * more has made it: from then on the cache covers what a long run needs and stays.
 */
const REMAKE_FACTOR = 4;
const REMAKE_UNTIL_MS = 1000;

function cpuMs() {
  const c = process.cpuUsage();
  return Math.round((c.user + c.system) / 1000);
}

function readCache(file) {
  try {
    const buf = fs.readFileSync(file);
    if (buf.length <= HEADER) return undefined;
    return { madeByMs: buf.readUInt32LE(0), data: buf.subarray(HEADER) };
  } catch {
    return undefined;
  }
}

function writeCache(file, data, ms) {
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(Math.min(ms, 0xffffffff), 0);
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([header, data]));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only or full node_modules: the next run compiles as this one did.
    fs.rmSync(tmp, { force: true });
  }
}

function worthRemaking(cache, rejected, ms) {
  if (!cache || rejected) return true;
  return cache.madeByMs < REMAKE_UNTIL_MS && ms >= cache.madeByMs * REMAKE_FACTOR;
}

/** require(file) for a CommonJS bundle, through the code cache. Returns its module.exports. */
function requireBundle(file) {
  if (process.env.NDR_ASSISTANT_NO_CODE_CACHE === "1") return require(file);
  const source = fs.readFileSync(file, "utf8");
  const cacheFile = `${file}.v8cache`;
  const cache = readCache(cacheFile);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cache?.data,
    // The classifier loads the .msg reader with import(); resolve it as require() would have.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const rejected = cache !== undefined && script.cachedDataRejected === true;
  process.once("exit", () => {
    const ms = cpuMs();
    if (worthRemaking(cache, rejected, ms)) writeCache(cacheFile, script.createCachedData(), ms);
  });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return mod.exports;
}

module.exports = { requireBundle };
