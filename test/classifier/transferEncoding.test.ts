/** Our quoted-printable and base64 decoders (they replaced postal-mime's, to keep its parser out of the bundle). */
import fc from "fast-check";
import { decodeBase64 } from "../../src/classifier/mail/base64";
import { decodeQuotedPrintable } from "../../src/classifier/mime/transferEncoding";

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => Buffer.from(b).toString("latin1");

describe("quoted-printable", () => {
  it.each([
    ["=3D and =E9 and =e9", "= and \u00e9 and \u00e9"],
    ["soft=\r\nbreak", "softbreak"],
    ["soft=\nbreak (LF only)", "softbreak (LF only)"],
    ["soft=  \t\r\nbreak with padding", "softbreak with padding"],
    ["hard\r\nbreak", "hard\r\nbreak"],
    ["bad =ZZ escape and = alone", "bad =ZZ escape and = alone"],
    ["ends with =", "ends with "],
    ["ends with =4", "ends with =4"],
    ["=", ""],
  ])("%j", (input, expected) => {
    expect(text(decodeQuotedPrintable(ascii(input)))).toBe(expected);
  });

  it("property: decodes what an encoder wrote (escape every byte, wrap at 76)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const escaped = Array.from(bytes, (b) => "=" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
        const wrapped = (escaped.match(/.{1,75}/g) ?? []).join("=\r\n");
        expect(Array.from(decodeQuotedPrintable(ascii(wrapped)))).toEqual(Array.from(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

describe("base64", () => {
  it("property: agrees with Node's Buffer on wrapped, padded input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 4, max: 80 }), (bytes, width) => {
        const b64 = Buffer.from(bytes).toString("base64");
        const wrapped = (b64.match(new RegExp(`.{1,${width}}`, "g")) ?? []).join("\r\n");
        expect(Array.from(decodeBase64(ascii(wrapped)))).toEqual(Array.from(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("junk between characters is skipped, and padding inside the text restarts a unit", () => {
    expect(text(decodeBase64(ascii("SGVs\r\n bG8*!")))).toBe("Hello");
    // Two separately padded units, as some mailers write every line.
    expect(text(decodeBase64(ascii("SGk=\r\nSGk=")))).toBe("HiHi");
  });

  it("never throws on random bytes and never grows past 3/4 of the input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(decodeBase64(bytes).length).toBeLessThanOrEqual(Math.floor((bytes.length * 3) / 4));
        expect(decodeQuotedPrintable(bytes).length).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 300 },
    );
  });
});
