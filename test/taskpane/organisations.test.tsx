/** @jest-environment jsdom */
// Organisation-aware steps and the primary action (issue 11, points 3 and 4), on hand-built
// guidance entries in the contract's shape: audiences, conditions, commands per shell.
import "./setup";
import { screen, within } from "@testing-library/react";
import type { GuidanceEntry } from "../../src/classifier/types";
import { englishT } from "../../src/i18n/translate";
import { groupProblems } from "../../src/taskpane/diagnosis/groupProblems";
import { organisationsOf } from "../../src/taskpane/diagnosis/organisations";
import { problemModel } from "../../src/taskpane/diagnosis/problemModel";
import { diagnosis, recipient } from "./diagnosisBuilder";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

const relay: GuidanceEntry = {
  id: "test-relay",
  codes: ["5.4.1"],
  title: "Domain not set up to receive mail",
  headline: "{domain} can't receive email right now — this is a set-up problem at {domain}, not something you did",
  cause: "The server that answered for {domain} isn't set up to accept its mail.",
  tellRecipient: "Mail to {domain} bounces with the error below: your domain's mail settings (MX record, accepted domains) need checking.",
  whoMustAct: ["recipient-admin", "sender-admin"],
  userSteps: ["Wait a few hours and send it again."],
  adminSteps: [
    {
      text: "Check that the MX record of <domain> points to <domain>.mail.protection.outlook.com.",
      audience: "recipient-org",
      commands: [
        { shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" },
        { shell: "dns-lookup", text: "nslookup -type=mx <domain>" },
      ],
    },
    { text: "Check the accepted domain.", audience: "recipient-org", commands: [{ shell: "exchange-online-powershell", text: "Get-AcceptedDomain <domain>" }] },
    {
      text: "Check the on-premises Send connector.",
      audience: "sender-org",
      condition: "your organisation sends from on-premises Exchange through Exchange Online Protection",
      commands: [{ shell: "exchange-management-shell", text: "Get-SendConnector <connector-name> | Format-List SmartHosts" }],
    },
  ],
  reason: "norelaying",
  provider: "microsoft",
};

const relayDiagnosis = (to = "megan.bowen@fabrikam.com", from = "Alex Wilber <alex.wilber@contoso.com>") =>
  diagnosis({ recipients: [recipient({ address: to, guidance: relay })], original: { from, subject: "Project plan" } });

async function show(d = relayDiagnosis(), mailboxOwner = "alex.wilber@contoso.com") {
  const view = renderPane(fakeHost({ mailboxOwner, read: async () => messageOutcome("Subject: x\r\n\r\nbody") }), { classify: async () => d });
  await screen.findByText(/^Result: /, {}, { timeout: 5000 });
  return view;
}

jest.setTimeout(20_000);

describe("whose organisation", () => {
  it("tells the user's domain from the recipient's, and consumer mailboxes apart", () => {
    expect(organisationsOf({ original: { from: "Alex <alex@contoso.com>" } }, { address: "megan@fabrikam.com" }, undefined)).toMatchObject({
      relation: "different",
      senderDomain: "contoso.com",
      recipientDomain: "fabrikam.com",
    });
    expect(organisationsOf({}, { address: "megan@mail.contoso.com" }, "alex@contoso.com").relation).toBe("same");
    expect(organisationsOf({}, { address: "megan@fabrikam.com" }, undefined).relation).toBe("unknown");
    expect(organisationsOf({}, { address: "megan@gmail.com" }, "alex@contoso.com").consumerProvider).toBe("Gmail");
  });

  it("groups the steps: the other organisation's, then the user's admin's only if …; one group in one organisation", () => {
    const [problem] = groupProblems(relayDiagnosis());
    const different = problemModel(problem, relayDiagnosis(), "alex.wilber@contoso.com", englishT);
    expect(different.groups.map((g) => [g.audience, g.condition ?? ""])).toEqual([
      ["recipient-org", ""],
      ["sender-org", "your organisation sends from on-premises Exchange through Exchange Online Protection"],
    ]);
    expect(different.action.kind).toBe("copy-note");
    const one = relayDiagnosis("megan@contoso.com");
    const same = problemModel(groupProblems(one)[0], one, "alex.wilber@contoso.com", englishT);
    expect(same.groups.map((g) => g.audience)).toEqual(["same-org"]);
    expect(same.action.kind).toBe("forward");
  });
});

describe("the user view, recipient at another organisation", () => {
  it("names the domain and whose side in the headline, and says first what to send them", async () => {
    const { user } = await show();
    const section = document.querySelector("main section[aria-labelledby]") as HTMLElement;
    expect(within(section).getByRole("heading", { level: 2 })).toHaveTextContent(
      "fabrikam.com can't receive email right now — this is a set-up problem at fabrikam.com, not something you did",
    );
    expect(within(section).getByText("550 5.4.1 Relay Access Denied")).toBeVisible();
    // The primary action, right after the steps: copy the message for fabrikam.com.
    const buttons = within(section)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(buttons[0]).toBe("Copy a message for their admin");
    // Their section: what to send first, visible; then their steps.
    const theirs = within(section).getByRole("region", { name: "For fabrikam.com's admin" });
    // The guidance says what to tell them; the message to send is the user's, with the facts.
    expect(within(theirs).getByText(/^Mail to fabrikam\.com bounces with the error below: .* You can send this:$/)).toBeInTheDocument();
    const note = within(theirs).getByLabelText("Message for fabrikam.com");
    expect(note).toHaveTextContent(/^Hello, my email to megan\.bowen@fabrikam\.com bounced with the error below\./);
    expect(note).toHaveTextContent("The server said: 550 5.4.1 Relay Access Denied [DB8EUR06FT012.eop-eur06.prod.protection.outlook.com]");
    await user.click(within(theirs).getByRole("button", { name: "What their admin can check (2)" }));
    // One shell per block, named outside it, with the domain filled in.
    expect(within(theirs).getByRole("region", { name: "Windows PowerShell, step 1 (For fabrikam.com's admin)" })).toHaveTextContent(
      /^Resolve-DnsName -Type MX fabrikam\.com$/,
    );
    expect(within(theirs).getByRole("region", { name: "Command prompt or terminal, step 1 (For fabrikam.com's admin)" })).toHaveTextContent(
      /^nslookup -type=mx fabrikam\.com$/,
    );
    expect(within(theirs).getByText(/points to fabrikam-com\.mail\.protection\.outlook\.com/)).toBeInTheDocument();
    // The user's own admin only in a set-up, said so.
    const mine = within(section).getByRole("button", {
      name: "For your admin (only if your organisation sends from on-premises Exchange through Exchange Online Protection)",
    });
    await user.click(mine);
    const block = within(section).getByRole("region", {
      name: "Exchange Management Shell (on-premises), step 1 (For your admin (only if your organisation sends from on-premises Exchange through Exchange Online Protection))",
    });
    expect(block).toHaveTextContent("Get-SendConnector <connector-name> | Format-List SmartHosts");
    expect(within(block).getByText("<connector-name>").tagName).toBe("MARK");
    expect(within(section).getByText("Replace <connector-name> before running it.")).toBeInTheDocument();
    // The forward is still there, quietly.
    expect(screen.getByRole("button", { name: "Forward to my admin" })).toBeInTheDocument();
  });

  it("copies the message for the other organisation", async () => {
    const { user } = await show();
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy a message for their admin" }));
    expect(await screen.findByText("Copied.")).toBeInTheDocument();
    expect(writeText.mock.calls[0][0]).toMatch(/^Hello, my email to megan\.bowen@fabrikam\.com bounced with the error below\./);
    expect(writeText.mock.calls[0][0]).toContain("The server said: 550 5.4.1 Relay Access Denied");
    expect(writeText.mock.calls[0][0]).toContain("Recipient: megan.bowen@fabrikam.com");
  });

  it("keeps one primary button while the admin-address form is open", async () => {
    const { user } = await show();
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    await screen.findByRole("textbox", { name: "Your email admin's address" });
    // The form's Save is the one to press; the copy action steps back (same button, same place).
    expect(screen.getByRole("button", { name: "Save and forward" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy a message for their admin" })).toBeInTheDocument();
  });
});

describe("the user view, one organisation", () => {
  it("gives every step to 'your admin' and leads with the forward", async () => {
    await show(relayDiagnosis("megan@contoso.com"));
    const section = document.querySelector("main section[aria-labelledby]") as HTMLElement;
    expect(within(section).getByRole("heading", { level: 2 })).toHaveTextContent("contoso.com can't receive email right now");
    expect(within(section).getByRole("button", { name: "Steps for your email admin" })).toBeInTheDocument();
    expect(within(section).queryByRole("region", { name: /^For .*'s admin$/ })).not.toBeInTheDocument();
    const buttons = within(section)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(buttons[0]).toBe("Forward to my admin");
  });
});

describe("a consumer mailbox", () => {
  it("has no admin to ask: the recipient or their provider", async () => {
    await show(relayDiagnosis("megan@gmail.com"));
    expect(screen.getByText("megan@gmail.com's mailbox is at Gmail. There's no admin to ask: only they, or Gmail, can change this.")).toBeInTheDocument();
    expect(screen.queryByText(/For gmail\.com's admin/)).not.toBeInTheDocument();
  });
});
