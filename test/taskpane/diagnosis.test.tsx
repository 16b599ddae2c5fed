/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { formatDate } from "../../src/taskpane/common/formatDate";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { fakeHost, messageOutcome } from "./fakeHost";
import { delayWarning447 } from "./fixtures/delayWarning447";
import { hostileScriptInDiagnostic } from "./fixtures/hostileScriptInDiagnostic";
import { twoRecipientsTwoProblems } from "./fixtures/twoRecipientsTwoProblems";
import { renderPane } from "./renderPane";

const sample = (id: string) => {
  const found = SAMPLES.find((s) => s.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found.eml;
};

async function showBounce(raw: string, subject?: string) {
  const host = fakeHost({ read: async () => messageOutcome(raw, subject) });
  const view = renderPane(host);
  await screen.findByRole("button", { name: "Forward to my admin" }, { timeout: 5000 });
  return { host, ...view };
}

describe("success view", () => {
  it("explains a 550 5.4.1 Relay Access Denied bounce from Exchange Online", async () => {
    const { user } = await showBounce(sample("exo-new-5.4.1-relay-access-denied"));

    // The message being described is named, so a stale pinned pane can't be mistaken for it.
    const banner = screen.getByRole("region", { name: "Message being explained" });
    expect(within(banner).getByText(`Showing: Undeliverable: Quarterly figures for review · ${formatDate("2024-05-14T09:12:44Z")}`)).toBeInTheDocument();

    const headline = screen.getByRole("heading", { level: 2, name: /accept|domain|relay/i });
    expect(headline).toBeInTheDocument();
    expect(screen.getByText("Who has to act:")).toBeInTheDocument();

    const steps = screen.getByRole("list", { name: "What you can do" });
    expect(within(steps).getByText(/72 hours/)).toBeInTheDocument();

    // Admin steps start collapsed.
    const adminToggle = screen.getByRole("button", { name: "Steps for your email admin" });
    expect(adminToggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("list", { name: "Steps for your email admin" })).not.toBeInTheDocument();

    await user.click(adminToggle);
    expect(adminToggle).toHaveAttribute("aria-expanded", "true");
    const admin = screen.getByRole("list", { name: "Steps for your email admin" });
    expect(within(admin).getAllByText(/MX/).length).toBeGreaterThan(0);
    expect(within(admin).getAllByText(/Authoritative/).length).toBeGreaterThan(0);
    expect(within(admin).getAllByText(/Hybrid Configuration Wizard/).length).toBeGreaterThan(0);
    expect(within(admin).getAllByRole("button", { name: "Copy command" }).length).toBeGreaterThan(0);
    // The recipient's domain is filled into the table's "<domain>" placeholders, Exchange Online's MX with hyphens.
    expect(within(admin).getByText(/points to fabrikam-com\.mail\.protection\.outlook\.com/)).toBeInTheDocument();
    expect(within(admin).getAllByText("Resolve-DnsName -Type MX fabrikam.com").length).toBeGreaterThan(0);
    expect(within(admin).queryByText(/<domain>/)).not.toBeInTheDocument();
    for (const link of within(admin).queryAllByRole("link")) expect(link.getAttribute("href")).toMatch(/^https:\/\//);

    // Technical details: code, raw reply, servers, original message.
    await user.click(screen.getByRole("button", { name: "Technical details" }));
    expect(screen.getAllByText("5.4.1").length).toBeGreaterThan(0);
    expect(screen.getByLabelText("Server reply for jo@fabrikam.com")).toHaveTextContent("Relay Access Denied");
    expect(screen.getByText("AM9PR02MB7321.eurprd02.prod.outlook.com")).toBeInTheDocument();

    // Evidence.
    await user.click(screen.getByRole("button", { name: "Why we think so" }));
    expect(screen.getByRole("list", { name: "Matched lines" })).toBeInTheDocument();

    // Result announced politely.
    const live = screen.getByText(/^Result: /);
    expect(live).toHaveAttribute("aria-live", "polite");
    expect(live).toHaveTextContent(headline.textContent ?? "");
  });

  it("gives the DBEB bounce the recipient-doesn't-exist headline", async () => {
    await showBounce(sample("dbeb-5.4.1-recipient-address-rejected"), "Undelivered Mail Returned to Sender");
    const headline = screen.getAllByRole("heading", { level: 2 })[0];
    expect(headline.textContent).toMatch(/doesn.t exist|not found|wasn.t found|no longer|unknown|recipient/i);
    expect(headline.textContent).not.toMatch(/relay access denied/i);
  });

  it("says there's no specific guidance for an unknown code and shows the raw reply", async () => {
    await showBounce(sample("unknown-550-5.9.99"), "Returned mail: see transcript for details");
    expect(screen.getByText("We don't have specific guidance for this exact code")).toBeInTheDocument();
    expect(screen.getByLabelText("The server's reply")).toHaveTextContent("550 5.9.99 Message held by archive gateway policy XR-17");
  });

  it("shows one section per distinct problem", async () => {
    await showBounce(twoRecipientsTwoProblems, "Undelivered Mail Returned to Sender");
    const headings = screen.getAllByRole("heading", { level: 2, name: /^Problem \d of 2:/ });
    expect(headings).toHaveLength(2);
    expect(screen.getByText(/Recipient: full@litwareinc.com/)).toBeInTheDocument();
    expect(screen.getByText(/Recipient: nobody@litwareinc.com/)).toBeInTheDocument();
  });

  it("says a delay notice is not a failure yet", async () => {
    await showBounce(delayWarning447, "Delayed Mail (still being retried)");
    expect(screen.getByText("Not a failure yet")).toBeInTheDocument();
  });

  it("lets the user pick when the message and an attachment are both bounces", async () => {
    const outcome = messageOutcome(sample("exo-new-5.4.1-relay-access-denied"), "FW: two bounces", [
      { id: "att-1", origin: "item-attachment", label: "Attachment: Undeliverable.eml", input: sample("exo-5.2.2-mailbox-full"), path: "item-attachment" },
    ]);
    const host = fakeHost({ read: async () => outcome });
    const { user } = renderPane(host);
    const group = await screen.findByRole("radiogroup", {}, { timeout: 5000 });
    expect(within(group).getByRole("radio", { name: "This message" })).toBeChecked();
    await user.click(within(group).getByRole("radio", { name: "Attachment: Undeliverable.eml" }));
    expect(within(group).getByRole("radio", { name: "Attachment: Undeliverable.eml" })).toBeChecked();
    expect(screen.getByText(/Recipient: chris.ruiz@litwareinc.com/)).toBeInTheDocument();
    expect(screen.getByText("Read from Attachment: Undeliverable.eml")).toBeInTheDocument();
  });

  it("renders a hostile bounce as text: no script, no handlers, no iframes", async () => {
    const { user, container } = await showBounce(hostileScriptInDiagnostic, 'Undelivered <script>alert("x")</script>');
    await user.click(screen.getByRole("button", { name: "Technical details" }));
    expect(container.querySelector("script, iframe, img, object, embed")).toBeNull();
    expect(container.querySelector("[onerror], [onload], [onclick]")).toBeNull();
    for (const link of Array.from(container.querySelectorAll("a"))) expect(link.getAttribute("href") ?? "").not.toMatch(/^javascript:/i);
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    // The markup is visible as literal text.
    expect(screen.getByText(/Showing: Undelivered <script>alert\("x"\)<\/script>/)).toBeInTheDocument();
    expect(screen.getAllByText(/<script>window.__pwned = true<\/script>/).length).toBeGreaterThan(0);
  });
});
