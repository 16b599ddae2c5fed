/** @jest-environment jsdom */
/**
 * Who set the admin address the forward goes to, as the pane words it: inside Outlook the task
 * pane URL is the organisation's manifest, so its ?admin= is "set by your admin"; in preview mode
 * (a plain browser, any link) the same parameter is only "from the link you opened".
 */
import "./setup";
import { screen } from "@testing-library/react";
import { createPreviewHost } from "../../src/outlook/previewHost";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

beforeEach(() => window.localStorage.clear());

const sampleButton = new RegExp(`^${SAMPLES[0].title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

describe("the admin address line in the forward section", () => {
  it("preview mode: a link's ?admin= is named as the link's, never as the organisation's", async () => {
    const host = createPreviewHost({ orgDefaults: { search: "?admin=helpdesk%40contoso.com" }, navigate: () => undefined });
    const { user } = renderPane(host);
    await user.click(await screen.findByRole("button", { name: sampleButton }, { timeout: 5000 }));
    expect(await screen.findByText("Helpdesk address from the link you opened: helpdesk@contoso.com", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/set by your admin/)).not.toBeInTheDocument();
    expect(screen.queryByText(/helpdesk address \(set by/)).not.toBeInTheDocument();
  });

  it("preview mode: the organisation's build-time default wins over a link and is named as the organisation's", async () => {
    const host = createPreviewHost({ orgDefaults: { search: "?admin=someone%40elsewhere.example", buildTime: "it@contoso.com" }, navigate: () => undefined });
    const { user } = renderPane(host);
    await user.click(await screen.findByRole("button", { name: sampleButton }, { timeout: 5000 }));
    expect(await screen.findByText("Your organisation's helpdesk address (set by your admin): it@contoso.com", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText(/someone@elsewhere\.example/)).not.toBeInTheDocument();
  });

  it("in Outlook the manifest URL's address is the organisation's; once the user saves their own it is theirs", async () => {
    const host = fakeHost({ read: async () => messageOutcome(SAMPLES[0].eml), adminAddress: "helpdesk@contoso.com", adminSource: "organisation" });
    const { user } = renderPane(host);
    expect(
      await screen.findByText("Your organisation's helpdesk address (set by your admin): helpdesk@contoso.com", {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Change" }));
    const input = await screen.findByRole("textbox", { name: /Your email admin's address/ });
    await user.clear(input);
    await user.type(input, "me@contoso.com");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Your admin: me@contoso.com")).toBeInTheDocument();
  });
});
