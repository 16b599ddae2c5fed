/**
 * From a MIME charset label to a decoder: the platform's TextDecoder, reached through the labels
 * mail really uses, and corrected where Node and browsers disagree.
 */
import { makeDecoder } from "./textCodec";

export type TextDecodeFn = (bytes: Uint8Array) => string;

/**
 * windows-1252 bytes 0x80–0x9F. Node (ICU-less TextDecoder path) decodes them as the C1 controls
 * U+0080–U+009F, as Latin-1 would; browsers follow the WHATWG table below. The five bytes the
 * table leaves undefined map to themselves in both. Index = byte - 0x80.
 */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const HAS_C1 = /[\u0080-\u009f]/;
const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Replaces C1 controls with the windows-1252 characters they stand for. Idempotent, so it is safe
 * on a browser's (already right) output; C1 controls never mean anything in mail text anyway.
 */
export function fixWindows1252(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1_CONTROLS, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}

/**
 * Labels TextDecoder refuses but that name an encoding it has (the same list as postal-mime's),
 * keyed by the label without `x-`/`cs` prefixes and separators.
 */
const ALIASES: Record<string, string> = {
  iso88598i: "iso-8859-8",
  iso88598e: "iso-8859-8",
  shiftjis: "shift_jis",
  windows31j: "shift_jis",
  mskanji: "shift_jis",
  sjis: "shift_jis",
  eucjp: "euc-jp",
  iso2022jp: "iso-2022-jp",
  iso2022jp1: "iso-2022-jp",
  iso2022jp2: "iso-2022-jp",
  junet: "iso-2022-jp",
  euckr: "euc-kr",
  uhc: "euc-kr",
  tis620: "windows-874",
  cp932: "shift_jis",
  cp936: "gbk",
  cp949: "euc-kr",
  cp950: "big5",
  cp874: "windows-874",
  cp51932: "euc-jp",
  cp50220: "iso-2022-jp",
  cp50221: "iso-2022-jp",
  cp50222: "iso-2022-jp",
};

function normalised(label: string): string {
  return label
    .replace(/^(?:x-ms-|x-|cs)/, "")
    .replace(/[\s._-]+/g, "")
    .replace(/^(?:windows|ms|ibm)(\d+)$/, "cp$1");
}

function tryDecoder(label: string): TextDecodeFn | null {
  let decoder: ReturnType<typeof makeDecoder>;
  try {
    decoder = makeDecoder(label);
  } catch {
    return null;
  }
  if (decoder.encoding === "windows-1252") return (bytes) => fixWindows1252(decoder.decode(bytes));
  return (bytes) => decoder.decode(bytes);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

function hasIso2022JpEscape(bytes: Uint8Array): boolean {
  // ESC $ B / ESC $ @ (JIS X 0208), ESC ( J: the shifts of ISO-2022-JP text. indexOf is native and fast.
  for (let i = bytes.indexOf(0x1b); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0x1b, i + 1)) {
    if ((bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) || (bytes[i + 1] === 0x28 && bytes[i + 2] === 0x4a)) return true;
  }
  return false;
}

/**
 * Japanese mail is often labelled wrongly: 8-bit EUC-JP or Shift_JIS declared as ISO-2022-JP
 * (which is 7-bit), or ISO-2022-JP escapes with no label at all. The bytes tell which.
 */
function japaneseAware(declared: TextDecodeFn, isIso2022Jp: boolean): TextDecodeFn {
  return (bytes) => {
    if (isIso2022Jp && hasHighBytes(bytes)) {
      for (const label of ["euc-jp", "shift_jis"]) {
        const text = tryDecoder(label)?.(bytes);
        if (text !== undefined && !text.includes("\ufffd")) return text;
      }
    }
    const text = declared(bytes);
    // ESC survives UTF-8 decoding as U+001B; searching the decoded string is the cheap test.
    if (!isIso2022Jp && text.includes("\u001b") && hasIso2022JpEscape(bytes)) return tryDecoder("iso-2022-jp")?.(bytes) ?? text;
    return text;
  };
}

/** One decoder per label; hostile input can name any label, so the cache stays small. */
const cache = new Map<string, TextDecodeFn>();
const MAX_CACHED = 64;

/**
 * A decoder for `label` (lower-cased): as written, then through the alias list, then
 * windows-1252 (mail's most common unlabelled or mislabelled single-byte charset), then UTF-8.
 */
export function decoderForCharset(label: string): TextDecodeFn {
  let key = label.trim().toLowerCase();
  // No label, or ASCII (a subset of UTF-8; 8-bit text mislabelled "us-ascii" is UTF-8 far more
  // often than the windows-1252 the WHATWG label would give): read as UTF-8, watching for
  // unannounced ISO-2022-JP. The cache keeps them apart from an explicit "utf-8".
  const unlabelled = key === "" || key === "us-ascii" || key === "ascii" || key === "ansi_x3.4-1968";
  if (unlabelled) key = "";
  const cached = cache.get(key);
  if (cached) return cached;
  const plain = unlabelled ? "utf-8" : /^[a-z0-9_.:-]{1,40}$/.test(key) ? key : "";
  const made =
    (plain && tryDecoder(plain)) ||
    (plain && ALIASES[normalised(plain)] !== undefined && tryDecoder(ALIASES[normalised(plain)])) ||
    (plain && normalised(plain) !== plain && tryDecoder(normalised(plain))) ||
    tryDecoder("windows-1252") ||
    (tryDecoder("utf-8") as TextDecodeFn);
  const iso2022 = normalised(plain).startsWith("iso2022jp") || ALIASES[normalised(plain)] === "iso-2022-jp";
  // Only ISO-2022-JP itself and unlabelled text get the check (an explicit label is believed).
  const aware = iso2022 || unlabelled ? japaneseAware(made, iso2022) : made;
  if (cache.size < MAX_CACHED) cache.set(key, aware);
  return aware;
}
