/** @jest-environment jsdom */
// The browser suite's findings (test-artifacts/a11y-findings.md A1, A2, L1, L5, L6) and the admin
// view's use of Diagnosis.container and Diagnosis.hops.
import "./setup";
import { screen, within } from "@testing-library/react";
import type { Diagnosis } from "../../src/classifier/types";
import { RFC_3463_URL } from "../../src/taskpane/diagnosis/ProblemSection";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { diagnosis, recipient } from "./diagnosisBuilder";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

const sample = (id: string) => {
  const found = SAMPLES.find((s) => s.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found.eml;
};

async function showBounce(raw: string) {
  const view = renderPane(fakeHost({ read: async () => messageOutcome(raw) }));
  await screen.findByRole("button", { name: "Forward to my admin" }, { timeout: 5000 });
  return view;
}

/**
 * The pane with a hand-built diagnosis (what the classifier would say), to show one field's effect.
 * `forwardedBy`: the open message's sender, read by the mailbox owner admin@contoso.com.
 */
async function showDiagnosis(d: Diagnosis, forwardedBy?: string) {
  const read = async () => messageOutcome("Subject: x\r\n\r\nbody", undefined, [], forwardedBy);
  const view = renderPane(fakeHost({ read, mailboxOwner: forwardedBy ? "admin@contoso.com" : undefined }), { classify: async () => d });
  await screen.findByText(/^Result: /, {}, { timeout: 5000 });
  return view;
}

describe("guidance links (L5, A2)", () => {
  it("a non-Microsoft server's unknown code links to RFC 3463, not to Microsoft's article", async () => {
    await showBounce(sample("unknown-550-5.9.99"));
    expect(screen.queryByRole("link", { name: "Microsoft's article about this error" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "What the status code means (RFC 3463)" })).toHaveAttribute("href", RFC_3463_URL);
  });

  it("a generic row from Exchange Online keeps Microsoft's article beside RFC 3463", async () => {
    const generic = {
      ...recipient().guidance,
      id: "generic-5.9.x",
      generic: true,
      docsUrl:
        "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    };
    await showDiagnosis(diagnosis({ recipients: [recipient({ guidance: generic, status: "5.9.99" })] }));
    expect(screen.getByRole("link", { name: "Microsoft's article about this error" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "What the status code means (RFC 3463)" })).toBeInTheDocument();
  });

  it("a specific row keeps its own article and has no RFC link", async () => {
    await showBounce(sample("exo-new-5.4.1-relay-access-denied"));
    expect(screen.getByRole("link", { name: "Microsoft's article about this error" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /RFC 3463/ })).not.toBeInTheDocument();
  });
});

describe("confidence beside the headline (L6), only when it isn't high", () => {
  const headline = "fabrikam.com can't receive email right now — this is a set-up problem at fabrikam.com, not something you did";

  it("shows a medium level as a badge under the headline, outside the heading's name", async () => {
    await showDiagnosis(diagnosis({ recipients: [recipient({ confidence: "medium" })] }));
    const heading = screen.getByRole("heading", { level: 2, name: headline });
    expect(heading.parentElement).toHaveTextContent("Confidence: Medium");
    expect(screen.queryByText("We're not sure about this one")).not.toBeInTheDocument();
  });

  it("says a low one out loud, once", async () => {
    await showDiagnosis(diagnosis({ recipients: [recipient({ confidence: "low" })] }));
    expect(screen.getByText("We're not sure about this one")).toBeInTheDocument();
    expect(screen.queryByText(/^Confidence:/)).not.toBeInTheDocument();
  });

  it("says nothing about a high one", async () => {
    await showDiagnosis(diagnosis());
    expect(screen.getByRole("heading", { level: 2, name: headline })).toBeInTheDocument();
    expect(screen.queryByText(/Confidence/)).not.toBeInTheDocument();
  });
});

describe("technical details headings (A1)", () => {
  it("go h2 → h3 → h4 without skipping a level", async () => {
    const { user } = await showDiagnosis(diagnosis());
    await user.click(screen.getByRole("button", { name: "Technical details" }));
    expect(screen.getByRole("heading", { level: 3, name: "Recipients" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Your original message" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "jo@fabrikam.com" })).toBeInTheDocument();
  });
});

describe("command blocks (L1)", () => {
  it("are focusable, labelled regions that wrap to the pane and keep the command's exact text", async () => {
    const { user } = await showDiagnosis(diagnosis());
    await user.click(screen.getByRole("button", { name: /^What their admin can check/ }));
    const block = screen.getAllByRole("region", { name: /^Exchange Online PowerShell, step \d+ \(For fabrikam\.com's admin\)$/ })[0];
    expect(block).toHaveAttribute("tabindex", "0");
    // A cmdlet as written: the wrapping is CSS only, nothing is inserted into the text.
    expect(block.textContent).toMatch(/^[A-Z][a-z]+-[A-Za-z]+ [^\u00ad\u200b]+$/);
    expect(getComputedStyle(block).whiteSpace).toBe("pre-wrap");
  });
});

describe("the admin view and Diagnosis.container / hops (items 7, 8)", () => {
  const hops = [
    {
      hop: 1,
      time: "5/14/2024 9:12:01 AM",
      from: "AM9PR02MB7321.eurprd02.prod.outlook.com",
      to: "AM9PR02MB7321.eurprd02.prod.outlook.com",
      with: "mapi",
      relayTime: "*",
    },
    {
      hop: 2,
      time: "5/14/2024 9:12:03 AM",
      from: "AM9PR02MB7321.eurprd02.prod.outlook.com",
      to: "DB8EUR06FT012.mail.protection.outlook.com",
      with: "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)",
      relayTime: "2 sec",
    },
  ];

  it("a bounce a colleague forwarded opens in the admin view, with its message hops as a list", async () => {
    await showDiagnosis(diagnosis({ container: "inline-forward", hops }), "colleague@contoso.com");
    expect(await screen.findByRole("tab", { name: "Admin view" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 3, name: "Message hops" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Servers the message passed through" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[1]).getByText("Hop 2")).toBeInTheDocument();
    expect(within(items[1]).getByText("Relay time")).toBeInTheDocument();
    expect(within(items[1]).getByText("2 sec")).toBeInTheDocument();
    expect(within(items[1]).getByText("DB8EUR06FT012.mail.protection.outlook.com")).toBeInTheDocument();
    // The "*" Exchange prints for no relay time is the report's text, shown as it is.
    expect(within(items[0]).getByText("*")).toBeInTheDocument();
  });

  it("evidence wording alone no longer makes a bounce 'forwarded': only Diagnosis.container does", async () => {
    await showDiagnosis(diagnosis({ evidence: [{ source: "text-body", text: "---------- Forwarded message ---------", note: "forwarded message" }] }));
    expect(screen.queryByRole("tab", { name: "Admin view" })).not.toBeInTheDocument();
  });

  it("no hops, no hops section", async () => {
    await showDiagnosis(diagnosis({ container: "attachment" }), "colleague@contoso.com");
    expect(await screen.findByRole("tab", { name: "Admin view" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Message hops" })).not.toBeInTheDocument();
  });
});
