/**
 * The texts of a message the block scan reports a block in as ignored (never the forwarder's):
 * the Subject (encoded words decoded), the other headers, attachments and attached messages, and
 * other non-body parts; and the message's own From, for a file opened outside Outlook.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { messageTexts } from "../../src/classifier";
import { findBlocks } from "../../src/roundtrip";
import { MAX_FIELD_PARTS, messageFields } from "../../src/taskpane/admin/messageFields";
import { forgeBlock } from "../roundtrip/support/forgeBlock";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const engine = { messageTexts };
const BLOCK = forgeBlock(
  JSON.stringify({ v: 1, generator: "ndr-assistant", createdAt: "2030-01-01T00:00:00Z", diagnosis: { kind: "bounce", layout: "exo-new", recipients: [] } }),
);
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
const encodedWord = (s: string) => `=?utf-8?B?${Buffer.from(s, "utf8").toString("base64")}?=`;

const intactIn = (fields: Awaited<ReturnType<typeof messageFields>>) =>
  fields.others.filter((o) => findBlocks(o.text).some((b) => b.status === "ok")).map((o) => o.place);

describe("messageFields", () => {
  it("MIME: a block in an encoded Subject, in a header, in an attached message and in an attached file; the From header", async () => {
    const mime = [
      `From: ${encodedWord("Alex Wilber")} <alex.wilber@contoso.com>`,
      `Subject: ${encodedWord(`FW: ${BLOCK.replace(/\n/g, " ")}`)}`,
      `X-Note: ${BLOCK.replace(/\n/g, "\r\n ")}`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "See attached.",
      "--b",
      "Content-Type: message/rfc822",
      "Content-Disposition: attachment",
      "",
      "From: postmaster@fabrikam.example",
      "Subject: Undeliverable",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      b64(`<pre>${BLOCK}</pre>`),
      "--b",
      'Content-Type: text/plain; name="notes.txt"',
      "Content-Disposition: attachment; filename=notes.txt",
      "Content-Transfer-Encoding: base64",
      "",
      b64(BLOCK),
      "--b--",
      "",
    ].join("\r\n");
    const fields = await messageFields(mime, engine);
    expect(fields.from).toBe("Alex Wilber <alex.wilber@contoso.com>");
    expect(intactIn(fields).sort()).toEqual(["attachment", "attachment", "headers", "subject"]);
    // The body is not among them: it is where the forwarder's own block belongs.
    expect(fields.others.some((o) => o.text.includes("See attached."))).toBe(false);
  });

  it("Office's pieces: subject, headers and attachments", async () => {
    const fields = await messageFields(
      {
        html: "<p>hi</p>",
        subject: `Re: ${BLOCK}`,
        headers: "From: Alex <alex@contoso.com>\r\nSubject: x\r\n",
        attachments: [{ name: "a.txt", content: BLOCK }],
      },
      engine,
    );
    expect(fields.from).toBe("Alex <alex@contoso.com>");
    expect(intactIn(fields).sort()).toEqual(["attachment", "subject"]);
  });

  it("looks at no more than MAX_FIELD_PARTS parts of a message with hundreds", async () => {
    const parts: string[] = [];
    for (let i = 0; i < 300; i++) parts.push("--b", "Content-Type: text/plain", "Content-Disposition: attachment", "", BLOCK);
    const mime = ["Subject: many", 'Content-Type: multipart/mixed; boundary="b"', "", ...parts, "--b--", ""].join("\r\n");
    const fields = await messageFields(mime, engine);
    expect(fields.others.filter((o) => o.place === "attachment")).toHaveLength(MAX_FIELD_PARTS);
  });
});
