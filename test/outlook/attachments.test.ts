import type { ReadOutcome } from "../../src/outlook/types";
import { textOfUtf8 } from "../support/simulated-encoding";
import { base64OfText, sampleNdrMime, type SimAttachment } from "../support/simulatedOffice";
import { ndrItem, setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

const ATTACHED_NDR = sampleNdrMime({ subject: "Undeliverable: Budget", recipient: "gone@fabrikam.example", status: "5.4.1" });

function att(overrides: Partial<SimAttachment> & Pick<SimAttachment, "id" | "name">): SimAttachment {
  return { attachmentType: "file", contentType: "message/rfc822", size: 2048, content: base64OfText(ATTACHED_NDR), format: "Base64", ...overrides };
}

function ok(outcome: ReadOutcome): Extract<ReadOutcome, { status: "ok" }> {
  if (outcome.status !== "ok") throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome;
}

// The outer message is a plain note whose attachment is the bounce (the admin's usual case).
const outer = (attachments: SimAttachment[]) =>
  ndrItem({ subject: "Please look at this bounce", mime: "Subject: Please look\r\nFrom: pat@contoso.example\r\n\r\nSee attached.", attachments });

test("item attachment (attached message) arrives as EML text", async () => {
  const { host } = setUp({
    name: "web",
    mailbox: "1.15",
    item: outer([
      att({ id: "AAMkItem1", name: "Undeliverable: Budget", attachmentType: "item", contentType: "message/rfc822", content: ATTACHED_NDR, format: "Eml" }),
    ]),
  });
  const out = ok(await host.readCurrent());
  expect(out.candidates.map((c) => c.label)).toEqual(["This message", "Attachment: Undeliverable: Budget"]);
  expect(out.candidates[1]).toMatchObject({
    id: "attachment:AAMkItem1",
    origin: "item-attachment",
    path: "item-attachment",
    attachmentId: "AAMkItem1",
    input: ATTACHED_NDR,
  });
});

test(".eml file attachment arrives as Base64 and is decoded to bytes", async () => {
  const { host } = setUp({ name: "classic-windows", mailbox: "1.14", item: outer([att({ id: "f1", name: "Undeliverable.eml" })]) });
  const out = ok(await host.readCurrent());
  const c = out.candidates[1];
  expect(c).toMatchObject({ label: "Attachment: Undeliverable.eml", origin: "file-attachment", path: "file-attachment" });
  expect(textOfUtf8(c.input as Uint8Array)).toBe(ATTACHED_NDR);
});

test(".msg file attachment given as Eml (inconsistent OWA format) is taken as EML text", async () => {
  const { host } = setUp({
    name: "web",
    mailbox: "1.15",
    item: outer([att({ id: "m1", name: "Bounce.msg", contentType: "application/vnd.ms-outlook", content: ATTACHED_NDR, format: "Eml" })]),
  });
  const out = ok(await host.readCurrent());
  expect(out.candidates[1].input).toBe(ATTACHED_NDR);
});

test("Base64 content mislabelled as Eml is still decoded", async () => {
  const { host } = setUp({
    name: "web",
    mailbox: "1.15",
    item: outer([att({ id: "m2", name: "Bounce.msg", content: base64OfText(ATTACHED_NDR), format: "Eml" })]),
  });
  const out = ok(await host.readCurrent());
  expect(textOfUtf8(out.candidates[1].input as Uint8Array)).toBe(ATTACHED_NDR);
});

test("unrelated attachments (a PDF) are not read", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: outer([att({ id: "p1", name: "report.pdf", contentType: "application/pdf" })]) });
  const out = ok(await host.readCurrent());
  expect(out.candidates).toHaveLength(1);
  expect(sim.calls.attachmentContent).toEqual([]);
});

test("AttachmentTypeNotSupported and InvalidAttachmentId are recorded; good attachments still read", async () => {
  const { host } = setUp({
    name: "web",
    mailbox: "1.15",
    item: outer([
      att({ id: "a1", name: "Contact", attachmentType: "item", error: "AttachmentTypeNotSupported" }),
      att({ id: "a2", name: "Old.eml", error: "InvalidAttachmentId" }),
      att({ id: "a3", name: "Good.eml" }),
    ]),
  });
  const out = ok(await host.readCurrent());
  expect(out.candidates.map((c) => c.id)).toEqual(["message", "attachment:a3"]);
  expect(out.failures).toEqual([
    expect.objectContaining({
      step: "getAttachmentContentAsync (Contact)",
      code: "AttachmentTypeNotSupported",
      message: expect.stringMatching(/kind of attachment/),
    }),
    expect.objectContaining({ step: "getAttachmentContentAsync (Old.eml)", code: "InvalidAttachmentId", message: expect.stringMatching(/reopen the message/) }),
  ]);
});

test("an item attached by drag-and-drop in OWA throws synchronously: recorded with a hint, not fatal", async () => {
  const { host } = setUp({
    name: "web",
    mailbox: "1.15",
    item: outer([att({ id: "d1", name: "Dragged", attachmentType: "item", format: "Eml", error: "AttachedByDragAndDrop" })]),
  });
  const out = ok(await host.readCurrent());
  expect(out.candidates).toHaveLength(1);
  expect(out.failures[0]).toMatchObject({ step: "getAttachmentContentAsync (Dragged)", code: "InternalServerError" });
  expect(out.failures[0].message).toMatch(/drag-and-drop/);
});

test("the message failing but an attachment succeeding is still ok, named by the attachment path", async () => {
  const { host } = setUp({
    name: "web",
    mailbox: "1.15",
    faults: { getAsFileAsync: "fail", headers: "fail", body: "fail" },
    item: outer([att({ id: "f1", name: "Undeliverable.eml" })]),
  });
  const out = ok(await host.readCurrent());
  expect(out.path).toBe("file-attachment");
  expect(out.candidates.map((c) => c.id)).toEqual(["attachment:f1"]);
});

test("mobile (1.5) can't read attachments and says so", async () => {
  const { sim, host } = setUp({ name: "mobile", mailbox: "1.5", item: outer([att({ id: "f1", name: "Undeliverable.eml" })]) });
  const out = ok(await host.readCurrent());
  expect(out.candidates).toHaveLength(1);
  expect(out.failures).toEqual([expect.objectContaining({ step: "getAttachmentContentAsync", code: "NotSupported" })]);
  expect(sim.calls.attachmentContent).toEqual([]);
});

test("huge attachments are skipped without being fetched", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: outer([att({ id: "big", name: "Huge.eml", size: 80 * 1024 * 1024 })]) });
  const out = ok(await host.readCurrent());
  expect(out.failures[0]).toMatchObject({ code: "TooLarge" });
  expect(sim.calls.attachmentContent).toEqual([]);
});
