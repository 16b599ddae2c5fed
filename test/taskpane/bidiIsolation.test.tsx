/** @jest-environment jsdom */
/**
 * Message-derived text in the pane (addresses, subjects, servers, attachment names, server
 * replies) can't reorder what is around it or pass for something else: direction overrides,
 * embeddings, isolates and marks are shown as markers (⟨RLO⟩), values are isolated (<bdi>, or
 * FSI…PDI inside a sentence). Issue 12, point 6.
 */
import "./setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Bdi, BidiText } from "../../src/taskpane/common/Bdi";
import { BIDI_CONTROL_NAMES, bidiSegments, isolatedText, showBidiControls } from "../../src/taskpane/common/bidiText";
import { diagnosis, recipient } from "./diagnosisBuilder";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

const RLO = "\u202E";
const LRE = "\u202A";
const PDF = "\u202C";
const RLI = "\u2067";
const PDI = "\u2069";
const FSI = "\u2068";
jest.setTimeout(20_000);

/** A <bdi> whose whole text (markers included) is `text`. */
const bdi = (text: string) => screen.getAllByText((_, el) => el?.tagName === "BDI" && el.textContent === text);

/** Every directional control the issue names, plus the separators that would end an isolate. */
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

describe("bidiText helpers", () => {
  it("shows every direction control as a named marker", () => {
    expect(showBidiControls(`evil@example.com${RLO}moc.elpmaxe`)).toBe("evil@example.com⟨RLO⟩moc.elpmaxe");
    for (const [control, name] of Object.entries(BIDI_CONTROL_NAMES)) expect(showBidiControls(`a${control}b`)).toBe(`a⟨${name}⟩b`);
    expect(Object.keys(BIDI_CONTROL_NAMES).map((c) => c.codePointAt(0)?.toString(16))).toEqual(
      expect.arrayContaining(["61c", "200e", "200f", "202a", "202b", "202c", "202d", "202e", "2066", "2067", "2068", "2069"]),
    );
    expect(showBidiControls("plain@contoso.com")).toBe("plain@contoso.com");
  });

  it("isolates a value holding right-to-left text inside a sentence, and leaves left-to-right values as they are", () => {
    expect(isolatedText("plain@contoso.com")).toBe("plain@contoso.com");
    expect(isolatedText("שלום@example.com")).toBe(`${FSI}שלום@example.com${PDI}`);
    expect(isolatedText("مرحبا")).toBe(`${FSI}مرحبا${PDI}`);
    // An override is shown, never kept, so nothing can escape the isolate.
    expect(isolatedText(`a${RLO}b`)).toBe("a⟨RLO⟩b");
    expect(isolatedText(`שלום${PDI}${RLO}x`)).toBe(`${FSI}שלום⟨PDI⟩⟨RLO⟩x${PDI}`);
  });

  it("splits text and controls in order", () => {
    expect(bidiSegments(`${LRE}ab${PDF}c`)).toEqual([{ control: LRE }, { text: "ab" }, { control: PDF }, { text: "c" }]);
    expect(bidiSegments("")).toEqual([]);
  });
});

describe("Bdi component", () => {
  it("renders the value in <bdi> with styled markers and no raw control", () => {
    const { container } = render(<Bdi text={`bob@${RLO}moc.nozama.example`} />);
    const bdi = container.querySelector("bdi");
    expect(bdi).not.toBeNull();
    expect(bdi?.textContent).toBe("bob@⟨RLO⟩moc.nozama.example");
    expect(within(container).getByText("⟨RLO⟩")).toHaveAttribute("title", "U+202E");
    expect(CONTROLS.test(container.textContent ?? "")).toBe(false);
  });

  it("a text with thousands of controls stays one text node (no element per marker), markers still visible", () => {
    const hostile = `${RLO}x`.repeat(5000);
    const { container } = render(
      <pre>
        <BidiText text={hostile} />
      </pre>,
    );
    expect(container.querySelectorAll("span")).toHaveLength(0);
    expect(container.textContent).toBe("⟨RLO⟩x".repeat(5000));
  });
});

