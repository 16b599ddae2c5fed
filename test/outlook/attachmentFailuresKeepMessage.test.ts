/**
 * One attachment going wrong must never cost the message or the other attachments, and a message
 * too large to read whole falls through to its body instead of stalling the pane.
 */
import { base64Chars } from "../../src/classifier/mail/base64";
import { MAX_ATTACHMENT_BYTES } from "../../src/outlook/attachments";
import type { ReadOutcome } from "../../src/outlook/types";
import { textOfUtf8 } from "../support/simulated-encoding";
import { base64OfText, sampleNdrMime, type SimAttachment } from "../support/simulatedOffice";
import { ndrItem, setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

const ATTACHED_NDR = sampleNdrMime({ subject: "Undeliverable: Budget", recipient: "gone@fabrikam.example", status: "5.4.1" });

function ok(outcome: ReadOutcome): Extract<ReadOutcome, { status: "ok" }> {
  if (outcome.status !== "ok") throw new Error(`expected ok, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const fileAtt = (id: string, name: string): SimAttachment => ({
  id,
  name,
  attachmentType: "file",
  contentType: "message/rfc822",
  size: 2048,
  content: base64OfText(ATTACHED_NDR),
  format: "Base64",
});
const itemAtt = (id: string): SimAttachment => ({
  id,
  name: "Undeliverable: Budget",
  attachmentType: "item",
  contentType: "message/rfc822",
  size: 2048,
  content: ATTACHED_NDR,
  format: "Eml",
});

test("a host without MailboxEnums still reads the message and both attachment formats", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem({ attachments: [fileAtt("f1", "Bounce.eml"), itemAtt("i1")] }) });
  delete (sim.Office as unknown as { MailboxEnums?: unknown }).MailboxEnums;
  const out = ok(await host.readCurrent());
  expect(out.candidates.map((c) => c.id)).toEqual(["message", "attachment:f1", "attachment:i1"]);
  expect(out.path).toBe("mime");
  expect(textOfUtf8(out.candidates[1].input as Uint8Array)).toBe(ATTACHED_NDR);
  expect(out.candidates[2].input).toBe(ATTACHED_NDR);
  expect(out.failures).toEqual([]);
});

test("an attachment whose content throws when read is one failure; the message and the next attachment stay", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem({ attachments: [fileAtt("bad", "Broken.eml"), fileAtt("good", "Fine.eml")] }) });
  const item = sim.Office.context.mailbox.item as Office.MessageRead;
  const real = item.getAttachmentContentAsync.bind(item);
  // A hostile host value: the AsyncResult's content is a getter that throws.
  (item as unknown as { getAttachmentContentAsync: unknown }).getAttachmentContentAsync = (id: string, cb: (r: unknown) => void): void => {
    if (id !== "bad") return real(id, cb as never);
    const value = Object.defineProperty({ format: "base64" }, "content", {
      get: () => {
        throw new Error("content is gone");
      },
    });
    cb({ status: "succeeded", value });
  };
  const out = ok(await host.readCurrent());
  expect(out.candidates.map((c) => c.id)).toEqual(["message", "attachment:good"]);
  expect(out.failures).toHaveLength(1);
  expect(out.failures[0]).toMatchObject({ code: "Unexpected", message: "content is gone" });
  expect(out.failures[0].step).toContain("Broken.eml");
});

test("an attachment listed small but returned larger than the cap is refused without decoding", async () => {
  // Just past what 25 MB can take as Base64, even wrapped in CRLF lines.
  const huge = "QUFB".repeat(base64Chars(MAX_ATTACHMENT_BYTES) / 4 + 1);
  const { host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem({ attachments: [{ ...fileAtt("big", "Big.eml"), content: huge }] }) });
  const out = ok(await host.readCurrent());
  expect(out.candidates.map((c) => c.id)).toEqual(["message"]);
  expect(out.failures).toEqual([expect.objectContaining({ code: "TooLarge" })]);
});

/** Makes getAsFileAsync answer `base64` (the simulator would spend seconds encoding 25 MB itself). */
function answerGetAsFile(sim: { Office: typeof Office }, base64: string): void {
  const item = sim.Office.context.mailbox.item as unknown as { getAsFileAsync: unknown };
  item.getAsFileAsync = (cb: (r: unknown) => void): void => cb({ status: "succeeded", value: base64 });
}

test("a message larger than the cap is not decoded whole: its body and headers are read instead", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem() });
  answerGetAsFile(sim, "QUFB".repeat(base64Chars(MAX_ATTACHMENT_BYTES) / 4 + 1));
  const out = ok(await host.readCurrent());
  expect(out.failures).toEqual([expect.objectContaining({ step: "getAsFileAsync", code: "TooLarge" })]);
  expect(out.path).toBe("html+headers");
  expect(out.candidates.map((c) => c.id)).toEqual(["message"]);
});

test("a message just under the cap is still read whole", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem() });
  const head = sampleNdrMime() + "\r\n";
  const size = MAX_ATTACHMENT_BYTES - 3;
  answerGetAsFile(sim, Buffer.from(head + "x".repeat(size - head.length)).toString("base64"));
  const out = ok(await host.readCurrent());
  expect(out.path).toBe("mime");
  expect((out.candidates[0].input as Uint8Array).length).toBe(size);
  expect(out.failures).toEqual([]);
});
