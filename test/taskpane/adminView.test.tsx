/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { guidanceById } from "../../src/classifier/guidance";
import type { Diagnosis } from "../../src/classifier/types";
import type { DomainCheckReport } from "../../src/dns/types";
import type { DnsRunOptions } from "../../src/taskpane/admin/dnsRunner";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis, relayDeniedEml } from "../fixtures/admin/forwardedDiagnostics";
import { forgeBlock } from "../roundtrip/support/forgeBlock";
import { fakeHost, messageOutcome, type FakeHostOptions } from "./fakeHost";
import { renderPane } from "./renderPane";

const DAY_AFTER = new Date("2024-05-15T09:11:58Z");
const WEEK_AFTER = new Date("2024-05-20T21:11:58Z");

let diagnosis: Diagnosis;
beforeAll(async () => {
  diagnosis = await relayDeniedDiagnosis();
});

beforeEach(() => window.sessionStorage.clear());

interface Open {
  now?: Date;
  runDnsChecks?: (domain: string, options: DnsRunOptions) => Promise<DomainCheckReport>;
  host?: FakeHostOptions;
  /** The bounce attached to the forward, handed over the way Outlook does: as its own item attachment. */
  attachedBounce?: string;
}

function open(raw: string, { now = DAY_AFTER, runDnsChecks, host: hostOptions, attachedBounce }: Open = {}) {
  const attachment = attachedBounce
    ? [
        {
          id: "att-1",
          origin: "item-attachment" as const,
          label: "Attachment: Undeliverable Quarterly figures.eml",
          input: attachedBounce,
          path: "item-attachment" as const,
        },
      ]
    : [];
  // Outlook's sender of the forward: Alex, who quoted his own "Forward to admin" message.
  const host = fakeHost({
    read: async () => messageOutcome(raw, "FW: Bounce: 550 5.4.1 Relay Access Denied", attachment, "Alex Wilber <alex.wilber@contoso.com>"),
    ...hostOptions,
  });
  const runner = runDnsChecks ?? (() => Promise.reject(new Error("no DNS in this test")));
  const view = renderPane(host, { now: () => now, runDnsChecks: runner });
  return { host, ...view };
}

const adminTab = () => screen.findByRole("tab", { name: "Admin view" }, { timeout: 8000 });

