/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { classify } from "../../src/classifier";
import { formatDate } from "../../src/taskpane/common/formatDate";
import { codeLineOf } from "../../src/taskpane/diagnosis/problemModel";
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

async function showBounce(raw: string, subject?: string, mailboxOwner?: string) {
  const host = fakeHost({ read: async () => messageOutcome(raw, subject), mailboxOwner });
  const view = renderPane(host);
  await screen.findByText(/^Result: /, {}, { timeout: 5000 });
  return { host, ...view };
}

/** The first problem's section (its h2 names it). */
function problemSection(): HTMLElement {
  const section = document.querySelector("main section[aria-labelledby]");
  if (!(section instanceof HTMLElement)) throw new Error("no problem section");
  return section;
}

// Whole-pane renders on a shared 2-core machine.
jest.setTimeout(20_000);

describe("success view: the five-second answer", () => {
  it("explains a 550 5.4.1 Relay Access Denied bounce from Exchange Online", async () => {
    const { user } = await showBounce(sample("exo-new-5.4.1-relay-access-denied"), undefined, "ana.silva@contoso.com");

    // The message being described is named, as a caption.
    const banner = screen.getByRole("region", { name: "Message being explained" });
    expect(within(banner).getByText(`Showing: Undeliverable: Quarterly figures for review · ${formatDate("2024-05-14T09:12:44Z")}`)).toBeInTheDocument();

    const section = problemSection();
    const headline = within(section).getAllByRole("heading", { level: 2 })[0];
    // The code and the server's own words, visible without opening anything.
    expect(within(section).getByText("550 5.4.1 Relay Access Denied")).toBeVisible();
    // High confidence goes without saying.
    expect(screen.queryByText(/Confidence/)).not.toBeInTheDocument();

    const steps = screen.getByRole("list", { name: "What you can do" });
    expect(within(steps).getAllByRole("listitem").length).toBeGreaterThan(0);

    // Admin steps start collapsed; opened, every command is for one named shell, with the domain filled in.
    const groupHeaders = within(section)
      .getAllByRole("button", { expanded: false })
      .filter((b) => b.textContent !== "Why we think so");
    expect(groupHeaders.length).toBeGreaterThan(0);
    for (const header of groupHeaders) await user.click(header);
    const commands = within(section).getAllByRole("region", { name: /, step \d+ \(.+\)$/ });
    expect(commands.length).toBeGreaterThan(0);
    for (const block of commands) {
      expect(block.getAttribute("aria-label")).toMatch(
        /^(Exchange Online PowerShell|Exchange Management Shell \(on-premises\)|Windows PowerShell|Command prompt or terminal), step \d+ \((For .*'s admin|For your admin.*|Steps for .*)\)$/,
      );
      expect(block.textContent).not.toContain("<domain>");
    }
    expect(within(section).getAllByText(/Resolve-DnsName -Type MX fabrikam\.com/).length).toBeGreaterThan(0);
    for (const link of within(section).queryAllByRole("link")) expect(link.getAttribute("href")).toMatch(/^https:\/\//);

    // Why we think so: the server's words, in plain words, no internal names.
    await user.click(within(section).getByRole("button", { name: "Why we think so" }));
    expect(within(section).getByText("The server said:")).toBeInTheDocument();
    expect(within(section).getByLabelText("The server's reply")).toHaveTextContent("550 5.4.1 Relay Access Denied");
    expect(section.textContent).not.toMatch(/norelaying|exo-5\.4\.1-relay|exo-new layout|guidance exo/);

    // Technical details: code, raw reply, servers, original message.
    await user.click(screen.getByRole("button", { name: "Technical details" }));
    expect(screen.getAllByText("5.4.1").length).toBeGreaterThan(0);
    expect(screen.getByLabelText("Server reply for jo@fabrikam.com")).toHaveTextContent("Relay Access Denied");

    // Result announced politely, with the headline on screen.
    const live = screen.getByText(/^Result: /);
    expect(live).toHaveAttribute("aria-live", "polite");
    expect(live).toHaveTextContent(headline.textContent ?? "");
  });

  it.each(SAMPLES.map((s) => [s.id, s.eml]))("shows the code and the server's words on the user view: %s", async (_id, eml) => {
    const d = await classify(eml);
    await showBounce(eml);
    const { line } = codeLineOf(d.recipients[0]);
    expect(line).toMatch(/^\d{3} \d\.\d{1,3}\.\d{1,3} \S/);
    expect(line.length).toBeLessThanOrEqual(80);
    expect(within(problemSection()).getByText(line)).toBeVisible();
  });

  it("gives the DBEB bounce the recipient-doesn't-exist headline and the address to copy first", async () => {
    await showBounce(sample("dbeb-5.4.1-recipient-address-rejected"), "Undelivered Mail Returned to Sender", "lee.chen@northwindtraders.com");
    const section = problemSection();
    const headline = within(section).getAllByRole("heading", { level: 2 })[0];
    expect(headline.textContent).toMatch(/doesn.t exist|not found|wasn.t found|no longer|unknown|recipient/i);
    expect(headline.textContent).not.toMatch(/relay access denied/i);
    // Only the user (and the recipient) can act: the address comes first, the forward is still there.
    const buttons = within(section)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(buttons[0]).toBe("Copy the address");
    expect(screen.getByRole("button", { name: "Forward to my admin" })).toBeInTheDocument();
  });

  it("says there's no specific guidance for an unknown code and shows the reply in the code line", async () => {
    await showBounce(sample("unknown-550-5.9.99"), "Returned mail: see transcript for details");
    expect(screen.getByText(/^We don't have specific guidance for this exact code/)).toBeInTheDocument();
    expect(screen.getByText("550 5.9.99 Message held by archive gateway policy XR-17")).toBeVisible();
  });

  it("shows one section per distinct problem", async () => {
    await showBounce(twoRecipientsTwoProblems, "Undelivered Mail Returned to Sender");
    const headings = screen.getAllByRole("heading", { level: 2, name: /^Problem \d of 2:/ });
    expect(headings).toHaveLength(2);
    // Each problem names its recipient once: in its headline or on a line of its own.
    expect(headings[0].closest("section")).toHaveTextContent("full@litwareinc.com");
    expect(headings[1].closest("section")).toHaveTextContent("nobody@litwareinc.com");
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
