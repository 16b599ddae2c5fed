/** @jest-environment jsdom */
// Who is reading decides the view (issue 11, point 1): the user view unless the message carries a
// diagnosis block, or the bounce in it was forwarded or attached by someone other than the mailbox
// owner (userProfile.emailAddress), compared with the forward's sender and the bounce's original sender.
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BounceCandidate } from "../../src/outlook/types";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

const fixture = (name: string) => readFileSync(resolve(__dirname, "../fixtures", name), "utf8");
const INLINE = fixture("forwarded-inline-ndr.eml"); // Alex Wilber forwards his own bounce inline
/** The bounce Alex Wilber attached (its original sender: Alex), handed over as Outlook does: an item attachment of the open message. */
const ATTACHED_BOUNCE = fixture("exo-classic-5.4.1-dbeb-recipient-rejected.eml");
const attached: BounceCandidate = {
  id: "att-1",
  origin: "item-attachment",
  label: "Attachment: Undeliverable Project plan.eml",
  input: ATTACHED_BOUNCE,
  path: "item-attachment",
};
const FORWARD_TEXT = "Subject: FW: Undeliverable: Project plan\r\n\r\nSee the attached bounce.";

async function viewFor(raw: string, opts: { owner?: string; sentBy?: string; extra?: BounceCandidate[] }) {
  const host = fakeHost({
    mailboxOwner: opts.owner,
    read: async () => messageOutcome(raw, "FW: Undeliverable: Quarterly figures", opts.extra ?? [], opts.sentBy),
  });
  renderPane(host);
  // The reading is done when the live region stops saying it is reading.
  await waitFor(() => expect(screen.getAllByText(/^(Result: |No bounce found)/).length).toBeGreaterThan(0), { timeout: 15_000 });
  const selected = screen.queryByRole("tab", { selected: true });
  return selected?.textContent ?? "no tabs";
}

jest.setTimeout(30_000);

describe("the view follows who is reading", () => {
  it("a bounce the user forwarded to themselves opens in the user view (the admin tab is still there)", async () => {
    expect(await viewFor(INLINE, { owner: "Alex.Wilber@contoso.com", sentBy: "alex.wilber@contoso.com" })).toBe("User view");
    expect(screen.getByRole("tab", { name: "Admin view" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "What you can do" })).toBeInTheDocument();
  });

  it("a bounce a colleague forwarded opens in the admin view", async () => {
    expect(await viewFor(INLINE, { owner: "helpdesk@contoso.com", sentBy: "alex.wilber@contoso.com" })).toBe("Admin view");
    expect(screen.getByRole("list", { name: "What to verify" })).toBeInTheDocument();
  });

  it("a bounce attached by a colleague opens in the admin view", async () => {
    expect(await viewFor(FORWARD_TEXT, { owner: "helpdesk@contoso.com", sentBy: "alex.wilber@contoso.com", extra: [attached] })).toBe("Admin view");
  });

  it("an attached bounce whose message the owner wrote is the owner's, whoever sent it back", async () => {
    // The helpdesk sends Alex's own bounce back to him: still Alex's bounce.
    expect(await viewFor(FORWARD_TEXT, { owner: "alex.wilber@contoso.com", sentBy: "helpdesk@contoso.com", extra: [attached] })).toBe("User view");
  });

  it("without the owner's address nobody can tell: the user view", async () => {
    expect(await viewFor(INLINE, { sentBy: "alex.wilber@contoso.com" })).toBe("User view");
  });

  it("a message carrying our diagnosis block opens in the admin view, even for its own sender", async () => {
    const diagnosis = await relayDeniedDiagnosis();
    const raw = adminMailbox(quotedByOutlook(forwardHtml(diagnosis)));
    expect(await viewFor(raw, { owner: "alex.wilber@contoso.com", sentBy: "alex.wilber@contoso.com" })).toBe("Admin view");
  });

  it("a bounce read directly has no admin tab at all", async () => {
    expect(await viewFor(SAMPLES[0].eml, { owner: "ana.silva@contoso.com" })).toBe("no tabs");
  });
});
