/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { utf8Length } from "../../src/roundtrip/bytes/utf8";
import { MAX_HTML_BODY_BYTES } from "../../src/taskpane/forward/composeForward";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { type FakeHostOptions, fakeHost, messageOutcome } from "./fakeHost";
import { hostileScriptInDiagnostic } from "./fixtures/hostileScriptInDiagnostic";
import { renderPane } from "./renderPane";

const relayDenied = SAMPLES[0].eml;

async function paneWith(raw: string, options: FakeHostOptions = {}) {
  const host = fakeHost({ read: async () => messageOutcome(raw), ...options });
  const view = renderPane(host);
  await screen.findByText(/^Result: /, {}, { timeout: 5000 });
  return { host, ...view };
}

describe("forward to admin", () => {
  it("asks for the address, rejects a non-address, saves a valid one and opens the forward", async () => {
    const { host, user } = await paneWith(relayDenied);

    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    const input = await screen.findByRole("textbox", { name: /Your email admin's address/ });
    expect(screen.getByText(/Enter your email admin's address once/)).toBeInTheDocument();
    expect(host.forwards).toHaveLength(0);

    await user.type(input, "not an address");
    await user.click(screen.getByRole("button", { name: "Save and forward" }));
    expect(await screen.findByText(/Enter an email address, for example/)).toBeInTheDocument();
    expect(host.saved).toHaveLength(0);
    expect(host.forwards).toHaveLength(0);

    await user.clear(input);
    await user.type(input, "helpdesk@contoso.com");
    await user.click(screen.getByRole("button", { name: "Save and forward" }));

    await waitFor(() => expect(host.forwards).toHaveLength(1));
    expect(host.saved).toEqual(["helpdesk@contoso.com"]);
    const request = host.forwards[0];
    expect(request.to).toBe("helpdesk@contoso.com");
    expect(request.subject).toContain("5.4.1");
    expect(request.subject).toContain("jo@fabrikam.com");
    expect(request.subject.length).toBeLessThanOrEqual(255);
    expect(utf8Length(request.htmlBody)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
    expect(request.attachCurrentItem).toBe(true);
    expect(await screen.findByText("A new message to helpdesk@contoso.com is open. Nothing is sent until you press Send.")).toBeInTheDocument();
    expect(screen.getByText("Your admin: helpdesk@contoso.com")).toBeInTheDocument();
  }, 15_000);

  it("forwards straight away with a saved address, always with the server's reply, escaped", async () => {
    const { host, user } = await paneWith(hostileScriptInDiagnostic, { adminAddress: "it@contoso.com" });
    // The full bounce text goes along only when the user asks for it.
    const include = screen.getByRole("checkbox", { name: "Include the full bounce text" });
    expect(include).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    await waitFor(() => expect(host.forwards).toHaveLength(1));
    const first = host.forwards[0].htmlBody;
    // The reported reply is what an admin acts on: always there, as escaped text.
    expect(first).toContain("Reported error:");
    expect(first).toContain("&lt;script&gt;window.__pwned = true&lt;/script&gt;");
    expect(first).not.toContain("The full bounce text");

    await user.click(include);
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    await waitFor(() => expect(host.forwards).toHaveLength(2));
    const { htmlBody } = host.forwards[1];
    expect(htmlBody).toContain("The full bounce text");
    expect(htmlBody).not.toMatch(/<script|<img|<iframe/i);
    // "onerror" may appear as escaped text, never as an attribute inside a real tag.
    expect(htmlBody).not.toMatch(/<[^>]*\sonerror\s*=/i);
    expect(host.saved).toHaveLength(0);
  });

  it("keeps the typed address and says so when saving fails", async () => {
    const { host, user } = await paneWith(relayDenied, { saveResult: { ok: false, message: "Roaming settings are full (9057)." } });
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    const input = await screen.findByRole("textbox", { name: /Your email admin's address/ });
    await user.type(input, "helpdesk@contoso.com");
    await user.click(screen.getByRole("button", { name: "Save and forward" }));
    expect(await screen.findByText("The address wasn't saved")).toBeInTheDocument();
    expect(screen.getByText(/Roaming settings are full \(9057\)/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Your email admin's address/ })).toHaveValue("helpdesk@contoso.com");
    // The user asked to forward; that still happens with the typed address.
    await waitFor(() => expect(host.forwards.map((f) => f.to)).toEqual(["helpdesk@contoso.com"]));
  });

  it("shows the failure when Outlook can't open the form, with Copy as a way out", async () => {
    const { user } = await paneWith(relayDenied, {
      adminAddress: "it@contoso.com",
      forwardResult: { ok: false, message: "displayNewMessageFormAsync failed." },
    });
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    expect(await screen.findByText("Couldn't open a new message")).toBeInTheDocument();
    expect(screen.getByText(/displayNewMessageFormAsync failed/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy diagnosis" })).toBeInTheDocument();
  });

  it("checks the address with the host's own rules: refuses what Outlook's host refuses, takes what it takes", async () => {
    const { host, user } = await paneWith(relayDenied);
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    const input = await screen.findByRole("textbox", { name: /Your email admin's address/ });
    // An underscore is no hostname character: the host would refuse this when opening the form.
    await user.type(input, "jo@x_y.com");
    await user.click(screen.getByRole("button", { name: "Save and forward" }));
    expect(await screen.findByText(/Enter an email address, for example/)).toBeInTheDocument();
    expect(host.saved).toHaveLength(0);
    expect(host.forwards).toHaveLength(0);
    // A quoted local part is a valid addr-spec (RFC 5322), and the host takes it.
    await user.clear(input);
    await user.type(input, '"j s"@x.com');
    await user.click(screen.getByRole("button", { name: "Save and forward" }));
    await waitFor(() => expect(host.forwards.map((f) => f.to)).toEqual(['"j s"@x.com']));
    expect(host.saved).toEqual(['"j s"@x.com']);
  });

  it("lets the user change a saved address", async () => {
    const { host, user } = await paneWith(relayDenied, { adminAddress: "old@contoso.com" });
    await user.click(screen.getByRole("button", { name: "Change" }));
    const input = screen.getByRole("textbox", { name: /Your email admin's address/ });
    expect(input).toHaveValue("old@contoso.com");
    await user.clear(input);
    await user.type(input, "new@contoso.com{Enter}");
    await waitFor(() => expect(host.saved).toEqual(["new@contoso.com"]));
    expect(host.forwards).toHaveLength(0);
    expect(await screen.findByText("Your admin: new@contoso.com")).toBeInTheDocument();
  });
});

describe("mobile: copy instead of forward", () => {
  const original = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  afterEach(() => {
    if (original) Object.defineProperty(navigator, "clipboard", original);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it("copies the diagnosis with the Clipboard API", async () => {
    const { user } = await paneWith(relayDenied, { canOpenForm: false });
    // After userEvent.setup(), which installs its own clipboard stub.
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    expect(screen.queryByRole("button", { name: "Forward to my admin" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy diagnosis" }));
    expect(await screen.findByText(/Copied. Paste it into a message to your email admin/)).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0][0];
    expect(copied).toContain("5.4.1");
    expect(copied).toContain("jo@fabrikam.com");
    expect(copied).toContain("Relay Access Denied");
  });

  it("falls back to a selected textarea, and says when copying failed", async () => {
    const { user } = await paneWith(relayDenied, { canOpenForm: false });
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) }, configurable: true });
    const execCommand = jest.fn(() => false);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy diagnosis" }));
    expect(await screen.findByText(/Copying didn't work here/)).toBeInTheDocument();
    expect(execCommand).toHaveBeenCalledWith("copy");
    const manual = screen.getByRole("textbox", { name: "Diagnosis text" });
    expect((manual as HTMLTextAreaElement).value).toContain("5.4.1");
  });

  it("reports success when only the selection fallback works", async () => {
    const { user } = await paneWith(relayDenied, { canOpenForm: false });
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    Object.defineProperty(document, "execCommand", { value: jest.fn(() => true), configurable: true });
    const section = screen.getByRole("region", { name: "Send to your admin" });
    await user.click(within(section).getByRole("button", { name: "Copy diagnosis" }));
    expect(await within(section).findByText(/^Copied\./)).toBeInTheDocument();
  });
});
