/**
 * windows-1252 bytes 0x80–0x9F: Node's TextDecoder gives C1 controls there (as Latin-1 would),
 * browsers give € “ ” – …. The engine corrects Node's output so the CLI and the pane agree.
 */
import { classify } from "../../src/classifier";
import { materialFromMime } from "../../src/classifier/material";
import { decoderForCharset, fixWindows1252 } from "../../src/classifier/mime/charset";
import { decodeHeaderWords } from "../../src/classifier/mime/decode";
import { fixtureBytes } from "./fixtureLoader";

const FIXTURE = "postfix-5.1.1-8bit-windows-1252-euro-quotes-dash.eml";

describe("windows-1252 in Node and the pane alike", () => {
  it("the fixture really holds the raw bytes 0x80, 0x93, 0x94 and 0x96", () => {
    const bytes = fixtureBytes(FIXTURE);
    for (const b of [0x80, 0x93, 0x94, 0x96]) expect(bytes.includes(b)).toBe(true);
  });

  it("an 8bit windows-1252 part decodes to € “ ” –, with no C1 control left", async () => {
    const material = await materialFromMime(fixtureBytes(FIXTURE));
    expect(material.text).toContain("Presupuesto \u201cfinal\u201d \u2013 importe 1.200 \u20ac");
    expect(material.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it("the bounce itself still reads normally", async () => {
    const d = await classify(fixtureBytes(FIXTURE));
    expect(d.isBounce).toBe(true);
    expect(d.recipients[0]).toMatchObject({ address: "ana.garcia@ejemplo.es", status: "5.1.1", reason: "userunknown" });
  });

  it("quoted-printable and base64 windows-1252 parts decode the same way", async () => {
    const part = (cte: string, body: string): string =>
      `From: MAILER-DAEMON@x.example\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="Windows-1252"\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${body}\r\n`;
    const qp = await materialFromMime(new TextEncoder().encode(part("quoted-printable", "=93a=94 =96 =80 =85")));
    expect(qp.text.trim()).toBe("\u201ca\u201d \u2013 \u20ac \u2026");
    const b64 = await materialFromMime(new TextEncoder().encode(part("base64", Buffer.from([0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x80]).toString("base64"))));
    expect(b64.text).toBe("\u201ca\u201d \u2013 \u20ac");
  });

  it("every windows-1252 label (latin1, iso-8859-1, cp1252, us-ascii aside) gets the correction", () => {
    for (const label of ["windows-1252", "cp1252", "latin1", "iso-8859-1", "x-cp1252", "ms-1252"]) {
      expect([label, decoderForCharset(label)(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0xe9]))]).toEqual([label, "\u20ac\u201c\u201d\u2013\u00e9"]);
    }
  });

  it("the five bytes windows-1252 leaves undefined stay as they are", () => {
    expect(decoderForCharset("windows-1252")(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("\u0081\u008d\u008f\u0090\u009d");
  });

  it("the correction is idempotent (a browser's right answer is left alone) and maps all 32 positions", () => {
    const once = fixWindows1252(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 0x80 + i)));
    expect(fixWindows1252(once)).toBe(once);
    expect(once).toHaveLength(32);
    expect(once.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, "")).not.toMatch(/[\u0080-\u009f]/);
  });

  it("encoded words in headers get it too", () => {
    expect(decodeHeaderWords("=?windows-1252?Q?=93Presupuesto=94_=96_1.200_=80?=")).toBe("\u201cPresupuesto\u201d \u2013 1.200 \u20ac");
  });

  it("us-ascii parts with stray 8-bit bytes are read as UTF-8, as before", () => {
    expect(decoderForCharset("us-ascii")(new TextEncoder().encode("caf\u00e9"))).toBe("caf\u00e9");
  });

  it("unknown and hostile labels fall back without throwing", () => {
    for (const label of ["x-unknown-charset", "utf-8\r\nX-Injected: 1", "a".repeat(500), "", "iso-2022-jp-2", "x-sjis"]) {
      expect(typeof decoderForCharset(label)(new Uint8Array([0x41, 0x80]))).toBe("string");
    }
    expect(decoderForCharset("x-sjis")(new Uint8Array([0x82, 0xa0]))).toBe("\u3042");
  });
});
