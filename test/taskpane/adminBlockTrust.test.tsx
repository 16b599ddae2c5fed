/** @jest-environment jsdom */
/**
 * The admin view's trust model for the diagnosis block (issue 12, point 4), through the whole pane:
 * who sent the message is Outlook's word, only the forwarder's own last block is used, a block
 * without its bounce is the sender's claim (no ready-to-copy commands that change settings), and
 * every other block found is listed as ignored, with no say in anything shown.
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import type { Diagnosis } from "../../src/classifier/types";
import type { BounceCandidate, ReadOutcome } from "../../src/outlook/types";
import { isReadOnlyCommand } from "../../src/taskpane/admin/readOnlyCommands";
import { relayDeniedDiagnosis, relayDeniedEml } from "../fixtures/admin/forwardedDiagnostics";
import { adminMailbox, forwardHtml } from "../fixtures/admin/forwardedDiagnostics";
import {
  ALEX,
  FORGED_CLIENT,
  FORGED_DIAGNOSTIC,
  forwardQuotingForgedMessage,
  forwardQuotingHostileBounce,
  forwardWithDamagedBlock,
  forwardWithForgedSubject,
  forwardWithTwoOwnBlocks,
} from "../fixtures/hostile/forgedBlocks";
import { fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

jest.setTimeout(20_000);

const DBEB_EML = readFileSync(join(__dirname, "..", "fixtures", "exo-new-5.4.1-dbeb-recipient-rejected.eml"), "utf8");

let diagnosis: Diagnosis;
/** A code whose guidance has commands that change configuration (Set-AcceptedDomain, New-MailContact). */
let dbeb: Diagnosis;
beforeAll(async () => {
  diagnosis = await relayDeniedDiagnosis();
  dbeb = await classify(DBEB_EML);
  if (dbeb.recipients[0]?.guidance.id !== "exo-5.4.1-dbeb-recipient-not-found") throw new Error("the DBEB fixture no longer reads as DBEB");
});
beforeEach(() => window.sessionStorage.clear());

const RELAY_TITLE = /550 5\.4\.1: The destination mail server doesn't accept mail/;

/** The message as Outlook hands it over: Outlook's sender (Alex), the MIME, and optionally the bounce as an item attachment. */
function open(raw: string, { attachedBounce, from = ALEX }: { attachedBounce?: string; from?: string } = {}) {
  const attachments: BounceCandidate[] = attachedBounce
    ? [{ id: "att-1", origin: "item-attachment", label: "Attachment: Undeliverable Quarterly figures.eml", input: attachedBounce, path: "item-attachment" }]
    : [];
  const outcome: ReadOutcome = {
    status: "ok",
    item: { subject: "FW: Bounce", date: "2024-05-14T10:05:00Z", itemId: "AAMkAD-trust", from, fromAddress: "alex.wilber@contoso.com" },
    candidates: [{ id: "message", origin: "message", label: "This message", input: raw, path: "mime" }, ...attachments],
    path: "mime",
    failures: [],
  };
  const host = fakeHost({ read: async () => outcome });
  return renderPane(host, { now: () => new Date("2024-05-15T09:11:58Z"), runDnsChecks: () => Promise.reject(new Error("no DNS")) });
}

const adminTab = () => screen.findByRole("tab", { name: "Admin view", selected: true }, { timeout: 10_000 });

/** The "Diagnosis blocks in this message" section, opened. */
async function blockDetails(user: ReturnType<typeof open>["user"]): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: "Diagnosis blocks in this message" }));
  return screen.findByRole("list", { name: "Diagnosis blocks found" });
}

function expectNothingForged(): void {
  expect(document.body.textContent).not.toContain(FORGED_CLIENT);
  expect(document.body.textContent).not.toContain(FORGED_DIAGNOSTIC);
  expect(document.body.textContent).not.toMatch(/5\.7\.1/);
}

describe("admin view: who sent the message", () => {
  it("names Outlook's sender, isolated, and never anything written inside the block", async () => {
    open(forwardWithForgedSubject(diagnosis), { attachedBounce: relayDeniedEml() });
    await adminTab();
    const line = screen.getByText("From (as Outlook reports it):").parentElement as HTMLElement;
    expect(line).toHaveTextContent(`From (as Outlook reports it): ${ALEX}`);
    expect(within(line).getByText(ALEX).tagName).toBe("BDI");
    expect(screen.queryByText(/^Diagnosis sent by/)).not.toBeInTheDocument();
  });
});

