/** @jest-environment jsdom */
/**
 * The pane over the REAL Office host (createOfficeHost via connectHost) and the simulated Outlook
 * of each client profile: what the user sees per client, not what a fake host claims.
 */
import "./setup";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { connectHost } from "../../src/outlook/connect";
import type { MailHost } from "../../src/outlook/types";
import { formatDate } from "../../src/taskpane/common/formatDate";
import { Bootstrap } from "../../src/taskpane/shell/Bootstrap";
import { ndrItem } from "../outlook/simHelpers";
import { createSimulatedOffice, sampleNdrMime, type SimItem, type SimProfile, type SimulatedOffice } from "../support/simulatedOffice";
import { renderPane } from "./renderPane";

/** The shared Outlook-layer item, carrying a bounce for a recipient these tests name. */
function item(overrides: Partial<SimItem> = {}): SimItem {
  return ndrItem({ mime: sampleNdrMime({ recipient: "nobody@fabrikam.example" }), ...overrides });
}

const ORDINARY = item({
  subject: "Lunch on Friday?",
  itemId: "lunch",
  mime: "From: Al <al@contoso.example>\r\nTo: pat@contoso.example\r\nSubject: Lunch on Friday?\r\nDate: Tue, 4 Aug 2026 09:00:00 +0000\r\nContent-Type: text/plain\r\n\r\nShall we meet at noon?\r\n",
});

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function paneOn(
  profile: Partial<SimProfile> & Pick<SimProfile, "name" | "mailbox">,
): Promise<{ sim: SimulatedOffice; host: MailHost; user: ReturnType<typeof renderPane>["user"] }> {
  const sim = createSimulatedOffice({ item: item(), ...profile });
  restore = sim.install();
  const host = await connectHost({ office: sim.Office, officeHost: { callTimeoutMs: 1000 } });
  expect(host.info.mode).toBe("outlook");
  const { user } = renderPane(host);
  return { sim, host, user };
}

const showing = (subject: string, date = "2026-08-04T10:05:00Z") => `Showing: ${subject} · ${formatDate(date)}`;
const explained = () => screen.findByRole("region", { name: "Message being explained" }, { timeout: 5000 });

