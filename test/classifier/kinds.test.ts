/** What is and is not a bounce: delays, auto-replies, read receipts, ordinary mail, forwards. */
import { classify } from "../../src/classifier";
import { classifyFixture } from "./fixtureLoader";

test("delay notice (Action: delayed, 4.4.7) is a delay, not a bounce", async () => {
  const d = await classifyFixture("delay-4.4.7.eml");
  expect(d.kind).toBe("delay");
  expect(d.isBounce).toBe(false);
  expect(d.recipients).toHaveLength(1);
  expect(d.recipients[0]).toMatchObject({ address: "megan.bowen@slow.example.com", action: "delayed", status: "4.4.7", reply: "451", reason: "expired" });
});

test("DSN with almost no prose: everything comes from message/delivery-status", async () => {
  const d = await classifyFixture("dsn-only-5.1.1.eml");
  expect(d.isBounce).toBe(true);
  expect(d.layout).toBe("rfc3464");
  const r = d.recipients[0];
  expect(r).toMatchObject({
    address: "nobody@example.net",
    originalRecipient: "Nobody@Example.net",
    status: "5.1.1",
    reply: "550",
    reason: "userunknown",
    remoteMta: "mx1.example.net",
  });
  // 550- continuation prefixes are joined into one reply.
  expect(r.diagnostic).toBe(
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.example.net/mail/?p=NoSuchUser a1-20020a05 - smtp",
  );
  expect(r.evidence.some((e) => e.source === "delivery-status")).toBe(true);
});

test.each([
  ["not-bounce-ordinary.eml", "not-bounce"],
  ["not-bounce-quotes-ndr-text.eml", "not-bounce"],
  ["auto-reply.eml", "auto-reply"],
  ["read-receipt.eml", "read-receipt"],
])("%s is %s", async (file, kind) => {
  const d = await classifyFixture(file);
  expect(d.isBounce).toBe(false);
  expect(d.kind).toBe(kind);
  expect(d.recipients).toEqual([]);
  expect(d.layout).toBe("none");
});

test("NDR forwarded inline by a person is read as the bounce inside it", async () => {
  const d = await classifyFixture("forwarded-inline-ndr.eml");
  expect(d.isBounce).toBe(true);
  expect(d.layout).toBe("exo-classic");
  expect(d.reportSubject).toBe("Undeliverable: Quarterly figures");
  expect(d.recipients[0]).toMatchObject({
    address: "megan.bowen@fabrikam.com",
    status: "5.4.1",
    reply: "550",
    reason: "norelaying",
    remoteMta: "fabrikam-com.mail.protection.outlook.com",
  });
  expect(d.evidence[0].note).toMatch(/forwarded inline/);
});

test("NDR forwarded as an attachment is read from the attachment", async () => {
  const d = await classifyFixture("forwarded-as-attachment-ndr.eml");
  expect(d.isBounce).toBe(true);
  expect(d.recipients[0]).toMatchObject({ address: "megan.bowen@agency.gov", status: "5.4.1", reason: "userunknown" });
  expect(d.evidence[0]).toMatchObject({ source: "attachment", text: "Undeliverable Project plan.eml" });
});

test("malformed MIME (unterminated boundary) still gives a diagnosis, with a warning", async () => {
  const d = await classifyFixture("malformed-unterminated-boundary.eml");
  expect(d.isBounce).toBe(true);
  expect(d.warnings.join(" ")).toMatch(/Unterminated MIME boundary/);
  expect(d.recipients[0]).toMatchObject({ address: "gone@example.net", status: "5.1.1", reply: "550", reason: "userunknown" });
});

test("garbage, empty and odd inputs never throw", async () => {
  for (const input of ["", "\u0000\u0001", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]), {}, { html: "<script>alert(1)</script>" }]) {
    const d = await classify(input);
    expect(d.isBounce).toBe(false);
    expect(Array.isArray(d.warnings)).toBe(true);
  }
  const msg = await classify(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]));
  expect(msg.warnings.join(" ")).toMatch(/\.msg/);
});
