/** The header-block test behind "is this pasted text MIME?" answers as the regex it replaced did. */
import fc from "fast-check";
import { looksLikeMime } from "../../src/classifier/material";

// The old test, kept here as the oracle: exponential on long folded CRLF runs, so only fed short strings.
const OLD_FIELDS = /^(?:[A-Za-z0-9-]{1,76}:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*){2,}/;
const OLD_START = /^(?:From |Return-Path:|Received:|Content-Type:|MIME-Version:)/i;

test("agrees with the old regex on short header-like text", () => {
  const piece = fc.constantFrom("A", "Subject", "x-y", ":", " ", "\t", "\r", "\n", "\r\n", "b", "From ", "é", "-");
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const text = parts.join("");
      expect(looksLikeMime(text)).toBe(OLD_FIELDS.test(text) || OLD_START.test(text));
    }),
    { numRuns: 3000 },
  );
});

test.each([
  ["two fields", "Subject: x\r\nTo: a@b.example\r\n\r\nbody", true],
  ["a folded field then another", "Subject: x\r\n  y\r\nTo: a@b.example\r\n", true],
  ["one field, then prose", "Subject: x\r\nthe server said no\r\n", false],
  ["a second field without its line end", "Subject: x\r\nTo: a@b.example", false],
  ["a folded line first", " Subject: x\r\nTo: a\r\n", false],
  ["a 77-character field name", `${"a".repeat(77)}: x\nTo: y\n`, false],
  ["prose", "550 5.1.1 user unknown", false],
])("%s", (_name, text, expected) => {
  expect(looksLikeMime(text)).toBe(expected);
});