describe("Outlook on the web (Mailbox 1.15)", () => {
  test("reads the open NDR, names it, offers the forward, and says nothing is missing", async () => {
    const { user, sim } = await paneOn({ name: "web", mailbox: "1.15" });
    const banner = await explained();
    expect(within(banner).getByText(showing("FW: Undeliverable: Quarterly report"))).toBeInTheDocument();
    expect(screen.getAllByText(/nobody@fabrikam\.example/).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Forward to my admin" })).toBeInTheDocument();
    expect(screen.queryByRole("note", { name: "What this Outlook can't do" })).not.toBeInTheDocument();
    expect(sim.calls.getAsFileAsync).toBe(1);

    // Diagnostics: collapsed, then host facts and the read path that worked.
    const header = screen.getByRole("button", { name: "Diagnostics" });
    expect(header).toHaveAttribute("aria-expanded", "false");
    await user.click(header);
    const facts = screen.getByLabelText("Host facts");
    expect(within(facts).getByText("OutlookWebApp")).toBeInTheDocument();
    expect(within(facts).getByText("OfficeOnline")).toBeInTheDocument();
    expect(within(facts).getByText("20260815001.07")).toBeInTheDocument();
    expect(within(facts).getByText(/1\.1, 1\.2, .*1\.15/)).toBeInTheDocument();
    expect(within(facts).getByText(/whole message \(getAsFileAsync/)).toBeInTheDocument();
    expect(screen.getByText("No Office call failed.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy diagnostics" })).toBeInTheDocument();
  });

  test("each Office failure shows with its code in the diagnostics, without message content", async () => {
    const { user } = await paneOn({ name: "web", mailbox: "1.15", faults: { getAsFileAsync: "fail" } });
    await explained();
    await user.click(screen.getByRole("button", { name: "Diagnostics" }));
    const failures = screen.getByRole("list", { name: "Office failures" });
    expect(within(failures).getByText("getAsFileAsync (GenericResponseError): getAsFileAsync failed.")).toBeInTheDocument();
    expect(within(screen.getByLabelText("Host facts")).getByText(/HTML body and internet headers/)).toBeInTheDocument();
    expect(failures.textContent).not.toMatch(/Quarterly|fabrikam/);
  });

  test("pinned pane: the banner follows the current item, and a null item clears the old diagnosis", async () => {
    const { sim } = await paneOn({ name: "web", mailbox: "1.15" });
    await explained();
    await act(async () => sim.setItem(item({ subject: "Undeliverable: Budget", itemId: "second", dateTimeCreated: "2026-08-05T08:00:00Z" })));
    await waitFor(() => expect(screen.getByText(showing("Undeliverable: Budget", "2026-08-05T08:00:00Z"))).toBeInTheDocument(), { timeout: 5000 });
    expect(screen.queryByText(showing("FW: Undeliverable: Quarterly report"))).not.toBeInTheDocument();

    await act(async () => sim.setItem(null));
    expect(await screen.findByText("No message to read", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Outlook doesn't let add-ins open bounce reports/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Message being explained" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Forward to my admin" })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: "Ways to get the bounce in" })).getByText(/drag the bounce from the message list onto this pane/),
    ).toBeInTheDocument();
  });

  test("an ordinary message is named too, with the no-bounce explanation", async () => {
    await paneOn({ name: "web", mailbox: "1.15", item: ORDINARY });
    expect(await screen.findByText("No bounce found", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(showing("Lunch on Friday?"))).toBeInTheDocument();
  });

  test("a bounce dragged from the message list (DragAndDropEvent) is explained like an HTML5 drop", async () => {
    const { sim } = await paneOn({ name: "web", mailbox: "1.15", item: ORDINARY });
    await screen.findByText("No bounce found", {}, { timeout: 5000 });
    await waitFor(() => expect(sim.handlerCount("olkDragAndDropEvent")).toBe(1));
    await act(async () => sim.dropFiles([{ name: "Undeliverable Budget.eml", content: sampleNdrMime({ recipient: "dropped@fabrikam.example" }) }]));
    // The no-bounce state named the open message; the drop replaces it with the dropped file.
    expect(await screen.findByText("Showing: File: Undeliverable Budget.eml", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText("No bounce found")).not.toBeInTheDocument();
    expect(screen.getAllByText(/dropped@fabrikam\.example/).length).toBeGreaterThan(0);
  });

  test("two bounces dropped at once: both listed, the user picks", async () => {
    const { sim, user } = await paneOn({ name: "new-outlook", mailbox: "1.15", item: ORDINARY });
    await screen.findByText("No bounce found", {}, { timeout: 5000 });
    await waitFor(() => expect(sim.handlerCount("olkDragAndDropEvent")).toBe(1));
    await act(async () =>
      sim.dropFiles([
        { name: "first.eml", content: sampleNdrMime({ recipient: "first@fabrikam.example" }) },
        { name: "second.eml", content: sampleNdrMime({ recipient: "second@fabrikam.example" }) },
      ]),
    );
    const picker = await screen.findByRole("radiogroup", {}, { timeout: 5000 });
    expect(within(picker).getAllByRole("radio")).toHaveLength(2);
    await user.click(within(picker).getByRole("radio", { name: "File: second.eml" }));
    expect(screen.getByText("Showing: File: second.eml")).toBeInTheDocument();
  });
});

describe("client matrix", () => {
  test("mobile (Mailbox 1.5): body only, Copy instead of the new-message form, and the pane says what's missing", async () => {
    await paneOn({ name: "mobile", mailbox: "1.5" });
    await explained();
    const note = screen.getByRole("note", { name: "What this Outlook can't do" });
    expect(note).toHaveTextContent(
      "This version of Outlook can't read attachments or the full message (needs Mailbox 1.8/1.14); the diagnosis is from the message body only.",
    );
    expect(note).toHaveTextContent(/copy the diagnosis/);
    expect(screen.getByRole("button", { name: "Copy diagnosis" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Forward to my admin" })).not.toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Include the full bounce text" })).not.toBeChecked();
  });

  test("mobile on a null item: no drag-and-drop hint (phones can't drag into add-ins)", async () => {
    await paneOn({ name: "mobile", mailbox: "1.5", item: null });
    expect(await screen.findByText("No message to read", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Ways to get the bounce in" })).queryByText(/drag the bounce/)).not.toBeInTheDocument();
  });

  test("Mac classic (Mailbox 1.8): headers and body, the note names the missing full message", async () => {
    const { user } = await paneOn({ name: "mac-classic", mailbox: "1.8" });
    await explained();
    expect(screen.getByRole("note", { name: "What this Outlook can't do" })).toHaveTextContent(
      "This version of Outlook can't read the full message (needs Mailbox 1.14); the diagnosis is from the message body and its headers.",
    );
    expect(screen.getByRole("button", { name: "Forward to my admin" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Diagnostics" }));
    expect(within(screen.getByLabelText("Host facts")).getByText("not available")).toBeInTheDocument();
  });

  test("classic Windows (Mailbox 1.14): the whole message, no note", async () => {
    await paneOn({ name: "classic-windows", mailbox: "1.14" });
    await explained();
    expect(screen.queryByRole("note", { name: "What this Outlook can't do" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Forward to my admin" })).toBeInTheDocument();
  });
});

describe("theme", () => {
  /** FluentProvider writes its theme as CSS variables; colorNeutralBackground1 tells light from dark. */
  function background(): string | undefined {
    // Fluent inserts rules with insertRule, so read the sheets, not the <style> text.
    const css = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText))
      .join("\n");
    const all = [...css.matchAll(/--colorNeutralBackground1:\s*([^;]+);/g)].map((m) => m[1].trim());
    return all[all.length - 1];
  }

  test("dark in Outlook → webDarkTheme, and OfficeThemeChanged switches it live", async () => {
    const sim = createSimulatedOffice({ name: "web", mailbox: "1.15", item: null, theme: "dark" });
    restore = sim.install();
    const connect = () => connectHost({ office: sim.Office, officeHost: { callTimeoutMs: 1000 } });
    render(<Bootstrap connect={connect} />);
    await screen.findByText("No message to read", {}, { timeout: 5000 });
    expect(background()).toBe(webDarkTheme.colorNeutralBackground1);
    await waitFor(() => expect(sim.handlerCount("officeThemeChanged")).toBe(1));
    await act(async () => sim.setTheme("light"));
    await waitFor(() => expect(background()).toBe(webLightTheme.colorNeutralBackground1));
  });
});
