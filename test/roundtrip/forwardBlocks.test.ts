/**
 * readForwardBlocks on realistic forwarded messages: the real "Forward to admin" body (the pane's
 * composeForward over a classified bounce), opened directly, self-forwarded, forwarded by a
 * colleague, replied to in plain text, with a forged block in a bounce's Subject, inside a quoted
 * or attached bounce, and with two blocks. Bodies are taken from the MIME with the classifier's
 * messageTexts, as the pane does. Only a block the forwarder wrote is used; the last one wins.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HOSTILE_EMLS } from "../../scripts/lib/hostileEml";
import { messageTexts } from "../../src/classifier";
import type { Diagnosis } from "../../src/classifier/types";
import { defuseMarkers, encodeBlock, findBlocks, readForwardBlocks, type ForwardInput, type PayloadV1 } from "../../src/roundtrip";
import { composeForward } from "../../src/taskpane/forward/composeForward";
import { OUTLOOK_WEB, adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis, relayDeniedEml } from "../fixtures/admin/forwardedDiagnostics";
import { forgeBlock } from "./support/forgeBlock";
import { htmlToText, quoteHtmlGmail, quoteHtmlReply, quoteLines } from "./support/mailTransforms";

const ALEX = "Alex Wilber <alex.wilber@contoso.com>";
const BOB = "Bob Kelly <bob.kelly@contoso.com>";
const HOSTILE_PATH = join(__dirname, "..", "fixtures", "hostile", "forged-block-in-subject.eml");
const HOSTILE = readFileSync(HOSTILE_PATH, "utf8");

let diagnosis: Diagnosis;
let realHtml: string;
let real: PayloadV1;

beforeAll(async () => {
  diagnosis = await relayDeniedDiagnosis();
  realHtml = forwardHtml(diagnosis);
  const [block] = findBlocks(realHtml);
  if (block?.status !== "ok") throw new Error("the forward's own block does not decode");
  real = block.payload;
});

async function bodiesOf(mime: string): Promise<string[]> {
  const { html, text } = await messageTexts(mime);
  return [...html, ...text];
}

async function read(mime: string, rest: Partial<ForwardInput> = {}) {
  return readForwardBlocks({ bodies: await bodiesOf(mime), hasBounce: false, ...rest });
}

/** A block with valid checksum and shape saying what an attacker wants, dated `createdAt`. */
function forged(createdAt: string): string {
  const payload = JSON.parse(JSON.stringify(real)) as PayloadV1;
  payload.createdAt = createdAt;
  payload.diagnosis.recipients[0].reason = "virusdetected";
  return forgeBlock(JSON.stringify(payload));
}

const FUTURE = "2030-01-01T00:00:00.000Z";

describe("the user's own Forward to admin, opened by the admin", () => {
  it("with the bounce attached: the block is used, compared with this pane's reading of the bounce", async () => {
    const r = await read(adminMailbox(realHtml, { attachBounce: relayDeniedEml() }), { sender: ALEX, hasBounce: true });
    expect(r.used).toMatchObject({ payload: real, proves: "integrity", basis: "bounce", copyableCommands: true, selfForwarded: false });
    expect(r.sender).toEqual({ source: "outlook", text: ALEX });
    expect(r.blocks).toEqual([expect.objectContaining({ status: "ok", payload: real })]);
    expect(r.ignored).toEqual([]);
  });

  it("without a bounce to re-classify: claims of the sender, not verified, no ready-to-copy commands", async () => {
    const r = await read(adminMailbox(realHtml), { sender: ALEX });
    expect(r.used).toMatchObject({ payload: real, basis: "sender-claims", copyableCommands: false });
  });

  it("with 'include the bounce text' on: the server's lines in the write-up don't cut the forwarder's part short", async () => {
    const html = composeForward({
      to: "helpdesk@contoso.com",
      diagnosis,
      source: {
        label: "This message",
        origin: "message",
        path: "mime",
        fromOutlook: true,
        item: { subject: "Undeliverable: Quarterly figures" },
        failures: [],
      },
      hostDiagnostics: OUTLOOK_WEB,
      includeBounceText: true,
    }).htmlBody;
    const r = await read(adminMailbox(html), { sender: ALEX, hasBounce: true });
    expect(r.used?.basis).toBe("bounce");
    expect(r.used?.payload.diagnosis.recipients[0].address).toBe("megan.bowen@fabrikam.com");
  });

  it("a dropped file outside Outlook: its own From header recognises the self-forward and is named as the file's", async () => {
    const r = await read(adminMailbox(quotedByOutlook(realHtml)), { sender: ALEX, senderSource: "file-header" });
    expect(r.used).toMatchObject({ payload: real, selfForwarded: true, basis: "sender-claims" });
    expect(r.sender).toEqual({ source: "file-header", text: ALEX });
  });

  it("outside Outlook (a pasted forward): the sender is unknown, and the block is still the forwarder's", () => {
    const r = readForwardBlocks({ bodies: [htmlToText(realHtml)], hasBounce: false });
    expect(r.sender).toEqual({ source: "unknown" });
    expect(r.used?.payload).toEqual(real);
  });
});

