/** toPayload: what travels, what doesn't (the guidance text), and the caps. */
import { guidanceById } from "../../src/classifier/guidance/index";
import type { Diagnosis, RecipientDiagnosis } from "../../src/classifier/types";
import { LIMITS, toPayload } from "../../src/roundtrip";
import { OUTLOOK_WEB_DIAGNOSTICS, relayDeniedDiagnosis, relayDeniedPayload } from "./support/realisticPayload";

test("a real relay-denied bounce becomes a v1 payload naming its guidance by id", async () => {
  const payload = await relayDeniedPayload();
  expect(payload).toMatchObject({
    v: 1,
    generator: "ndr-assistant",
    createdAt: "2024-05-14T09:15:00.000Z",
    item: { subject: "Undeliverable: Quarterly figures", date: "2024-05-14T09:12:03Z" },
    diagnosis: {
      kind: "bounce",
      layout: "exo-new",
      reportingMta: "AM0PR01MB6002.eurprd01.prod.exchangelabs.com",
      original: { subject: "Quarterly figures" },
    },
    client: { mode: "outlook", host: "OutlookWebApp", readPath: "html+headers", failures: [{ step: "getAsFileAsync", code: 5001 }] },
  });
  expect(payload.diagnosis.recipients).toEqual([
    expect.objectContaining({
      address: "megan.bowen@fabrikam.com",
      status: "5.4.1",
      reply: "550",
      reason: "norelaying",
      guidanceId: "exo-5.4.1-relay-access-denied",
      confidence: "high",
      remoteMta: "fabrikam-com.mail.protection.outlook.com",
    }),
  ]);
  expect(guidanceById(payload.diagnosis.recipients[0].guidanceId)).toBeDefined();
  // The guidance entry itself stays home: the admin's pane shows its own current text.
  const json = JSON.stringify(payload);
  const entry = guidanceById("exo-5.4.1-relay-access-denied");
  expect(json).not.toContain(entry?.title ?? "missing title");
  expect(json).not.toContain("adminSteps");
  expect(json).not.toContain("evidence");
  expect(json).not.toContain("displayLanguage");
  expect(json).not.toContain("undefined");
  expect(payload).toEqual(JSON.parse(json));
});

test("without item or diagnostics those parts are absent, not undefined", async () => {
  const payload = toPayload(await relayDeniedDiagnosis(), { now: new Date(0) });
  expect(Object.keys(payload)).toEqual(["v", "generator", "createdAt", "diagnosis"]);
  expect(payload.createdAt).toBe("1970-01-01T00:00:00.000Z");
});

test("an invalid clock value falls back to now instead of throwing", async () => {
  const payload = toPayload(await relayDeniedDiagnosis(), { now: new Date(Number.NaN) });
  expect(Number.isNaN(Date.parse(payload.createdAt))).toBe(false);
});

test("long fields are cut to the caps, never splitting a surrogate pair; too many recipients mark it truncated", async () => {
  const base = await relayDeniedDiagnosis();
  const one = base.recipients[0];
  const long: RecipientDiagnosis = { ...one, diagnostic: "x".repeat(LIMITS.diagnostic - 2) + "😀😀😀", address: "a".repeat(5000) };
  const diagnosis: Diagnosis = { ...base, recipients: Array.from({ length: LIMITS.recipients + 5 }, () => long) };
  const payload = toPayload(diagnosis, {
    diagnostics: { ...OUTLOOK_WEB_DIAGNOSTICS, failures: Array.from({ length: 50 }, (_, i) => ({ step: `step ${i}`, message: "m" })) },
  });
  expect(payload.truncated).toBe(true);
  expect(payload.diagnosis.recipients).toHaveLength(LIMITS.recipients);
  const r = payload.diagnosis.recipients[0];
  expect(r.diagnostic.length).toBeLessThanOrEqual(LIMITS.diagnostic);
  expect(r.diagnostic.endsWith("…")).toBe(true);
  expect(r.diagnostic).not.toMatch(/[\ud800-\udbff]…$/);
  expect(r.address.length).toBe(LIMITS.text);
  // The newest failures are kept.
  expect(payload.client?.failures).toHaveLength(LIMITS.failures);
  expect(payload.client?.failures.at(-1)?.step).toBe("step 49");
});
