/**
 * The batch CLI shows each entry's first admin step as its "top fix", so no entry may open with a
 * generic "check Service health" step while it has a specific one.
 */
import { ENTRIES } from "../../src/classifier/guidance/table";

const GENERIC_FIRST = /^Check (?:Message center and )?Service health\b/i;

test("no entry opens its admin steps with a generic Service health check", () => {
  const offenders = ENTRIES.filter((e) => e.adminSteps.length > 1 && GENERIC_FIRST.test(e.adminSteps[0].text)).map((e) => e.id);
  expect(offenders).toEqual([]);
});

test("the check itself recognises the generic steps the table uses", () => {
  const generic = ENTRIES.flatMap((e) => e.adminSteps).filter((s) => GENERIC_FIRST.test(s.text));
  expect(generic.length).toBeGreaterThan(0);
});

test("exo-5.1.1-bad-destination-mailbox: the address/MX check is the top fix and no step was lost", () => {
  const entry = ENTRIES.find((e) => e.id === "exo-5.1.1-bad-destination-mailbox");
  expect(entry?.adminSteps.map((s) => s.text.slice(0, 40))).toEqual([
    "Check that the address exists and that t",
    "Remove forwarding rules, delegates or tr",
    "An IMCEAEX address means a stale cached ",
    "Run a message trace for this message to ",
    "Check Message center and Service health ",
  ]);
});
