/** Base64 for MIME bodies, Office's attachment content and the diagnosis block: one table, one loop. */
import fc from "fast-check";
import {
  base64Chars,
  base64UrlLength,
  decodeBase64,
  decodeBase64Strict,
  decodeBase64Url,
  encodeBase64Url,
  isBase64UrlCode,
  looksLikeBase64,
} from "../../../src/classifier/mail/base64";

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe("decodeBase64 (MIME, lenient)", () => {
  it("skips line breaks and junk and reads both alphabets", () => {
    expect(text(decodeBase64(ascii("SGVs\r\n bG8*!")))).toBe("Hello");
    expect(text(decodeBase64("SGVsbG8"))).toBe("Hello");
    expect(Array.from(decodeBase64("-_-_"))).toEqual(Array.from(decodeBase64("+/+/")));
  });
  it("keeps step when every line is padded", () => {
    expect(text(decodeBase64(ascii("SGk=\r\nSGk=")))).toBe("HiHi");
  });
});

describe("decodeBase64Strict (Office attachment content)", () => {
  it("decodes with whitespace and padding", () => {
    expect(text(decodeBase64Strict("SGVs\r\nbG8=") ?? new Uint8Array())).toBe("Hello");
  });
  it.each(["SGVs*bG8", "SGk=SGk", "SGVsbG8=\nA"])("refuses %p", (t) => expect(decodeBase64Strict(t)).toBeUndefined());
  it("tells Base64 from text", () => {
    expect(looksLikeBase64("SGVsbG8gV29ybGQ=")).toBe(true);
    expect(looksLikeBase64("Hello, world")).toBe(false);
    expect(looksLikeBase64("SGk=")).toBe(false);
    expect(base64Chars(57)).toBe(78);
  });
});

describe("base64url (the diagnosis block)", () => {
  it("round-trips any bytes and predicts its length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = encodeBase64Url(bytes);
        expect(encoded.length).toBe(base64UrlLength(bytes.length));
        expect(Array.from(decodeBase64Url(encoded) ?? [])).toEqual(Array.from(bytes));
        expect(Array.from(decodeBase64Strict(encoded) ?? [])).toEqual(Array.from(bytes));
        expect(Array.from(decodeBase64(encoded))).toEqual(Array.from(bytes));
      }),
    );
  });
  it.each(["ab+/", "abcde", "ab=", "ab c"])("refuses %p", (t) => expect(decodeBase64Url(t)).toBeUndefined());
  it("knows its alphabet", () => {
    expect(isBase64UrlCode("-".charCodeAt(0))).toBe(true);
    expect(isBase64UrlCode("+".charCodeAt(0))).toBe(false);
  });
});