describe("admin view: the diagnosis block", () => {
  it("opens in the admin view for a forwarded diagnostics message: Outlook's sender, the block as the sender's claim", async () => {
    const { user } = open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))));
    expect(await adminTab()).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("From (as Outlook reports it):").parentElement).toHaveTextContent(
      "From (as Outlook reports it): Alex Wilber <alex.wilber@contoso.com>",
    );
    expect(screen.getByText("Claims of the sender, not verified")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: /550 5\.4\.1: The destination mail server doesn't accept mail/ })).toBeInTheDocument();
    // What the block says about its own pane is listed as its word, with the block, not as who sent it.
    await user.click(screen.getByRole("button", { name: "Diagnosis blocks in this message" }));
    expect(
      screen.getByText(
        /^Used: the last block in the sender's own earlier message, which they forwarded\. It says it was written in Outlook on the web \(OfficeOnline, 16\.0\.17628\.10000\) on /,
      ),
    ).toBeInTheDocument();
  });

  it("reports a damaged block as not trusted and shows no diagnosis from it", async () => {
    const html = forwardHtml(diagnosis);
    // One base64 character changed on the way: the checksum no longer matches.
    const damaged = html.replace(
      /(<br>)([A-Za-z0-9_-])([A-Za-z0-9_-]{40})/,
      (_, br: string, c: string, rest: string) => `${br}${c === "A" ? "B" : "A"}${rest}`,
    );
    expect(damaged).not.toBe(html);
    open(adminMailbox(quotedByOutlook(damaged)));
    await adminTab();
    expect(screen.getByText("Damaged diagnosis block: not trusted")).toBeInTheDocument();
    expect(screen.getByText(/damaged \(checksum mismatch\)/)).toBeInTheDocument();
    expect(screen.queryByText("Claims of the sender, not verified")).not.toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "What to verify" })).not.toBeInTheDocument();
  });

  it("reports a foreign block (unknown version) as not trusted", async () => {
    const foreign = forgeBlock(JSON.stringify({ v: 7, generator: "ndr-assistant", createdAt: "2030-01-01T00:00:00Z" }), 7);
    open(adminMailbox(`<div>${foreign.replace(/\n/g, "<br>")}</div>`));
    await adminTab();
    expect(screen.getByText("Unknown diagnosis block: not trusted")).toBeInTheDocument();
    expect(screen.getByText(/unknown version 7/)).toBeInTheDocument();
  });

  it("re-classifies the attached bounce; it wins over the block and the differences are named", async () => {
    // The user's pane (an older build, say) picked the DBEB advice; the bounce says Relay Access Denied.
    const dbeb = guidanceById("exo-5.4.1-dbeb-recipient-not-found");
    if (!dbeb) throw new Error("guidance table lost the DBEB entry");
    const claimed: Diagnosis = { ...diagnosis, recipients: diagnosis.recipients.map((r) => ({ ...r, guidance: dbeb })) };
    open(adminMailbox(quotedByOutlook(forwardHtml(claimed))), { attachedBounce: relayDeniedEml() });
    await adminTab();
    expect(screen.getByText("The bounce in this message says something different")).toBeInTheDocument();
    const differences = screen.getByRole("list", { name: "Differences" });
    expect(
      within(differences).getByText(
        /megan\.bowen@fabrikam\.com: the sender's pane chose ".*"; re-reading the bounce gives "The destination mail server doesn't accept mail for that domain"/,
      ),
    ).toBeInTheDocument();
    // The checklist is the re-read bounce's (relay access denied), not the block's (DBEB).
    expect(screen.getByRole("heading", { level: 2, name: /The destination mail server doesn't accept mail/ })).toBeInTheDocument();
  });

  it("says so when the re-read bounce agrees with the block", async () => {
    open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), { attachedBounce: relayDeniedEml() });
    await adminTab();
    expect(screen.getByText(/agrees with what the sender's pane reported/)).toBeInTheDocument();
  });

  it("lets the admin switch to the user view and back", async () => {
    const { user } = open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), { attachedBounce: relayDeniedEml() });
    await adminTab();
    await user.click(screen.getByRole("tab", { name: "User view" }));
    expect(screen.getByRole("list", { name: "What you can do" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Admin view" }));
    expect(screen.getByRole("list", { name: "What to verify" })).toBeInTheDocument();
  });

  it("stays in the user view for an ordinary bounce", async () => {
    open(relayDeniedEml());
    await screen.findByRole("list", { name: "What you can do" }, { timeout: 8000 });
    expect(screen.queryByRole("tab", { name: "Admin view" })).not.toBeInTheDocument();
  });
});

describe("admin view: the checklist", () => {
  it("lists each admin step with a checkbox, https links to the admin centers and the PowerShell with Copy", async () => {
    const { user } = open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), { attachedBounce: relayDeniedEml() });
    await adminTab();
    const list = screen.getByRole("list", { name: "What to verify" });
    const boxes = within(list).getAllByRole("checkbox");
    // One box per step; the 72-hour window is a fact, not something to tick.
    expect(boxes.length).toBe(diagnosis.recipients[0].guidance.adminSteps.length);
    expect(within(list).queryByRole("checkbox", { name: /bounce is from|DNS propagation:/ })).not.toBeInTheDocument();
    expect(within(list).getByRole("checkbox", { name: /accepted domain of type Authoritative/ })).not.toBeChecked();
    const links = within(list).getAllByRole("link");
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) expect(link.getAttribute("href")).toMatch(/^https:\/\//);
    expect(links.map((l) => l.getAttribute("href")).join(" ")).toMatch(/admin\.microsoft\.com/);
    expect(within(list).getAllByText("Get-AcceptedDomain -Identity fabrikam.com | Format-List DomainName,DomainType").length).toBe(1);
    expect(links.map((l) => l.getAttribute("href")).join(" ")).toMatch(/admin\.exchange\.microsoft\.com/);
    expect(
      within(list)
        .getAllByLabelText(/^Exchange Online PowerShell, step \d+$/)
        .some((b) => b.textContent?.startsWith("Get-AcceptedDomain")),
    ).toBe(true);
    // One block per shell: the Exchange Online cmdlets apart from the on-premises ones.
    expect(within(list).getByText(/^Get-InboundConnector .* Get-OutboundConnector /)).toBeInTheDocument();
    expect(within(list).getByText(/^Get-HybridConfiguration Get-SendConnector /)).toBeInTheDocument();
    expect(within(list).getAllByRole("button", { name: "Copy command" }).length).toBeGreaterThanOrEqual(5);

    const accepted = within(list).getByRole("checkbox", { name: /accepted domain of type Authoritative/ });
    await user.click(accepted);
    expect(accepted).toBeChecked();
    // Ticks last for the session: switching views and back keeps them.
    await user.click(screen.getByRole("tab", { name: "User view" }));
    await user.click(screen.getByRole("tab", { name: "Admin view" }));
    expect(screen.getByRole("checkbox", { name: /accepted domain of type Authoritative/ })).toBeChecked();
  });

  it("states the 72-hour window as a fact, from the bounce's date and the injected clock: within", async () => {
    open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), { now: DAY_AFTER });
    await adminTab();
    const diagnosisSection = screen.getByRole("region", { name: "Diagnosis" });
    expect(
      within(diagnosisSection).getByText(
        "The bounce is from 24 hours ago, within the 72 hours DNS changes can take to spread: if DNS was changed shortly before, it may still be spreading.",
      ),
    ).toBeInTheDocument();
  });

  it("states the 72-hour window: past, without counting the hours", async () => {
    open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), { now: WEEK_AFTER });
    await adminTab();
    expect(
      screen.getByText("The bounce is from more than 3 days ago, past the 72 hours DNS changes can take to spread: propagation doesn't explain it."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/156 hours/)).not.toBeInTheDocument();
  });

  it("offers the live MX check inside the checklist's MX step", async () => {
    open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))));
    await adminTab();
    const list = screen.getByRole("list", { name: "What to verify" });
    const toggle = within(list).getByRole("switch", { name: "Run live DNS checks" });
    const step = toggle.closest("li") as HTMLElement;
    expect(within(step).getByRole("checkbox").getAttribute("aria-label") ?? within(step).getByRole("checkbox").closest("li")?.textContent).toMatch(/MX/);
    // Only once on the view.
    expect(screen.getAllByRole("switch", { name: "Run live DNS checks" })).toHaveLength(1);
  });

  it("shows the raw evidence: reply text and servers", async () => {
    open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))));
    await adminTab();
    expect(screen.getByLabelText("Server reply for megan.bowen@fabrikam.com")).toHaveTextContent(/Relay Access Denied/);
    expect(screen.getByText(/refused by fabrikam-com\.mail\.protection\.outlook\.com/)).toBeInTheDocument();
  });
});