describe("in the pane", () => {
  const spoofed = `ceo@${RLO}moc.liamtnetnoc.example`;
  const d = diagnosis({
    recipients: [
      recipient({
        address: spoofed,
        displayName: `Finance ${RLI}Team${PDI}`,
        remoteMta: `mx.${LRE}fabrikam${PDF}.com`,
        diagnostic: `550 5.4.1 Recipient ${spoofed} rejected`,
      }),
    ],
    reportingMta: `mx${RLO}.contoso.com`,
    original: { subject: `Invoice ${RLO}fdp.exe`, to: spoofed },
  });

  function assertNoRawControls() {
    // Our own FSI/PDI would only appear around right-to-left values; there are none here.
    const text = document.body.textContent ?? "";
    const at = text.search(CONTROLS);
    expect(at < 0 ? "" : JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))).toBe("");
  }

  it("diagnosis, technical details, showing line and candidate picker show markers and isolate values", async () => {
    const attachment = {
      id: "att-1",
      origin: "item-attachment" as const,
      label: `Attachment: Undeliverable ${RLO}lmx.eml`,
      input: "Subject: y\r\n\r\nz",
      path: "item-attachment" as const,
    };
    const host = fakeHost({ read: async () => messageOutcome("Subject: x\r\n\r\nbody", `Undeliverable: ${RLO}reganam`, [attachment]) });
    const { user } = renderPane(host, { classify: async () => d });
    // Two candidates (message, attachment), both bounces → the picker.
    await screen.findByRole("radiogroup", {}, { timeout: 5000 });
    expect(screen.getByText(/^Showing: Undeliverable: ⟨RLO⟩reganam/)).toBeInTheDocument();
    expect(screen.getByText(`Recipient: ceo@⟨RLO⟩moc.liamtnetnoc.example`)).toBeInTheDocument();
    const picker = screen.getByRole("radiogroup");
    expect(within(picker).getByRole("radio", { name: "Attachment: Undeliverable ⟨RLO⟩lmx.eml" })).toBeInTheDocument();
    expect(picker.querySelectorAll("bdi").length).toBe(2);

    await user.click(screen.getByRole("button", { name: "Technical details" }));
    const heading = screen.getByRole("heading", { level: 4, name: "Finance ⟨RLI⟩Team⟨PDI⟩ <ceo@⟨RLO⟩moc.liamtnetnoc.example>" });
    expect(heading.querySelectorAll("bdi")).toHaveLength(2);
    expect(bdi("mx.⟨LRE⟩fabrikam⟨PDF⟩.com")[0].closest("dd")).not.toBeNull();
    expect(bdi("Invoice ⟨RLO⟩fdp.exe")).toHaveLength(1);
    // The server's reply, in its own block, shows the override too.
    expect(document.body.textContent).toContain("550 5.4.1 Recipient ceo@⟨RLO⟩moc.liamtnetnoc.example rejected");
    assertNoRawControls();
  });

  it("the admin view's evidence shows markers too", async () => {
    const forwarded = diagnosis({ ...d, container: "inline-forward" });
    renderPane(fakeHost({ read: async () => messageOutcome("Subject: FW\r\n\r\nbody", "FW: bounce") }), { classify: async () => forwarded });
    // A forward the mailbox owner can't be told apart from opens in the user view (issue 11); the admin tab is there.
    const tab = await screen.findByRole("tab", { name: "Admin view" }, { timeout: 5000 });
    await userEvent.click(tab);
    expect(tab).toHaveAttribute("aria-selected", "true");
    await screen.findByRole("heading", { name: "Raw evidence" });
    expect(bdi("ceo@⟨RLO⟩moc.liamtnetnoc.example").length).toBeGreaterThanOrEqual(1);
    expect(bdi("mx⟨RLO⟩.contoso.com").length).toBeGreaterThanOrEqual(1);
    assertNoRawControls();
  });
});
