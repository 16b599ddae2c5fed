/** Hostile or odd facts must never throw or hang, and always give an entry. */
import fc from "fast-check";
import { GUIDANCE, matcherWork, selectGuidance, type GuidanceFacts } from "../../src/classifier/guidance";

const ids = new Set(GUIDANCE.map((e) => e.id));

describe("selectGuidance on odd input", () => {
  it("empty facts → the no-code fallback", () => {
    const m = selectGuidance({ status: "", reply: "", diagnostic: "" });
    expect(m.entry.id).toBe("generic-no-code");
  });

  it("survives values that aren't strings (the engine is TypeScript, its callers may not be)", () => {
    const bad = { status: 541, reply: null, diagnostic: undefined, bodyText: { x: 1 } } as unknown as GuidanceFacts;
    expect(() => selectGuidance(bad)).not.toThrow();
    expect(selectGuidance(bad).entry.id).toBe("generic-no-code");
    expect(() => selectGuidance(undefined as unknown as GuidanceFacts)).not.toThrow();
  });

  // No clock here (speed is scripts/guidance-bench.ts's job): the per-test timeout only catches a hang,
  // and the rows weighed show the work stayed bounded.
  it("a 1 MB diagnostic and body are handled, and weigh only the rows their words reach", () => {
    const big = "550 5.4.1 Relay Access Denied " + "A".repeat(1_000_000);
    const before = matcherWork.rowsWeighed;
    const m = selectGuidance({ status: "", reply: "550", diagnostic: big, bodyText: big });
    expect(matcherWork.rowsWeighed - before).toBeLessThanOrEqual(10);
    expect(m.entry.id).toBe("exo-5.4.1-relay-access-denied");
  }, 10_000);

  it("pathological repetition (whitespace, digits, dots) finishes with a known entry", () => {
    const inputs = [" \t".repeat(500_000), "5.".repeat(400_000), "1.1.1.".repeat(200_000), "<".repeat(500_000), "relay ".repeat(200_000)];
    for (const d of inputs) {
      const before = matcherWork.rowsWeighed;
      const m = selectGuidance({ status: d.slice(0, 100), reply: d.slice(0, 10), diagnostic: d, bodyText: d, remoteMta: d });
      expect(ids.has(m.entry.id)).toBe(true);
      expect(matcherWork.rowsWeighed - before).toBeLessThanOrEqual(20);
    }
  }, 10_000);

  it("malformed status codes fall back without throwing", () => {
    for (const status of ["5", "5.", "5.4.", "9.9.9", "5.4.1.2", "5.1234.1", "x.y.z", "５.４.１", "5.4.1\u0000", " 5.4.1 "]) {
      const m = selectGuidance({ status, reply: "", diagnostic: "" });
      expect(ids.has(m.entry.id)).toBe(true);
    }
    // The spaces are trimmed: 5.4.1 with no server named is the generic routing entry (Microsoft's reading needs Microsoft's host).
    expect(selectGuidance({ status: " 5.4.1 ", reply: "", diagnostic: "" }).entry.id).toBe("generic-5.4.1-routing");
  });

  it("property: any strings give a known entry and a valid confidence", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string({ maxLength: 2000 }),
        fc.option(fc.string()),
        fc.option(fc.string({ maxLength: 2000 })),
        (status, reply, diagnostic, remoteMta, bodyText) => {
          const m = selectGuidance({ status, reply, diagnostic, remoteMta: remoteMta ?? undefined, bodyText: bodyText ?? undefined });
          return ids.has(m.entry.id) && ["high", "medium", "low"].includes(m.confidence) && typeof m.matched === "string";
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: a generic entry always comes with low confidence", () => {
    fc.assert(
      fc.property(fc.constantFrom("2", "4", "5"), fc.nat(999), fc.nat(999), fc.string({ maxLength: 200 }), (c, s, d, text) => {
        const m = selectGuidance({ status: `${c}.${s}.${d}`, reply: "", diagnostic: text });
        return !m.entry.generic || m.confidence === "low";
      }),
      { numRuns: 300 },
    );
  });
});
