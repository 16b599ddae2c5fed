/**
 * A file's path as the CLI holds it: a string when the name is UTF-8 (the usual case), else the
 * raw bytes, so a file whose name is not UTF-8 (an old Latin-1 archive, a name from another
 * system) is still opened by its real name instead of a lossy decoding that is "not found".
 */
import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bytesAsText } from "../text/visible";

export type FilePath = string | Buffer;

/** A path after crossing to a classifier process, where a Buffer may arrive as a plain Uint8Array. */
export function asFilePath(p: string | Uint8Array): FilePath {
  return typeof p === "string" || Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
}

/**
 * The name to print and to put in JSON: the string itself, or for a byte path its UTF-8 parts
 * with every other byte written as \xHH. (Terminal output passes it through visible() as well.)
 */
export function fileLabel(p: FilePath): string {
  return typeof p === "string" ? p : bytesAsText(p);
}

/** A key that is equal for the same path written two ways (`a/./b.eml`, `a/b.eml`). */
export function pathKey(p: FilePath): string {
  // latin1 maps each byte to one char, so "/", "." and ".." survive as themselves.
  return typeof p === "string" ? resolve(p) : "\u0000" + resolve(p.toString("latin1"));
}

const SLASH = Buffer.from("/");

/** path.join for strings; dir + "/" + name in bytes when either part is bytes. */
export function joinPath(dir: FilePath, name: FilePath): FilePath {
  if (typeof dir === "string" && typeof name === "string") return join(dir, name);
  const d = typeof dir === "string" ? Buffer.from(dir) : dir;
  const n = typeof name === "string" ? Buffer.from(name) : name;
  return d.length && d[d.length - 1] === SLASH[0] ? Buffer.concat([d, n]) : Buffer.concat([d, SLASH, n]);
}

/** A name read as bytes becomes a string when it is valid UTF-8, so ordinary names stay strings. */
export function fromBytes(b: Buffer): FilePath {
  return isUtf8(b) ? b.toString("utf8") : b;
}

/**
 * Node decodes the command line as UTF-8 and replaces bytes that are not with U+FFFD, so a file
 * named in Latin-1 arrives as a name that does not exist. On Linux the kernel keeps the exact
 * bytes in /proc/self/cmdline: an argument that held U+FFFD is taken from there, by position,
 * after checking every other argument matches (else the strings are kept as they were).
 */
export function argvWithBytes(args: readonly string[], cmdline: () => Uint8Array = () => readFileSync("/proc/self/cmdline")): FilePath[] {
  if (!args.some((a) => a.includes("\ufffd"))) return [...args];
  let raw: Buffer[];
  try {
    const bytes = Buffer.from(cmdline());
    raw = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) {
        raw.push(bytes.subarray(start, i));
        start = i + 1;
      }
    }
    if (start < bytes.length) raw.push(bytes.subarray(start));
  } catch {
    return [...args];
  }
  if (raw.length < args.length) return [...args];
  const tail = raw.slice(raw.length - args.length);
  for (let i = 0; i < args.length; i++) {
    if (!args[i].includes("\ufffd") && tail[i].toString("utf8") !== args[i]) return [...args];
  }
  return args.map((a, i) => (a.includes("\ufffd") && !isUtf8(tail[i]) ? Buffer.from(tail[i]) : a));
}