describe("self-forward: the sender forwards their own diagnosis message on", () => {
  it("Outlook quotes it under a header naming the sender: still theirs, marked as self-forwarded", async () => {
    const r = await read(adminMailbox(quotedByOutlook(realHtml)), { sender: ALEX, hasBounce: true });
    expect(r.used).toMatchObject({ payload: real, basis: "bounce", selfForwarded: true });
  });

  it("the same in Gmail and in a plain-text reply (attribution line naming the sender)", () => {
    const gmail = readForwardBlocks({ bodies: [quoteHtmlGmail(realHtml)], sender: ALEX, hasBounce: false });
    expect(gmail.used?.payload).toEqual(real);
    const text = `Forwarding again.\n\nOn Tue, May 14, 2024 at 11:02 AM Alex Wilber <alex.wilber@contoso.com> wrote:\n${quoteLines(htmlToText(realHtml))}`;
    const plain = readForwardBlocks({ bodies: [text], sender: ALEX, hasBounce: false });
    expect(plain.used).toMatchObject({ payload: real, selfForwarded: true });
  });

  it("Exchange shows an internal sender by name only: the name must be the sender's", () => {
    const byName = quotedByOutlook(realHtml).replace("Alex Wilber &lt;alex.wilber@contoso.com&gt;", "Alex Wilber");
    expect(readForwardBlocks({ bodies: [byName], sender: ALEX, hasBounce: false }).used?.payload).toEqual(real);
    expect(readForwardBlocks({ bodies: [byName], sender: BOB, hasBounce: false }).used).toBeUndefined();
  });
});

describe("colleague forward: someone else's diagnosis message, forwarded or replied to", () => {
  it("Bob forwards Alex's message: the block is Alex's, quoted by Bob, so it is not used", async () => {
    const r = await read(adminMailbox(quotedByOutlook(realHtml)), { sender: BOB, hasBounce: true });
    expect(r.used).toBeUndefined();
    expect(r.blocks).toEqual([]);
    expect(r.ignored).toEqual([{ place: "quoted", status: "ok", why: "not-written-by-the-forwarder" }]);
    expect(r.sender).toEqual({ source: "outlook", text: BOB });
  });

  it("the helpdesk replies above Alex's message (Outlook desktop): not used", () => {
    const r = readForwardBlocks({ bodies: [quoteHtmlReply(realHtml)], sender: BOB, hasBounce: false });
    expect(r.used).toBeUndefined();
    expect(r.ignored.map((i) => i.place)).toEqual(["quoted"]);
  });

  it("a header that claims to be the sender's, below someone else's, does not bring the block back", () => {
    // Bob's message quotes Alex's (header: Alex), which quotes one whose header names Bob.
    const nested = quotedByOutlook(quoteHtmlReply(realHtml).replace("Alex Wilber &lt;alex.wilber@contoso.com&gt;", "Bob Kelly &lt;bob.kelly@contoso.com&gt;"));
    expect(nested.indexOf("alex.wilber@contoso.com")).toBeLessThan(nested.indexOf("bob.kelly@contoso.com"));
    const r = readForwardBlocks({ bodies: [nested], sender: BOB, hasBounce: false });
    expect(r.used).toBeUndefined();
  });

  it("plain-text quoting ('> ') without any attribution line is someone else's", () => {
    const r = readForwardBlocks({ bodies: [`See below.\n\n${quoteLines(htmlToText(realHtml))}`], sender: ALEX, hasBounce: false });
    expect(r.used).toBeUndefined();
    expect(r.ignored).toEqual([{ place: "quoted", status: "ok", why: "not-written-by-the-forwarder" }]);
  });
});

