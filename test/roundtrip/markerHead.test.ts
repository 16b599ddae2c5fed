/** scanMarkers reads the text before "ASSISTANT" backwards instead of with a pattern tried at every dash. */
import fc from "fast-check";
import { markerHead } from "../../src/roundtrip/scanMarkers";
import { linearBound, measureScaling } from "../properties/support/cpuScaling";

/** The pattern it replaces: same answer, quadratic in a run of dashes. */
const BEFORE = /(-{2,})(BEGIN|END)[\s>|]*NDR-?[\s>|]*$/;

const window = fc
  .array(fc.constantFrom("-", "--", "-----", "BEGIN", "END", "BEGI", "ND", "NDR", "NDR-", " ", "\n", ">", "|", "\u00a0", "\u2028", "x", "ENDR"), {
    maxLength: 20,
  })
  .map((p) => p.join(""));

test("finds what the old pattern found, for any window", () => {
  fc.assert(
    fc.property(window, (w) => {
      const m = BEFORE.exec(w);
      expect(markerHead(w)).toEqual(m ? { index: m.index, dashes: m[1].length, kind: m[2] } : undefined);
    }),
    { numRuns: 3000 },
  );
});

test("is linear in a run of dashes", () => {
  const make = (n: number): string => `${"-".repeat(n)}x`;
  const s = measureScaling(markerHead, make(2000), make(64000), { smallRepeats: 8 });
  expect(s.bigMs).toBeLessThan(linearBound(s, 32));
});
