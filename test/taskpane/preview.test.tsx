/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { MAX_INPUT_BYTES } from "../../src/taskpane/input/readFile";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

async function previewPane() {
  const host = fakeHost({ mode: "preview", read: async () => ({ status: "no-item", message: "Preview has no item." }) });
  const view = renderPane(host);
  await screen.findByText("No message to read");
  return { host, ...view };
}

const headline = () => screen.findByRole("heading", { level: 2, name: /can't receive email right now/ }, { timeout: 5000 });

/** A sample button's name is its title followed by its description (one compound button). */
const sampleButton = (title: string): RegExp => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

// Whole-pane renders on a shared 2-core machine.
jest.setTimeout(20_000);

describe("preview mode", () => {
  it("says it's preview mode and how to sideload", async () => {
    await previewPane();
    expect(screen.getByText("Preview mode")).toBeInTheDocument();
    expect(screen.getByText(/sideload the add-in/)).toBeInTheDocument();
  });

  it("explains a bundled sample", async () => {
    const { user } = await previewPane();
    await user.click(screen.getByRole("button", { name: sampleButton(SAMPLES[0].title) }));
    expect(await headline()).toBeInTheDocument();
    expect(screen.getByText(`Showing: Sample: ${SAMPLES[0].title}`)).toBeInTheDocument();
  });

  it("has a sample for each documented case, and each one classifies as a bounce", async () => {
    const { user } = await previewPane();
    expect(SAMPLES.map((s) => s.id)).toEqual([
      "exo-new-5.4.1-relay-access-denied",
      "dbeb-5.4.1-recipient-address-rejected",
      "exo-classic-5.4.1-relay-access-denied",
      "postfix-554-5.7.1-relay-denied",
      "exo-5.2.2-mailbox-full",
      "unknown-550-5.9.99",
    ]);
    for (const s of SAMPLES) {
      await user.click(screen.getByRole("button", { name: sampleButton(s.title) }));
      expect(await screen.findByText(`Showing: Sample: ${s.title}`, {}, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.getByText(/^Result: /)).toBeInTheDocument();
    }
    // Six samples through the whole pane: longer than one reading, on a shared machine.
  }, 30_000);

  it("explains pasted text and keeps it in the box", async () => {
    const { user } = await previewPane();
    const box = screen.getByRole("textbox", { name: "Paste the bounce's text" });
    await user.click(box);
    await user.paste(SAMPLES[0].eml);
    await user.click(screen.getByRole("button", { name: "Explain" }));
    expect(await headline()).toBeInTheDocument();
    expect(screen.getByText("Showing: Pasted text")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Paste the bounce's text" })).toHaveValue(SAMPLES[0].eml);
  });

  it("asks for text when Explain is pressed on an empty box", async () => {
    const { user } = await previewPane();
    await user.click(screen.getByRole("button", { name: "Explain" }));
    expect(screen.getByText("Paste the text of a bounce first.")).toBeInTheDocument();
  });

  it("explains an uploaded .eml file", async () => {
    const { user } = await previewPane();
    const file = new File([SAMPLES[0].eml], "Undeliverable.eml", { type: "message/rfc822" });
    await user.upload(screen.getByLabelText("Open a bounce file (.eml or .msg)"), file);
    expect(await headline()).toBeInTheDocument();
    expect(screen.getByText("Showing: File: Undeliverable.eml")).toBeInTheDocument();
  });

  it("refuses a file over 25 MB with a clear message and keeps what was there", async () => {
    const { user } = await previewPane();
    await user.click(screen.getByRole("button", { name: sampleButton(SAMPLES[0].title) }));
    await headline();
    const big = new File(["x"], "huge.eml");
    Object.defineProperty(big, "size", { value: MAX_INPUT_BYTES + 1 });
    await user.upload(screen.getByLabelText("Open a bounce file (.eml or .msg)"), big);
    expect(await screen.findByText(/"huge.eml" is 25.0 MB; bounce files over 25.0 MB aren't read./)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: /can't receive email right now/ })).toBeInTheDocument();
  });

  it("says so when a file can't be read", async () => {
    const { user } = await previewPane();
    const broken = new File(["x"], "locked.msg");
    Object.defineProperty(broken, "arrayBuffer", { value: () => Promise.reject(new Error("NotReadableError")) });
    await user.upload(screen.getByLabelText("Open a bounce file (.eml or .msg)"), broken);
    expect(await screen.findByText(/"locked.msg" couldn't be read/)).toBeInTheDocument();
  });

  it("explains a file dropped on the drop zone, and dropped text", async () => {
    await previewPane();
    const zone = screen.getByRole("region", { name: "Drop a bounce here" });
    const file = new File([SAMPLES[0].eml], "dragged.eml");
    fireEvent.drop(zone, { dataTransfer: { files: [file], getData: () => "" } });
    expect(await headline()).toBeInTheDocument();
    expect(screen.getByText("Showing: File: dragged.eml")).toBeInTheDocument();

    fireEvent.drop(zone, { dataTransfer: { files: [], getData: (type: string) => (type === "text/plain" ? SAMPLES[1].eml : "") } });
    expect(await screen.findByText("Showing: Dropped text", {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it("explains text pasted anywhere when nothing is focused", async () => {
    await previewPane();
    (document.activeElement as HTMLElement | null)?.blur();
    await act(async () => {
      const event = new Event("paste", { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
      event.clipboardData = { getData: (type: string) => (type === "text/plain" ? SAMPLES[0].eml : "") };
      document.dispatchEvent(event);
    });
    expect(await headline()).toBeInTheDocument();
    expect(screen.getByText("Showing: Pasted text")).toBeInTheDocument();
  });

  it("offers 'Check another bounce' next to an Outlook result, without samples, and folds it away again keeping the text", async () => {
    const host = fakeHost({ read: async () => messageOutcome(SAMPLES[4].eml, "Undeliverable: Photos"), adminAddress: "it@contoso.com" });
    const { user } = renderPane(host);
    const open = await screen.findByRole("button", { name: "Check another bounce" }, { timeout: 5000 });
    expect(screen.queryByRole("textbox", { name: "Paste the bounce's text" })).not.toBeInTheDocument();
    await user.click(open);
    // Samples are for trying the pane in a browser; in Outlook the user has real bounces.
    expect(screen.queryByRole("list", { name: "Sample bounces" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("textbox", { name: "Paste the bounce's text" }));
    await user.paste(SAMPLES[0].eml);
    await user.click(screen.getByRole("button", { name: "Explain" }));
    expect(await screen.findByText("Showing: Pasted text", {}, { timeout: 5000 })).toBeInTheDocument();
    // The diagnosis is what matters now: the panel folds away, and opening it again shows the text as typed.
    await waitFor(() => expect(screen.queryByRole("textbox", { name: "Paste the bounce's text" })).not.toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Check another bounce" }));
    expect(screen.getByRole("textbox", { name: "Paste the bounce's text" })).toHaveValue(SAMPLES[0].eml);
    // Pasted text is not the open item: forwarding it must not attach the open message.
    await user.click(screen.getByRole("button", { name: "Forward to my admin" }));
    await waitFor(() => expect(host.forwards).toHaveLength(1));
    expect(host.forwards[0].attachCurrentItem).toBe(false);
  });
});