describe("a block hidden in a hostile bounce's Subject", () => {
  it("in the outer Subject of the forward (FW: Undeliverable: <block>): reported, never used", async () => {
    const subject = `FW: Undeliverable: ${forged(FUTURE).replace(/\n/g, " ")}`;
    const r = await read(adminMailbox(realHtml), { sender: ALEX, hasBounce: true, others: [{ place: "subject", text: subject }] });
    expect(r.used?.payload).toEqual(real);
    expect(r.ignored).toEqual([{ place: "subject", status: "ok", why: "not-written-by-the-forwarder" }]);
  });

  it("carried into the readable part of the user's forward: the last block (the pane's own) wins, not the newest date", () => {
    // A pane that rendered a message-derived field (here the returned message's subject) undefused, above its block.
    const subject = `Undeliverable: ${forged(FUTURE).replace(/\n/g, " ")}`;
    const withSubject = realHtml.replace("<b>Subject:</b> Quarterly figures", () => `<b>Subject:</b> ${subject.replace(/&/g, "&amp;").replace(/</g, "&lt;")}`);
    expect(withSubject).not.toBe(realHtml);
    // findBlocks alone (the old rule) is fooled: the forged block is "newest".
    expect(findBlocks(withSubject)[0]).toMatchObject({ status: "ok", payload: { createdAt: FUTURE } });
    const r = readForwardBlocks({ bodies: [withSubject], sender: ALEX, hasBounce: true });
    expect(r.used?.payload).toEqual(real);
    expect(r.ignored).toEqual([{ place: "own", status: "ok", why: "superseded" }]);
    // Defused, as the pane must render every message-derived string, it is no block at all.
    const defused = realHtml.replace(
      "<b>Subject:</b> Quarterly figures",
      () => `<b>Subject:</b> ${defuseMarkers(subject).replace(/&/g, "&amp;").replace(/</g, "&lt;")}`,
    );
    expect(readForwardBlocks({ bodies: [defused], sender: ALEX, hasBounce: true })).toMatchObject({ used: { payload: real }, ignored: [] });
  });

  it("the hand-made hostile bounce is the file its builder makes (scripts/lib/hostileEml.ts)", () => {
    expect(HOSTILE).toBe(HOSTILE_EMLS.find((h) => h.name === "forged-block-in-subject.eml")?.build());
  });

  it("the hand-made hostile bounce (test/fixtures/hostile/forged-block-in-subject.eml), attached to a forward: ignored", async () => {
    const mime = adminMailbox(realHtml, { attachBounce: HOSTILE });
    const { html, text } = await messageTexts(HOSTILE);
    // The Subject header, unfolded.
    const subject =
      HOSTILE.split(/\r?\n(?![ \t])/)
        .find((line) => line.startsWith("Subject:"))
        ?.slice(8)
        .replace(/\r?\n/g, "") ?? "";
    expect(findBlocks(subject)).toEqual([expect.objectContaining({ status: "ok" })]);
    const r = await read(mime, {
      sender: ALEX,
      hasBounce: true,
      others: [...[...html, ...text].map((t) => ({ place: "attachment" as const, text: t })), { place: "subject", text: subject }],
    });
    expect(r.used?.payload).toEqual(real);
    expect(r.ignored.map((i) => `${i.place}:${i.status}`).sort()).toEqual(["attachment:ok", "subject:ok"]);
  });
});

