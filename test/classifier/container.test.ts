/**
 * Diagnosis.container: the pane says "this bounce was forwarded to you / attached" from this field,
 * not from the wording of evidence notes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import { FIXTURES, classifyFixture, fixtureBytes } from "./fixtureLoader";

const text = (name: string): string => readFileSync(join(FIXTURES, name), "latin1");

/** A person's message with `inner` attached as message/rfc822. */
function attach(inner: string, filename: string): string {
  return [
    "From: Lee Gu <lee.gu@contoso.com>",
    "To: helpdesk@contoso.com",
    "Subject: FW: what does this mean?",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="outer-b"',
    "",
    "--outer-b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Can you look at the attached?",
    "--outer-b",
    `Content-Type: message/rfc822; name="${filename}"`,
    `Content-Disposition: attachment; filename="${filename}"`,
    "",
    inner,
    "--outer-b--",
    "",
  ].join("\r\n");
}

describe("Diagnosis.container", () => {
  it("is inline-forward for an NDR quoted in the body of a forward", async () => {
    const d = await classifyFixture("forwarded-inline-ndr.eml");
    expect(d.isBounce).toBe(true);
    expect(d.container).toBe("inline-forward");
  });

  it("is attachment for an NDR attached to a message", async () => {
    const d = await classifyFixture("forwarded-as-attachment-ndr.eml");
    expect(d.isBounce).toBe(true);
    expect(d.container).toBe("attachment");
  });

  it("is absent for a bounce read directly", async () => {
    for (const name of ["exo-classic-5.4.1-relay-access-denied.eml", "exo-new-5.4.1-dbeb-recipient-rejected.eml", "dsn-only-5.1.1.eml", "delay-4.4.7.eml"]) {
      const d = await classifyFixture(name);
      expect([name, d.kind === "bounce" || d.kind === "delay", d.container]).toEqual([name, true, undefined]);
    }
  });

  it("is absent when nothing inside the message is a bounce", async () => {
    for (const name of ["not-bounce-ordinary.eml", "not-bounce-quotes-ndr-text.eml", "auto-reply.eml"]) {
      const d = await classifyFixture(name);
      expect([name, d.isBounce, d.container]).toEqual([name, false, undefined]);
    }
  });

  it("is attachment when Office.js hands the NDR over as an attachment of the item", async () => {
    const d = await classify({
      subject: "FW: bounce",
      headers: "From: Lee Gu <lee.gu@contoso.com>\r\nSubject: FW: bounce\r\n",
      text: "See attached.",
      attachments: [{ name: "Undeliverable.eml", contentType: "message/rfc822", content: fixtureBytes("exo-classic-5.4.1-relay-access-denied.eml") }],
    });
    expect(d.isBounce).toBe(true);
    expect(d.container).toBe("attachment");
  });

  it("names the outermost container when forwards nest (an inline forward, attached)", async () => {
    const d = await classify(attach(text("forwarded-inline-ndr.eml"), "FW Undeliverable.eml"));
    expect(d.isBounce).toBe(true);
    expect(d.recipients[0].status).toBe("5.4.1");
    expect(d.container).toBe("attachment");
  });
});
