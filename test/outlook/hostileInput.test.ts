import fc from "fast-check";
import { isAdminAddress } from "../../src/classifier/mail/address";
import { decodeBase64Strict } from "../../src/classifier/mail/base64";
import { cutChars, cutHtmlBody } from "../../src/outlook/formLimits";
import { buildMailtoUrl } from "../../src/outlook/mailtoLink";
import { utf8Length } from "../../src/roundtrip/bytes/utf8";
import { linearBound, measureScaling } from "../properties/support/cpuScaling";
import { base64OfBytes } from "../support/simulated-encoding";

test("Base64 decoding round-trips any bytes, with or without CRLF wrapping", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, wrap) => {
      let b64 = base64OfBytes(bytes);
      if (wrap) b64 = b64.replace(/.{76}/g, "$&\r\n");
      expect(decodeBase64Strict(b64)).toEqual(bytes);
    }),
  );
});

test("Base64 decoding never throws on arbitrary text", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => {
      const r = decodeBase64Strict(s);
      expect(r === undefined || r instanceof Uint8Array).toBe(true);
    }),
  );
});

test("cutHtmlBody never exceeds its limit and leaves small bodies alone", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 600 }), fc.integer({ min: 0, max: 700 }), (html, max) => {
      const cut = cutHtmlBody(html, max);
      expect(utf8Length(cut)).toBeLessThanOrEqual(Math.max(max, 0));
      if (utf8Length(html) <= max) expect(cut).toBe(html);
    }),
  );
});

test("cutChars never splits a surrogate pair", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.integer({ min: 1, max: 300 }), (s, max) => {
      const cut = cutChars(s, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      if (cut.length > 0 && s.length > max) {
        const last = cut.charCodeAt(cut.length - 1);
        const next = s.charCodeAt(cut.length);
        expect(last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff).toBe(false);
      }
    }),
  );
});

test("mailto links stay under the limit for any subject and body, lone surrogates included", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "binary", maxLength: 3000 }), (subject, body) => {
      const url = buildMailtoUrl("helpdesk@contoso.example", subject, body);
      expect(url.length).toBeLessThanOrEqual(2000);
      expect(url.startsWith("mailto:helpdesk@contoso.example?subject=")).toBe(true);
    }),
  );
});

// Each at two sizes, 32 times apart: the cost must grow about 32 times, never 1,000 (quadratic).
// CPU-time medians and a ratio (../properties/support/cpuScaling.ts), not a wall-clock limit.
const hostileFamilies: Array<[string, (n: number) => unknown]> = [
  ["address of dots and dashes", (n) => isAdminAddress(`${"a.".repeat(n)}@${"b-".repeat(n)}`)],
  ["unterminated quoted local part of backslashes", (n) => isAdminAddress(`"${"\\\\".repeat(n)}`)],
  [
    "HTML of '<', '&' and '<script>'",
    (n) => buildMailtoUrl("helpdesk@contoso.example", "S", "<".repeat(n / 2) + "&".repeat(n / 2) + "<script>".repeat(n / 10), 10 * n),
  ],
  ["Base64 of one letter", (n) => decodeBase64Strict("A".repeat(n * 20))],
  ["HTML body of '<' to cut", (n) => cutHtmlBody("<".repeat(n * 2))],
];

test.each(hostileFamilies)("hostile input (%s) is handled in linear time", (_name, run) => {
  const s = measureScaling(run, 3_125, 100_000, { smallRepeats: 4 });
  expect(s.bigMs).toBeLessThan(linearBound(s, 32));
});

describe("isAdminAddress", () => {
  test.each(["helpdesk@contoso.com", "first.last+tag@sub.contoso.co.uk", '"odd name"@contoso.com', "it@[192.0.2.1]", "ñandú@bücher.example"])(
    "accepts %p",
    (a) => {
      expect(isAdminAddress(a)).toBe(true);
    },
  );
  test.each([
    "",
    "@contoso.com",
    "a@",
    "a@contoso",
    "a..b@contoso.com",
    ".a@contoso.com",
    "a b@contoso.com",
    "Name <a@contoso.com>",
    "a@-contoso.com",
    "a@contoso..com",
    '"unterminated@contoso.com',
  ])("refuses %p", (a) => {
    expect(isAdminAddress(a)).toBe(false);
  });
});
