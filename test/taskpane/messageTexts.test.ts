/**
 * The admin view's block scan reads decoded bodies through the classifier's `messageTexts`
 * (no postal-mime parser in the pane): base64 and quoted-printable bodies decoded, attachments
 * and attached messages left out, the raw text scanned when nothing decodes.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { messageTexts as decodeBodies } from "../../src/classifier";
import { messageTexts } from "../../src/taskpane/admin/messageTexts";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const engine = { messageTexts: decodeBodies };
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");

const mime = [
  "From: a@contoso.com",
  "Subject: FW: bounce",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="outer"',
  "",
  "--outer",
  'Content-Type: multipart/alternative; boundary="alt"',
  "",
  "--alt",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Caf=C3=A9 =E2=80=94 the block=",
  " follows",
  "--alt",
  "Content-Type: text/html; charset=utf-8",
  "Content-Transfer-Encoding: base64",
  "",
  b64("<p>Café — <b>NDR-DIAG</b></p>"),
  "--alt--",
  "--outer",
  'Content-Type: text/plain; name="notes.txt"',
  "Content-Disposition: attachment; filename=notes.txt",
  "",
  "attached notes, not a body",
  "--outer",
  "Content-Type: message/rfc822",
  "",
  "Subject: inner",
  "Content-Type: text/plain",
  "",
  "the attached message's own text",
  "--outer--",
  "",
].join("\r\n");

test("decodes the HTML (base64) and the text (quoted-printable) bodies, HTML first", async () => {
  const texts = await messageTexts(mime, engine);
  expect(texts).toEqual(["<p>Café — <b>NDR-DIAG</b></p>", "Café — the block follows"]);
});

test("the same from bytes, and the classifier export splits html from text", async () => {
  const out = await decodeBodies(new TextEncoder().encode(mime));
  expect(out.html).toEqual(["<p>Café — <b>NDR-DIAG</b></p>"]);
  expect(out.text).toEqual(["Café — the block follows"]);
});

test("Office's pieces are used as they are", async () => {
  expect(await messageTexts({ html: "<p>x</p>", text: "" }, engine)).toEqual(["<p>x</p>"]);
});

test("falls back to the raw input when no body decodes, and survives a decoder that throws", async () => {
  const noBody = "Content-Type: image/png\r\n\r\nNDR-DIAG raw";
  expect(await messageTexts(noBody, engine)).toEqual([noBody]);
  const broken = { messageTexts: () => Promise.reject(new Error("boom")) };
  expect(await messageTexts("raw text", broken)).toEqual(["raw text"]);
});

test("hostile input: a broken multipart and 2 MB of junk come back quickly, without throwing", async () => {
  const junk = 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n' + "<".repeat(2 * 1024 * 1024);
  const texts = await messageTexts(junk, engine);
  expect(texts).toHaveLength(1);
  expect(texts[0].length).toBeGreaterThan(1024 * 1024);
});
