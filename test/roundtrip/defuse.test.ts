/**
 * defuseMarkers: after defusing, no form of marker the scanner accepts is left, wherever the
 * string ends up (plain text, escaped or raw HTML, a quoted reply, a client's HTML-to-text
 * conversion); defusing twice changes nothing; only "(quoted) " is inserted, so the text still
 * reads the same; and the traced views it works on are exactly the scanner's normalization.
 */
import fc from "fast-check";
import { decodeEntitiesForScan as decodeEntities, stripTagsForScan as stripTags } from "../../src/classifier/mail/htmlToText";
import { defuseMarkers, encodeBlock, findBlocks } from "../../src/roundtrip";
import { scannerViews } from "../../src/roundtrip/defuse";
import { normalizeForScan, undoQuotedPrintable } from "../../src/roundtrip/normalize";
import { scanMarkers } from "../../src/roundtrip/scanMarkers";
import { linearBound, measureScaling } from "../properties/support/cpuScaling";
import { forgeBlock } from "./support/forgeBlock";
import { htmlToText, quoteLines } from "./support/mailTransforms";
import { relayDeniedPayload } from "./support/realisticPayload";

jest.setTimeout(120_000);

/** Pieces that make markers, hide them (entities, tags, soft breaks, quoting) or sit between them. */
const TOKENS = [
  "-----",
  "--",
  "-",
  "BEGIN",
  "END",
  " ",
  "\n",
  "\r\n",
  "> ",
  ">",
  "|",
  "NDR",
  "NDR-",
  "ASSISTANT",
  "ASSIS",
  "TANT",
  "ASSISTAN",
  "DIAGNOSIS",
  "DIAG",
  "NOSIS",
  "D",
  "T",
  "assistant",
  "Diagnosis",
  " v1",
  "v",
  "1",
  "=\n",
  "=\r\n> ",
  "= \n",
  "=",
  "&#65;",
  "&#x41;",
  "&#68;",
  "&#x44;",
  "&#84;",
  "&amp;",
  "&nbsp;",
  "&",
  "#",
  ";",
  "&#38;",
  "<b>",
  "</b>",
  "<br>",
  "<",
  "<!--",
  "-->",
  "<style>",
  "</style>",
  "<p>",
  "x",
  "crc32=",
  "len=",
  "3D",
  "0",
  "(quoted) ",
  "&xDIAGNOSIS;",
];
const markerish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(""));

/** Something the scanner skips inside a word once normalized: nothing, a soft break, markup. */
const hider = fc.constantFrom("", "", "", "", "=\n", "=\r\n> ", "<b></b>", "<!-- -->", "<span>", "</span>");
const spelled = (c: string): fc.Arbitrary<string> =>
  fc.constantFrom(c, c, c, `&#${c.charCodeAt(0)};`, `&#x${c.charCodeAt(0).toString(16)};`, `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`);
const word = (w: string): fc.Arbitrary<string> => fc.tuple(...[...w].map((c) => fc.tuple(spelled(c), hider).map(([a, b]) => a + b))).map((p) => p.join(""));
const sep = fc.constantFrom("", " ", "  ", "\n", "> ", " | ", "\n> ", "&nbsp;", "&#32;", "<br>", "=\n", "\r\n>> ", "\t");
/** A BEGIN or END marker, its words spelled and split every way the scanner still reads. */
const marker = fc
  .tuple(
    fc.constantFrom("--", "-----", "------"),
    fc.constantFrom("BEGIN", "END"),
    sep,
    fc.constantFrom("NDR", "NDR-"),
    sep,
    word("ASSISTANT"),
    sep,
    word("DIAGNOSIS"),
    sep,
    fc.constantFrom("v", "v "),
    fc.constantFrom("1", "2", "12"),
    fc.constantFrom("-----", " crc32=0a0b0c0d len=3-----", ""),
  )
  .map((parts) => parts.join(""));
const withMarkers = fc.tuple(markerish, marker, markerish, fc.option(marker, { nil: "" }), markerish).map((parts) => parts.join(""));
const anyText = fc.oneof(withMarkers, withMarkers, markerish, fc.string({ unit: "binary", maxLength: 200 }));

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Where a defused string may end up before the admin's pane scans it. */
const PLACES: Array<[string, (s: string) => string]> = [
  ["as it is", (s) => s],
  ["escaped in an HTML forward", (s) => `<div><table><tr><th>Subject</th><td>${escapeHtml(s)}</td></tr></table></div>`],
  ["raw inside HTML", (s) => `<div><pre>${s}</pre></div>`],
  ["quoted by a plain-text reply", (s) => quoteLines(s)],
  ["converted to text by a client", (s) => htmlToText(`<p>${escapeHtml(s)}</p>`)],
  ["converted, then quoted", (s) => quoteLines(htmlToText(`<div>${escapeHtml(s)}</div>`), "> ")],
];