describe("admin view: which block counts", () => {
  it("a forged block in the subject is ignored; the forwarder's own block is used", async () => {
    const { user } = open(forwardWithForgedSubject(diagnosis), { attachedBounce: relayDeniedEml() });
    await adminTab();
    expect(screen.getByRole("heading", { level: 2, name: RELAY_TITLE })).toBeInTheDocument();
    expect(screen.getByText("Diagnosis block from the sender's forward")).toBeInTheDocument();
    expect(screen.getByText(/agrees with what the sender's pane reported/)).toBeInTheDocument();
    expect(screen.getByText(/^Diagnosis blocks ignored: 1, found where the sender didn't write them/)).toBeInTheDocument();
    const details = await blockDetails(user);
    expect(within(details).getByText(/^Used: the last block in the sender's own text\. It says it was written in Outlook on the web/)).toBeInTheDocument();
    expect(within(details).getByText("Ignored (intact): in the subject, not written by the sender.")).toBeInTheDocument();
    expectNothingForged();
  });

  it("a forged, newer block in a quoted bounce is ignored while the forwarder's own block is used", async () => {
    const { user } = open(forwardQuotingHostileBounce(diagnosis));
    await adminTab();
    expect(screen.getByRole("heading", { level: 2, name: RELAY_TITLE })).toBeInTheDocument();
    const details = await blockDetails(user);
    expect(within(details).getByText("Ignored (intact): in a quoted message, not written by the sender.")).toBeInTheDocument();
    expect(within(details).getAllByRole("listitem")).toHaveLength(2);
    expectNothingForged();
  });

  it("a forged block in a quoted message that is no bounce: ignored, and the forwarder's block stays the sender's claims", async () => {
    const { user } = open(forwardQuotingForgedMessage(diagnosis));
    await adminTab();
    expect(screen.getByText("Claims of the sender, not verified")).toBeInTheDocument();
    const details = await blockDetails(user);
    expect(within(details).getByText("Ignored (intact): in a quoted message, not written by the sender.")).toBeInTheDocument();
    expectNothingForged();
  });

  it("two blocks in the forwarder's own text: the last one wins, even though the other is dated later", async () => {
    const { user } = open(forwardWithTwoOwnBlocks(diagnosis));
    await adminTab();
    // The last block's advice (Relay Access Denied), not the first's (DBEB), dated 2030.
    expect(screen.getByRole("heading", { level: 2, name: RELAY_TITLE })).toBeInTheDocument();
    const details = await blockDetails(user);
    expect(within(details).getByText(/^Used: the last block in the sender's own text\. It says it was written in .* on .*2024/)).toBeInTheDocument();
    expect(
      within(details).getByText("Ignored (intact): an earlier block in the sender's own text; the last one written counts, whatever its date."),
    ).toBeInTheDocument();
  });

  it("a block from a forward nobody else wrote into opens nothing when it is only in an attachment", async () => {
    // The user's pane's forward, attached to an ordinary message: someone else's block.
    const attached: BounceCandidate = {
      id: "att-1",
      origin: "file-attachment",
      label: "Attachment: fw.eml",
      input: adminMailbox(forwardHtml(diagnosis)),
      path: "file-attachment",
    };
    const outcome: ReadOutcome = {
      status: "ok",
      item: { subject: "see attached", from: ALEX, fromAddress: "alex.wilber@contoso.com" },
      candidates: [
        { id: "message", origin: "message", label: "This message", input: "From: x@contoso.com\r\nSubject: see attached\r\n\r\nhello", path: "mime" },
        attached,
      ],
      path: "mime",
      failures: [],
    };
    renderPane(fakeHost({ read: async () => outcome }));
    expect(await screen.findByText("No bounce found", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Admin view" })).not.toBeInTheDocument();
  });
});

describe("admin view: a block without its bounce", () => {
  it("is labelled as the sender's claims, not verified, and offers no command that changes settings to copy", async () => {
    const { user } = open(adminMailbox(forwardHtml(dbeb)));
    await adminTab();
    expect(screen.getByText("Claims of the sender, not verified")).toBeInTheDocument();
    expect(screen.getByText(/nothing in it could be checked/)).toBeInTheDocument();
    // The guidance for the code is there…
    expect(screen.getByRole("heading", { level: 2, name: /^550 5\.4\.1: / })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "What to verify" });
    expect(within(list).getAllByRole("checkbox").length).toBe(dbeb.recipients[0].guidance.adminSteps.length);
    // …with the commands that only look, and not one that changes configuration.
    const shown = within(list)
      .getAllByRole("region", { name: /, step \d+$/ })
      .map((r) => r.textContent ?? "");
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((c) => c.startsWith("Get-"))).toBe(true);
    for (const command of shown) expect(command).not.toMatch(/^(Set|New|Remove|Add|Enable|Disable|Start)-|\| *(Set|New|Remove|Add)-/m);
    expect(within(list).getAllByText(/^Not shown: \d+ command\(s\) that change settings\./).length).toBeGreaterThan(0);
    expect(within(list).getAllByRole("button", { name: "Copy command" }).length).toBe(shown.length);
    const details = await blockDetails(user);
    expect(within(details).getByText(/^Used: the last block in the sender's own text\./)).toBeInTheDocument();
  });

  it("with the bounce attached, the same forward's checklist offers every command again", async () => {
    open(adminMailbox(forwardHtml(dbeb)), { attachedBounce: DBEB_EML });
    await adminTab();
    expect(screen.queryByText("Claims of the sender, not verified")).not.toBeInTheDocument();
    expect(screen.getByText("Diagnosis block from the sender's forward")).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "What to verify" });
    const shown = within(list)
      .getAllByRole("region", { name: /, step \d+$/ })
      .map((r) => r.textContent ?? "");
    expect(shown.some((c) => /^Set-AcceptedDomain/m.test(c))).toBe(true);
    expect(within(list).queryByText(/^Not shown:/)).not.toBeInTheDocument();
  });
});

describe("admin view: a damaged block", () => {
  it("is shown as a problem, used for nothing, and listed as such", async () => {
    const { user } = open(forwardWithDamagedBlock(diagnosis));
    await adminTab();
    expect(screen.getByText("Damaged diagnosis block: not trusted")).toBeInTheDocument();
    expect(screen.getByText(/damaged \(checksum mismatch\)/)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "What to verify" })).not.toBeInTheDocument();
    const details = await blockDetails(user);
    expect(within(details).getByText("Not used: a block in the sender's own text is damaged (checksum mismatch).")).toBeInTheDocument();
  });
});

describe("what counts as a command that only looks", () => {
  it.each([
    ["Get-AcceptedDomain -Identity contoso.com | Format-List DomainName,DomainType", "exchange-online-powershell", true],
    ["Get-MessageTraceV2 -RecipientAddress a@b.c -StartDate (Get-Date).AddHours(-2) -EndDate (Get-Date)", "exchange-online-powershell", true],
    ["Get-TransportRule | Where-Object { $_.RedirectMessageTo -or $_.BlindCopyTo }", "exchange-online-powershell", true],
    ["Resolve-DnsName -Type MX contoso.com", "windows-powershell", true],
    ["nslookup -type=MX contoso.com", "dns-lookup", true],
    ["Set-AcceptedDomain -Identity contoso.com -DomainType Authoritative", "exchange-online-powershell", false],
    [
      "Get-MailPublicFolder | Where-Object { $_.PrimarySmtpAddress -eq 'a@b.c' } | Set-MailPublicFolder -RequireSenderAuthenticationEnabled $false",
      "exchange-online-powershell",
      false,
    ],
    ["Get-ReceiveConnector x | Add-ADPermission -User y", "exchange-management-shell", false],
    ["Get-Mailbox; Remove-Mailbox x", "exchange-online-powershell", false],
    ["Get-Mailbox\nNew-MailContact -Name x", "exchange-online-powershell", false],
    ["Get-Mailbox | Where-Object { Remove-Item x }", "exchange-online-powershell", false],
    ["Start-ADSyncSyncCycle -PolicyType Delta", "windows-powershell", false],
    ["", "windows-powershell", false],
  ] as const)("%s → %s", (text, shell, readOnly) => {
    expect(isReadOnlyCommand(text, shell)).toBe(readOnly);
  });
});
