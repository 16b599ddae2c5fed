/** Properties: any payload survives any chain of mail-client mangling; no input makes findBlocks throw or hang. */
import fc from "fast-check";
import { encodeBlock, findBlocks } from "../../src/roundtrip";
import { manglingArbitrary, payloadArbitrary } from "./support/arbitraries";

jest.setTimeout(120_000);

test("random payloads round-trip through (a)–(g) in any order", () => {
  fc.assert(
    fc.property(payloadArbitrary, manglingArbitrary, (payload, mangling) => {
      const block = encodeBlock(payload);
      let message = mangling.fromHtml ? `<div><p>Readable diagnosis</p>${block.html}</div>` : `Readable diagnosis\n\n${block.text}`;
      for (const s of mangling.steps) message = s.apply(message);
      const results = findBlocks(message);
      expect(results).toEqual([expect.objectContaining({ status: "ok", payload })]);
    }),
    { numRuns: 300 },
  );
});

const fragment = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----",
    "-----END NDR-ASSISTANT DIAGNOSIS v1 crc32=00000000 len=3-----",
    "-----END NDR-ASSISTANT DIAGNOSIS v2-----",
    "ASSISTANT",
    "NDR-",
    "eyJ2IjoxfQ",
    "<div>",
    "<br>",
    "<",
    ">",
    "> ",
    "=\r\n",
    "=3D",
    "&#65;",
    "&amp;",
    "&nbsp;",
    "<!--",
    "<style>",
    "\n",
  ),
);

test("random text, markup and marker fragments never throw and never yield an ok block by chance", () => {
  fc.assert(
    fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
      const results = findBlocks(parts.join(""));
      expect(Array.isArray(results)).toBe(true);
      expect(results.some((r) => r.status === "ok")).toBe(false);
    }),
    { numRuns: 500 },
  );
});

test("random mangling of a real block (character edits) never throws and never passes a changed payload", () => {
  fc.assert(
    fc.property(payloadArbitrary, fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 5 }), (payload, edits) => {
      let text = encodeBlock(payload).text;
      for (const [at, insert] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i + 1);
      }
      for (const r of findBlocks(text)) if (r.status === "ok") expect(r.payload).toEqual(payload);
    }),
    { numRuns: 300 },
  );
});
