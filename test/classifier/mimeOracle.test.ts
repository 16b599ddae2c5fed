/**
 * Our MIME reading (structural pass in mime/mimeTree.ts, transfer and charset decoding in
 * mime/transferEncoding.ts and mime/charset.ts) checked against postal-mime's full parser, the
 * maintained one, used here as the oracle. Every fixture and every message of the corpus's
 * maildir set must give the same leaf parts, the same decoded text for text/plain, text/html and
 * delivery-status parts, and the same Subject, From and Message-ID (top level, attached messages,
 * returned-header parts). The only differences allowed are listed in ORACLE_DIFFERENCES
 * (./mimeOracleSupport.ts), each with its reason; the counts are printed on every run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime, { type Address, type Email } from "postal-mime";
import { filesUnder, isEml } from "../../scripts/lib/filesUnder";
import { decodeBase64 } from "../../src/classifier/mail/base64";
import { fixWindows1252 } from "../../src/classifier/mime/charset";
import { decodeHeaderFacts, decodePart } from "../../src/classifier/mime/decode";
import { header } from "../../src/classifier/mime/headers";
import { type MimePart, parseMimeTree, readPartHeaders, walkParts } from "../../src/classifier/mime/mimeTree";
import { decodeQuotedPrintable } from "../../src/classifier/mime/transferEncoding";
import { FIXTURES } from "./fixtureLoader";
import { ORACLE_DIFFERENCES, type OracleDifference, type OracleLeaf, oracleLeaves, oracleTextFor } from "./mimeOracleSupport";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "set-of-emails", "maildir");

const latin1 = new TextDecoder("latin1");

/** Only line endings and trailing whitespace are normalised, nothing else. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n+$/, "");
}

/** The leaves of our tree, in document order (message/rfc822 parts stay leaves in both parsers). */
function ourLeaves(root: MimePart): MimePart[] {
  const leaves: MimePart[] = [];
  walkParts(root, (part) => {
    if (part.children.length === 0) leaves.push(part);
  });
  return leaves;
}

const COMPARED_TEXT_TYPES = new Set(["text/plain", "text/html", "message/delivery-status", "message/global-delivery-status"]);
const RETURNED_HEADER_TYPES = new Set(["text/rfc822-headers", "message/rfc822-headers"]);
/** The types the engine reads; listed first in a failure because they matter most (all leaves are compared). */
const KEY_TYPES = /^(?:text\/|message\/delivery-status$|message\/rfc822$|message\/global-delivery-status$)/;

interface Tally {
  messages: number;
  parts: number;
  texts: number;
  headers: number;
  nestedHeaders: number;
  known: Map<string, number>;
  failures: string[];
}

const tally: Tally = { messages: 0, parts: 0, texts: 0, headers: 0, nestedHeaders: 0, known: new Map(), failures: [] };

function noteKnown(diff: OracleDifference): void {
  tally.known.set(diff.id, (tally.known.get(diff.id) ?? 0) + 1);
}

/** The first known difference that explains ours ≠ oracle, if any. */
function explain(ours: string, oracle: string, leaf: OracleLeaf, part: MimePart): OracleDifference | undefined {
  return ORACLE_DIFFERENCES.find((d) => d.applies?.(leaf, part) && d.adjustOracle && normaliseText(d.adjustOracle(oracle, leaf)) === normaliseText(ours));
}

