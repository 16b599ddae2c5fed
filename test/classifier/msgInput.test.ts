/**
 * Outlook .msg input: fixtures written by scripts/make-msg-fixture.ts following [MS-OXMSG]
 * (an NDR saved from classic Outlook, the same NDR attached to a forward, and one without
 * transport headers), read by msgreader and classified.
 */
import MsgReader from "@kenjiuno/msgreader";
import { classify, isMsgFile, msgToParts } from "../../src/classifier";
import { fixtureBytes } from "./fixtureLoader";

const NDR = "msg/ndr-5.4.1-relay-access-denied.msg";
const FORWARD = "msg/forward-with-attached-ndr.msg";
const NO_HEADERS = "msg/ndr-5.4.1-no-transport-headers.msg";
const RELAY_DENIED = { address: "megan.bowen@fabrikam.com", status: "5.4.1", reply: "550", reason: "norelaying", action: "failed" };

describe("the .msg fixtures, as msgreader reads them", () => {
  const read = (name: string) => new MsgReader(fixtureBytes(name).slice().buffer).getFileData();

  it("an NDR saved from classic Outlook: report class, subject, body, HTML, transport headers, recipient", () => {
    const d = read(NDR);
    expect(d.error).toBeUndefined();
    expect(d.messageClass).toBe("REPORT.IPM.Note.NDR");
    expect(d.subject).toBe("Undeliverable: Quarterly figures");
    expect(d.senderEmail).toBe("postmaster@contoso.onmicrosoft.com");
    expect(d.body).toContain("Remote Server returned '550 5.4.1 Relay Access Denied");
    expect(d.headers).toContain("X-MS-Exchange-Message-Is-Ndr:");
    expect(new TextDecoder().decode(d.html)).toContain("Diagnostic information for administrators");
    expect(d.recipients?.map((r) => r.smtpAddress)).toEqual(["megan.bowen@fabrikam.com"]);
    expect(d.attachments).toEqual([]);
  });

  it("a forward with the NDR as an embedded message attachment", () => {
    const d = read(FORWARD);
    expect(d.messageClass).toBe("IPM.Note");
    expect(d.subject).toBe("FW: Undeliverable: Quarterly figures");
    expect(d.attachments).toHaveLength(1);
    const att = d.attachments?.[0];
    expect(att?.innerMsgContent).toBe(true);
    expect(att?.innerMsgContentFields?.messageClass).toBe("REPORT.IPM.Note.NDR");
    expect(att?.innerMsgContentFields?.subject).toBe("Undeliverable: Quarterly figures");
    expect(att?.innerMsgContentFields?.headers).toContain("From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>");
  });
});

describe("classify() on .msg bytes", () => {
  it("recognises the OLE signature", () => {
    expect(isMsgFile(fixtureBytes(NDR))).toBe(true);
    expect(isMsgFile(fixtureBytes("exo-classic-5.4.1-relay-access-denied.eml"))).toBe(false);
  });

  it("diagnoses the NDR saved as .msg, read directly", async () => {
    const d = await classify(fixtureBytes(NDR));
    expect(d.isBounce).toBe(true);
    expect(d.layout).toBe("exo-classic");
    expect(d.container).toBeUndefined();
    expect(d.reportSubject).toBe("Undeliverable: Quarterly figures");
    expect(d.reportingMta).toBe("AM0PR01MB6002.eurprd01.prod.exchangelabs.com");
    expect(d.recipients).toHaveLength(1);
    expect(d.recipients[0]).toMatchObject(RELAY_DENIED);
    expect(d.recipients[0].guidance.id).toBe("exo-5.4.1-relay-access-denied");
    expect(d.warnings).toEqual([]);
  });

  it("diagnoses the NDR attached to a forward, with container 'attachment'", async () => {
    const d = await classify(fixtureBytes(FORWARD));
    expect(d.isBounce).toBe(true);
    expect(d.container).toBe("attachment");
    expect(d.reportSubject).toBe("Undeliverable: Quarterly figures");
    expect(d.recipients[0]).toMatchObject(RELAY_DENIED);
    expect(d.evidence[0]).toMatchObject({ source: "attachment", code: "container.attachment" });
  });

  it("rebuilds From and Subject when the .msg has no transport headers", async () => {
    const parts = await msgToParts(fixtureBytes(NO_HEADERS));
    expect(parts.headers).toBe("From: Microsoft Outlook <postmaster@contoso.onmicrosoft.com>\r\nSubject: Undeliverable: Quarterly figures\r\n");
    const d = await classify(fixtureBytes(NO_HEADERS));
    expect(d.isBounce).toBe(true);
    expect(d.evidence.some((e) => e.code === "header.daemon-sender")).toBe(true);
    expect(d.recipients[0]).toMatchObject(RELAY_DENIED);
  });

  it("a truncated or corrupted .msg gives a warning, not a throw", async () => {
    const whole = fixtureBytes(NDR);
    for (const bytes of [whole.subarray(0, 700), whole.subarray(0, 5000), Uint8Array.from(whole, (b, i) => (i > 1200 && i % 7 === 0 ? 0xff : b))]) {
      const d = await classify(bytes);
      expect(d.isBounce).toBe(false);
      expect(d.warningCodes?.map((w) => w.code)).toContain("warn.msg-unreadable");
    }
  });
});
