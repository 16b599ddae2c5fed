/**
 * End to end, compose → read back: the block the pane's own "Forward to admin" writes is read by
 * the admin's pane (the reader with the parse worker's handler, in-thread) as the forwarder's own,
 * compared with the bounce when the bounce came along (attached as Outlook attaches the current
 * item, or its text included in the write-up), and as the sender's claims otherwise.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import type { Diagnosis } from "../../src/classifier/types";
import type { BounceCandidate, ItemSummary } from "../../src/outlook/types";
import { composeForward } from "../../src/taskpane/forward/composeForward";
import { classifyCandidates } from "../../src/taskpane/reader/classifyCandidates";
import { inThreadParser } from "../../src/taskpane/reader/parse/messageParser";
import { OUTLOOK_WEB, adminMailbox, relayDeniedDiagnosis, relayDeniedEml } from "../fixtures/admin/forwardedDiagnostics";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

const ALEX: ItemSummary = {
  subject: "Bounce: 550 5.4.1 Relay Access Denied",
  from: "Alex Wilber <alex.wilber@contoso.com>",
  fromAddress: "alex.wilber@contoso.com",
};

let diagnosis: Diagnosis;
beforeAll(async () => {
  diagnosis = await relayDeniedDiagnosis();
});

function compose(includeBounceText = false): { html: string; attachCurrentItem: boolean } {
  const request = composeForward({
    to: "helpdesk@contoso.com",
    diagnosis,
    source: { label: "This message", origin: "message", path: "mime", fromOutlook: true, item: { subject: "Undeliverable: Quarterly figures" }, failures: [] },
    hostDiagnostics: OUTLOOK_WEB,
    includeBounceText,
  });
  return { html: request.htmlBody, attachCurrentItem: request.attachCurrentItem };
}

/** The admin opens it in Outlook: the message, and the attached bounce as its own candidate. */
async function readAsAdmin(mime: string, attachedBounce?: string) {
  const candidates: BounceCandidate[] = [{ id: "message", origin: "message", label: "This message", input: mime, path: "mime" }];
  if (attachedBounce)
    candidates.push({ id: "att-1", origin: "item-attachment", label: "Attachment: bounce.eml", input: attachedBounce, path: "item-attachment" });
  return classifyCandidates(candidates, { fromOutlook: true, item: ALEX, failures: [] }, inThreadParser());
}

const forwardOf = (state: Awaited<ReturnType<typeof readAsAdmin>>) => (state.status === "success" || state.status === "no-bounce" ? state.forward : undefined);

describe("Forward to admin, read back by the admin's pane", () => {
  it("with the bounce attached (attachCurrentItem): the forwarder's own block, compared with the bounce", async () => {
    const { html, attachCurrentItem } = compose();
    expect(attachCurrentItem).toBe(true);
    const state = await readAsAdmin(adminMailbox(html), relayDeniedEml());
    expect(state.status).toBe("success");
    expect(forwardOf(state)).toMatchObject({
      used: {
        proves: "integrity",
        basis: "bounce",
        copyableCommands: true,
        selfForwarded: false,
        payload: { diagnosis: { recipients: [{ address: "megan.bowen@fabrikam.com", guidanceId: diagnosis.recipients[0].guidance.id }] } },
      },
      ownProblems: [],
      ignored: [],
      sender: { source: "outlook", text: "Alex Wilber <alex.wilber@contoso.com>" },
    });
  });

  it("with the bounce's text included in the write-up, nothing attached: the message itself is re-read as the bounce", async () => {
    const state = await readAsAdmin(adminMailbox(compose(true).html));
    expect(state.status).toBe("success");
    expect(forwardOf(state)).toMatchObject({ used: { basis: "bounce" }, ownProblems: [], ignored: [] });
  });

  it("without a bounce: the sender's claims, not verified", async () => {
    const state = await readAsAdmin(adminMailbox(compose().html));
    expect(forwardOf(state)).toMatchObject({ used: { basis: "sender-claims", copyableCommands: false }, ownProblems: [], ignored: [] });
  });
});