/** The oracle leaf's type, or the type ours reads it as under a known structural difference. */
function effectiveType(leaf: OracleLeaf, count: boolean): string {
  for (const d of ORACLE_DIFFERENCES) {
    const as = d.readAs?.(leaf);
    if (as) {
      if (count) noteKnown(d);
      return as;
    }
  }
  return leaf.type;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: ours ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 40))} vs oracle ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 40))}`;
}

/**
 * postal-mime's `from` is the first mailbox only, ours lists them all ("Name <a@b>, c@d"): ours
 * must begin with the oracle's first mailbox, shown the way ours shows one (name and address).
 */
function oracleFromShown(from: Address | undefined): string | undefined {
  const box = from?.group ? from.group[0] : from;
  if (!box) return undefined;
  const shown = box.address ? (box.name ? `${box.name} <${box.address}>` : box.address) : box.name;
  return shown ? fixWindows1252(shown) : undefined;
}

/** Ours' From when it is exactly `expected` or `expected` followed by further mailboxes; else all of it. */
function firstMailboxOf(ours: string | undefined, expected: string | undefined): string | undefined {
  if (ours && expected && ours.startsWith(expected + ", ")) return expected;
  return ours;
}

/** Our view of an attached message's header block: transfer-decoded when the part is encoded. */
function nestedHeaderBlock(bytes: Uint8Array, part: MimePart): string {
  const cte = (header(part.headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  let body = bytes.subarray(part.bodyStart, part.bodyEnd);
  if (cte === "base64") body = decodeBase64(body);
  else if (cte === "quoted-printable") body = decodeQuotedPrintable(body);
  const src = latin1.decode(body);
  const { bodyStart } = readPartHeaders(src, 0, src.length);
  return src.slice(0, bodyStart);
}

function compareHeaders(label: string, block: string, oracle: Email, nested: boolean): void {
  const ours = decodeHeaderFacts(block);
  const checks: Array<[string, string | undefined, string | undefined]> = [
    // postal-mime's decodeWords has Node's windows-1252 gap too; ours corrects it (see ./windows1252.test.ts).
    ["Subject", ours.subject, oracle.subject === undefined ? undefined : fixWindows1252(oracle.subject)],
    ["From (first mailbox)", firstMailboxOf(ours.from, oracleFromShown(oracle.from)), oracleFromShown(oracle.from)],
    ["Message-ID", ours.messageId, oracle.messageId],
  ];
  for (const [what, a, b] of checks) {
    if ((a ?? "").trim() === (b ?? "").trim()) continue;
    const known = ORACLE_DIFFERENCES.find((d) => d.acceptsHeader?.(what, a, b));
    if (known) noteKnown(known);
    else tally.failures.push(`${label}${nested ? " (attached message)" : ""}: ${what} ours ${JSON.stringify(a)} vs oracle ${JSON.stringify(b)}`);
  }
  if (nested) tally.nestedHeaders++;
  else tally.headers++;
}

async function compareMessage(path: string): Promise<void> {
  const label = path.replace(/^.*?(test\/fixtures|maildir)\//, "$1/");
  const bytes = new Uint8Array(readFileSync(path));
  const parser = new PostalMime();
  let oracle: Email;
  try {
    oracle = await parser.parse(bytes);
  } catch (err) {
    tally.failures.push(`${label}: the oracle could not parse it (${String(err).slice(0, 120)})`);
    return;
  }
  tally.messages++;
  const src = latin1.decode(bytes);
  const root = parseMimeTree(src, []);
  compareHeaders(label, src.slice(0, root.bodyStart), oracle, false);

  const ours = ourLeaves(root);
  const theirs = oracleLeaves(parser);
  const ourTypes = ours.map((p) => p.contentType.type).filter((t) => KEY_TYPES.test(t));
  const theirTypes = theirs.map((l) => effectiveType(l, false)).filter((t) => KEY_TYPES.test(t));
  if (ourTypes.join(" ") !== theirTypes.join(" ")) {
    tally.failures.push(`${label}: leaf parts differ: ours [${ourTypes.join(", ")}] vs oracle [${theirTypes.join(", ")}]`);
    return;
  }
  if (ours.length !== theirs.length) {
    tally.failures.push(`${label}: ${ours.length} leaves vs oracle ${theirs.length}`);
    return;
  }
  for (let i = 0; i < ours.length; i++) {
    const part = ours[i];
    const leaf = theirs[i];
    const type = effectiveType(leaf, true);
    tally.parts++;
    if (part.contentType.type !== type) {
      tally.failures.push(`${label}: leaf ${i} is ${part.contentType.type}, oracle ${leaf.type}`);
      continue;
    }
    if (COMPARED_TEXT_TYPES.has(type)) {
      tally.texts++;
      const a = (await decodePart(bytes, part)).text;
      const b = oracleTextFor(leaf);
      if (normaliseText(a) === normaliseText(b)) continue;
      const known = explain(a, b, leaf, part);
      if (known) noteKnown(known);
      else
        tally.failures.push(
          `${label}: ${type} part ${i} (charset ${leaf.charset || "none"}, ${leaf.transferEncoding || "7bit"}) differs ${firstDifference(normaliseText(a), normaliseText(b))}`,
        );
    } else if (leaf.type === "message/rfc822" && leaf.content) {
      const nestedOracle = await PostalMime.parse(leaf.content);
      compareHeaders(`${label} leaf ${i}`, nestedHeaderBlock(bytes, part), nestedOracle, true);
    } else if (RETURNED_HEADER_TYPES.has(type) && leaf.content) {
      // A bare header block: the oracle reads it as a message with an empty body.
      const nestedOracle = await PostalMime.parse(new Uint8Array([...leaf.content, 13, 10, 13, 10]));
      compareHeaders(`${label} leaf ${i}`, (await decodePart(bytes, part)).text, nestedOracle, true);
    }
  }
}

const fixtureFiles = filesUnder(FIXTURES, isEml);
const corpusFiles = existsSync(CORPUS) ? filesUnder(CORPUS, () => true) : [];

describe("MIME reading agrees with postal-mime's full parser", () => {
  beforeAll(async () => {
    for (const path of [...fixtureFiles, ...corpusFiles]) await compareMessage(path);
    const known = [...tally.known].map(([id, n]) => `${id} ×${n}`).join(", ") || "none";
    console.log(
      `MIME oracle: ${tally.messages} messages (${fixtureFiles.length} fixtures, ${corpusFiles.length} corpus), ` +
        `${tally.parts} leaf parts, ${tally.texts} texts, ${tally.headers} top-level + ${tally.nestedHeaders} attached header sets compared; ` +
        `known differences: ${known}; unexplained: ${tally.failures.length}`,
    );
  }, 120_000);

  it("reads every fixture (and finds the corpus, or says why not)", () => {
    expect(fixtureFiles.length).toBeGreaterThan(30);
    if (!corpusFiles.length) console.warn(`MIME oracle: ${CORPUS} not found; only the fixtures were compared.`);
    expect(tally.messages).toBe(fixtureFiles.length + corpusFiles.length);
  });

  it("the comparison is real: parts, texts and headers were compared", () => {
    expect(tally.parts).toBeGreaterThan(fixtureFiles.length);
    expect(tally.texts).toBeGreaterThan(fixtureFiles.length);
    expect(tally.headers).toBe(tally.messages);
  });

  it("every difference from the oracle is a known, explained one", () => {
    expect(tally.failures).toEqual([]);
  });

  it("every allowance in the known-differences list is still needed (with the corpus present)", () => {
    const unused = ORACLE_DIFFERENCES.map((d) => d.id).filter((id) => !tally.known.has(id));
    if (corpusFiles.length) expect(unused).toEqual([]);
    else expect(tally.known.has("windows-1252-c1")).toBe(true);
  });
});