function markersIn(message: string): number {
  return scanMarkers(normalizeForScan(message)).length;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

describe("the traced views are the scanner's own normalization", () => {
  it("for any text: soft breaks, entities, tags, each traced to where it came from", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const [joined, decoded, stripped, both] = scannerViews(text);
        const unqp = undoQuotedPrintable(text);
        expect(joined.text).toBe(unqp);
        expect(decoded.text).toBe(decodeEntities(unqp));
        expect(stripped.text).toBe(stripTags(unqp));
        expect(both.text).toBe(decodeEntities(stripTags(unqp)));
        for (const v of [joined, decoded, stripped, both]) {
          expect(v.from).toHaveLength(v.text.length);
          expect(v.from.every((at, i) => at >= 0 && at < text.length && (i === 0 || at >= v.from[i - 1]))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("defuseMarkers", () => {
  it("the generated texts really hold markers (else the next property proves nothing)", () => {
    const samples = fc.sample(withMarkers, 300);
    const found = samples.filter((t) => PLACES.some(([, put]) => markersIn(put(t)) > 0)).length;
    expect(found).toBeGreaterThan(75);
  });

  it("leaves no marker the scanner accepts, wherever the text goes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const defused = defuseMarkers(text);
        for (const [place, put] of PLACES) expect({ place, markers: markersIn(put(defused)) }).toEqual({ place, markers: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent, only inserts, and leaves text without marker words alone", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = defuseMarkers(text);
        expect(defuseMarkers(once)).toBe(once);
        expect(isSubsequence(text, once)).toBe(true);
        const hasWords = scannerViews(text).some((v) => /ASSISTANT[\s>|]*DIAGNOSIS/i.test(v.text));
        if (!hasWords) expect(once).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("defuses a real block hidden every way the scanner would still read it", async () => {
    const payload = await relayDeniedPayload();
    const { text } = encodeBlock(payload);
    const hidings: Array<[string, (s: string) => string]> = [
      ["as written", (s) => s],
      ["no space between the marker words", (s) => s.replace(/ASSISTANT DIAGNOSIS/g, "ASSISTANTDIAGNOSIS")],
      ["the words as entities", (s) => s.replace(/ASSISTANT/g, "ASSIS&#84;ANT").replace(/DIAGNOSIS/g, "&#x44;IAGNOSIS")],
      ["soft line breaks inside the words", (s) => s.replace(/ASSISTANT/g, "ASSIS=\nTANT").replace(/DIAGNOSIS/g, "DIAG=\r\nNOSIS")],
      ["empty tags between the words", (s) => `<div>${s.replace(/ASSISTANT DIAGNOSIS/g, "ASSISTANT<b></b><!-- x -->DIAGNOSIS")}</div>`],
      ["quoted line by line", (s) => quoteLines(s, ">> ")],
      ["a hidden style element between the words", (s) => `<p>${s.replace(/ DIAGNOSIS/g, "<style>p{}</style>DIAGNOSIS")}</p>`],
    ];
    for (const [how, hide] of hidings) {
      const hidden = hide(text);
      // Each hiding really does pass for a block before defusing...
      expect({ how, before: findBlocks(hidden).map((r) => r.status) }).toEqual({ how, before: ["ok"] });
      // ...and nothing is left of it after.
      expect({ how, after: findBlocks(defuseMarkers(hidden)) }).toEqual({ how, after: [] });
    }
  });

  it("a forged block in a bounce's Subject, defused, is plain text in the forward (and still readable)", () => {
    const subject = `Undeliverable: ${forgeBlock('{"v":1}').replace(/\n/g, " ")}`;
    const defused = defuseMarkers(subject);
    expect(defused).toContain("NDR-ASSISTANT (quoted) DIAGNOSIS v1");
    expect(defused.replace(/\(quoted\) /g, "")).toBe(subject);
    for (const [place, put] of PLACES) expect({ place, blocks: findBlocks(put(defused)) }).toEqual({ place, blocks: [] });
  });

  it("never throws and returns non-strings as they came", () => {
    expect(defuseMarkers("")).toBe("");
    expect(defuseMarkers(undefined as unknown as string)).toBeUndefined();
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 500 }), (s) => typeof defuseMarkers(s) === "string"));
  });

  it.each([
    ["marker words over and over", (n: number) => "NDR-ASSISTANT DIAGNOSIS ".repeat(n / 24)],
    ["entity-spelled marker words", (n: number) => "ASSIS&#84;ANT&#32;&#68;IAGNOSIS ".repeat(n / 32)],
    ["soft breaks and tags", (n: number) => "ASSIS=\n<b>TANT</b> DIAGNOSIS ".repeat(n / 28)],
    ["unclosed tags and entities", (n: number) => "<a &#6".repeat(n / 6)],
  ])("costs time linear in the text: %s", (_name, make) => {
    const s = measureScaling(defuseMarkers, make(2000), make(64000), { smallRepeats: 4 });
    expect(s.bigMs).toBeLessThan(linearBound(s, 32));
  });
});