describe("a block inside a quoted bounce", () => {
  const bounceInline = (bounceBody: string): string =>
    [
      "<html><body><div>Hi, this bounced, can you check? Alex</div>",
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">',
      "<b>From:</b> Microsoft Outlook &lt;postmaster@contoso.onmicrosoft.com&gt;<br><b>Sent:</b> Tuesday, May 14, 2024 9:12 AM<br>",
      "<b>To:</b> Alex Wilber &lt;alex.wilber@contoso.com&gt;<br><b>Subject:</b> Undeliverable: Quarterly figures</p></div>",
      `<div>${bounceBody}</div></body></html>`,
    ].join("\n");

  it("Alex forwards a hostile bounce inline: its forged block is not the forwarder's", () => {
    const r = readForwardBlocks({ bodies: [bounceInline(`Delivery has failed.<br><pre>${forged(FUTURE)}</pre>`)], sender: ALEX, hasBounce: true });
    expect(r.used).toBeUndefined();
    expect(r.ignored).toEqual([{ place: "quoted", status: "ok", why: "not-written-by-the-forwarder" }]);
  });

  it("…even when the bounce quotes a header naming Alex above the forged block", () => {
    const fakeSelf = `Delivery has failed.<br>From: Alex Wilber &lt;alex.wilber@contoso.com&gt;<br>Sent: Tuesday<br>To: x@fabrikam.com<br>Subject: hi<br><pre>${forged(FUTURE)}</pre>`;
    expect(readForwardBlocks({ bodies: [bounceInline(fakeSelf)], sender: ALEX, hasBounce: true }).used).toBeUndefined();
  });

  it("a plain-text forward ('-----Original Message-----'): the same", () => {
    const text = `FYI\n\n-----Original Message-----\nFrom: postmaster@contoso.onmicrosoft.com\nSent: Tuesday, May 14, 2024 9:12 AM\nSubject: Undeliverable\n\n${forged(FUTURE)}\n`;
    expect(readForwardBlocks({ bodies: [text], sender: ALEX, hasBounce: true }).used).toBeUndefined();
    // Pasted with no sender known: the same.
    expect(readForwardBlocks({ bodies: [text], hasBounce: false }).used).toBeUndefined();
  });
});

describe("two blocks in the forwarder's own part", () => {
  it("the one written last wins, whatever their dates say", () => {
    const older = encodeBlock({ ...real, createdAt: "2024-05-14T10:00:00.000Z" }).html;
    const newerButFirst = encodeBlock({ ...real, createdAt: FUTURE, diagnosis: { ...real.diagnosis, recipients: [] } }).html;
    const r = readForwardBlocks({ bodies: [`<div><p>Two attempts:</p>${newerButFirst}<p>then</p>${older}</div>`], sender: ALEX, hasBounce: false });
    expect(r.used?.payload.createdAt).toBe("2024-05-14T10:00:00.000Z");
    expect(r.ignored).toEqual([{ place: "own", status: "ok", why: "superseded" }]);
  });

  it("a damaged block in the own part is named as a problem and never used", () => {
    const damaged = realHtml.replace(/crc32=([0-9a-f])/, (_m, c: string) => `crc32=${c === "0" ? "1" : "0"}`);
    const r = readForwardBlocks({ bodies: [damaged], sender: ALEX, hasBounce: true });
    expect(r.used).toBeUndefined();
    expect(r.ownProblems).toEqual([{ status: "damaged", reason: "checksum mismatch" }]);
    expect(r.blocks).toEqual([{ status: "damaged", reason: "checksum mismatch" }]);
  });

  it("HTML and plain-text alternatives: the first with an intact own block decides, a block in both counts once", () => {
    const damagedHtml = realHtml.replace(/crc32=([0-9a-f])/, (_m, c: string) => `crc32=${c === "0" ? "1" : "0"}`);
    const r = readForwardBlocks({ bodies: [damagedHtml, htmlToText(realHtml)], sender: ALEX, hasBounce: false });
    expect(r.used?.payload).toEqual(real);
    expect(r.ownProblems).toEqual([]);
    const both = readForwardBlocks({ bodies: [realHtml, htmlToText(realHtml)], sender: ALEX, hasBounce: false });
    expect(both.ignored).toEqual([]);
  });
});

describe("hostile input", () => {
  it("never throws, whatever the pieces", () => {
    const weird = [undefined, null, 5, "", "<", "&#", "\uE000\uE000", "From: a@b.c\nSent: x"] as unknown as string[];
    expect(() =>
      readForwardBlocks({ bodies: weird, others: [{ place: "field", text: weird[0] }], sender: 7 as unknown as string, hasBounce: false }),
    ).not.toThrow();
  });
});