describe("admin view: live DNS checks", () => {
  const report: DomainCheckReport = {
    ok: true,
    domain: "fabrikam.com",
    resolverHost: "dns.contoso.example",
    results: [
      {
        id: "mx",
        status: "fail",
        title: "Mail routing (MX records)",
        detail: "Mail for the domain goes to mx.fabrikam.net, not to Microsoft 365.",
        records: ["10 mx.fabrikam.net"],
      },
      {
        id: "spf",
        status: "pass",
        title: "SPF record",
        detail: "The SPF record includes spf.protection.outlook.com.",
        records: ["v=spf1 include:spf.protection.outlook.com -all"],
      },
      {
        id: "autodiscover",
        status: "error",
        title: "Autodiscover",
        detail: "Could not check autodiscover. The DNS resolver dns.contoso.example did not answer within 5 seconds.",
        records: [],
      },
    ],
  };

  it("is off by default, shows what is sent where first, then runs through the (fake) runner", async () => {
    const calls: Array<[string, DnsRunOptions]> = [];
    const { user, host } = open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), {
      runDnsChecks: async (domain, options) => {
        calls.push([domain, options]);
        return report;
      },
    });
    await adminTab();
    const toggle = screen.getByRole("switch", { name: "Run live DNS checks" });
    expect(toggle).not.toBeChecked();
    expect(
      screen.getByText("When you run these checks, the domain name fabrikam.com is sent to cloudflare-dns.com over HTTPS. Nothing else leaves your mailbox."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Run checks" })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(host.dnsSaved).toEqual([{ enabled: true, resolverUrl: "https://cloudflare-dns.com/dns-query" }]);
    const resolver = screen.getByRole("textbox", { name: "DNS-over-HTTPS resolver" });
    await user.clear(resolver);
    await user.type(resolver, "http://dns.contoso.example/dns-query");
    expect(screen.getByText(/must start with https:\/\//)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run checks" })).toBeDisabled();
    await user.clear(resolver);
    await user.type(resolver, "https://dns.contoso.example/dns-query");
    await user.click(screen.getByRole("button", { name: "Run checks" }));

    const results = await screen.findByRole("list", { name: "DNS check results" });
    expect(calls.map(([d, o]) => [d, o.resolverUrl])).toEqual([["fabrikam.com", "https://dns.contoso.example/dns-query"]]);
    expect(within(results).getByText("Fail:")).toBeInTheDocument();
    expect(within(results).getByText("Pass:")).toBeInTheDocument();
    expect(within(results).getByText("Couldn't check:")).toBeInTheDocument();
    expect(within(results).getByText(/did not answer within 5 seconds/)).toBeInTheDocument();
    expect(within(results).getByRole("list", { name: "Records for Mail routing (MX records)" })).toHaveTextContent("10 mx.fabrikam.net");
    expect(host.dnsSaved.at(-1)).toEqual({ enabled: true, resolverUrl: "https://dns.contoso.example/dns-query" });
  }, 15_000);

  it("starts switched on with the saved resolver, and shows a refused domain as an error", async () => {
    const { user } = open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), {
      host: { dnsChecks: { enabled: true, resolverUrl: "https://dns.contoso.example/dns-query" } },
      runDnsChecks: async () => ({ ok: false, message: '"not a domain" is not a domain name.' }),
    });
    await adminTab();
    expect(screen.getByRole("switch", { name: "Run live DNS checks" })).toBeChecked();
    expect(screen.getByRole("textbox", { name: "DNS-over-HTTPS resolver" })).toHaveValue("https://dns.contoso.example/dns-query");
    await user.click(screen.getByRole("button", { name: "Run checks" }));
    expect(await screen.findByText("Nothing was looked up")).toBeInTheDocument();
  });

  it("reports a runner that throws (the lazy chunk failed to load) instead of spinning", async () => {
    const { user } = open(adminMailbox(quotedByOutlook(forwardHtml(diagnosis))), {
      host: { dnsChecks: { enabled: true, resolverUrl: "https://dns.contoso.example/dns-query" } },
      runDnsChecks: () => Promise.reject(new Error("Loading chunk dns-checks failed.")),
    });
    await adminTab();
    await user.click(screen.getByRole("button", { name: "Run checks" }));
    expect(await screen.findByText("The checks couldn't run")).toBeInTheDocument();
    expect(screen.getByText("Loading chunk dns-checks failed.")).toBeInTheDocument();
  });
});
