/** The byte helpers against Node's own implementations and known vectors. */
import fc from "fast-check";
import { base64UrlLength, decodeBase64Url as base64UrlDecode, encodeBase64Url as base64UrlEncode } from "../../src/classifier/mail/base64";
import { crc32, crc32Hex } from "../../src/roundtrip/bytes/crc32";
import { utf8Decode, utf8Encode, utf8Length } from "../../src/roundtrip/bytes/utf8";

test("CRC-32 matches the standard check value and zlib's output", () => {
  expect(crc32Hex(utf8Encode("123456789"))).toBe("cbf43926");
  expect(crc32(new Uint8Array())).toBe(0);
  expect(crc32Hex(utf8Encode("The quick brown fox jumps over the lazy dog"))).toBe("414fa339");
});

test("base64url agrees with Buffer and round-trips any bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const encoded = base64UrlEncode(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString("base64url"));
      expect(encoded.length).toBe(base64UrlLength(bytes.length));
      expect(base64UrlDecode(encoded)).toEqual(bytes);
    }),
  );
});

test("base64url refuses characters outside the alphabet and impossible lengths", () => {
  expect(base64UrlDecode("ab+/")).toBeUndefined();
  expect(base64UrlDecode("abcde")).toBeUndefined();
  expect(base64UrlDecode("ab=")).toBeUndefined();
});

test("UTF-8 agrees with Buffer, lone surrogates become U+FFFD", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
      const bytes = utf8Encode(text);
      expect(Buffer.from(bytes).equals(Buffer.from(text, "utf8"))).toBe(true);
      expect(utf8Length(text)).toBe(bytes.length);
      expect(utf8Decode(bytes)).toBe(Buffer.from(bytes).toString("utf8"));
    }),
  );
});

test("the UTF-8 decoder rejects malformed sequences instead of guessing", () => {
  for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xff]]) {
    expect(utf8Decode(Uint8Array.from(bad))).toBeUndefined();
  }
  expect(utf8Decode(Uint8Array.from([0xf0, 0x9f, 0x93, 0xa7]))).toBe("📧");
});

test("the UTF-8 decoder handles long input without overflowing the stack", () => {
  const text = "é".repeat(300_000);
  expect(utf8Decode(utf8Encode(text))).toBe(text);
});
