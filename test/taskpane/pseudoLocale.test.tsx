/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import type { Diagnosis } from "../../src/classifier/types";
import type { DomainCheckReport } from "../../src/dns/types";
import { autodiscoverVerdict, mxVerdicts, spfVerdict } from "../../src/dns/verdicts";
import { pseudoLocalize } from "../../src/i18n/locale";
import { en, type UiKey } from "../../src/i18n/ui/en";
import type { ReadOutcome } from "../../src/outlook/types";
import type { DnsRunOptions } from "../../src/taskpane/admin/dnsRunner";
import { codeLineOf } from "../../src/taskpane/diagnosis/problemModel";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import { withForgedSubject } from "../fixtures/hostile/forgedBlocks";
import { fakeHost, messageOutcome, type FakeHostOptions } from "./fakeHost";
import { plainMeetingNote } from "./fixtures/plainMeetingNote";
import { leftoverEnglish } from "./pseudoCheck";
import { renderPane } from "./renderPane";

/** The pseudo text the pane shows for a key (placeholders filled by the caller's regex). */
const q = (key: UiKey): string => pseudoLocalize(en[key]);
const pseudoHost = (options: FakeHostOptions = {}) => fakeHost({ displayLanguage: "qps-ploc", ...options });

/** What a diagnosis quotes from the message: addresses, server words, dates, subjects (not the classifier's notes: the pane words those). */
function fromMessage(d: Diagnosis, subject: string): string[] {
  const values = [
    subject,
    d.reportingMta,
    d.arrivalDate,
    d.reportSubject,
    d.original?.subject,
    d.original?.date,
    d.original?.messageId,
    d.original?.from,
    d.original?.to,
  ];
  // The code line quotes the server's own words, shortened.
  for (const r of d.recipients) values.push(codeLineOf(r).line);
  for (const r of d.recipients)
    values.push(r.address, r.displayName, r.diagnostic, r.remoteMta, r.command, r.originalRecipient, r.action, ...r.evidence.map((e) => e.text));
  for (const e of d.evidence) values.push(e.text);
  return values.filter((v): v is string => typeof v === "string");
}

/** The commands on screen: they run as written, in no language. */
function commandsOnScreen(): string[] {
  return Array.from(document.querySelectorAll("pre code")).map((c) => c.textContent ?? "");
}

function expectNoEnglish(derived: readonly string[] = []): void {
  expect(leftoverEnglish(document.body, derived)).toEqual([]);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => window.sessionStorage.clear());

/** A sample button's name is its title followed by its description (one compound button). */
const startsWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

// Whole-pane renders on a shared 2-core machine.
jest.setTimeout(20_000);

describe("pseudo-locale: no English left in the pane", () => {
  it("loading, then no item (with the client-limits note and the input panel)", async () => {
    const pending = deferred<ReadOutcome>();
    renderPane(pseudoHost({ read: () => pending.promise }));
    expect(screen.getAllByText(q("state.loading")).length).toBeGreaterThan(0);
    expect(screen.getByRole("note")).toHaveTextContent(q("limits.noBody"));
    expectNoEnglish();
    await act(async () => pending.resolve({ status: "no-item", message: "No item.", key: "noItem" }));
    expect(screen.getByText(q("state.noItemTitle"))).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: q("input.pasteLabel") })).toBeInTheDocument();
    expectNoEnglish();
    expect(document.documentElement.lang).toBe("qps-ploc");
  });

  it("no bounce found, with what was looked at", async () => {
    const subject = "Lunch on Friday?";
    renderPane(pseudoHost({ read: async () => messageOutcome(plainMeetingNote, subject) }));
    expect(await screen.findByText(q("state.noBounceTitle"), {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: q("state.lookedAtLabel") })).toBeInTheDocument();
    expectNoEnglish([subject]);
  });

  it("error: the host's own sentence is worded by the pane; Office's failure lines stay as Office gave them", async () => {
    const failure = { step: "getAsFileAsync", code: 9057, message: "The operation failed." };
    renderPane(
      pseudoHost({
        read: async () => ({
          status: "error",
          message: "Outlook didn't give the add-in this message's contents.",
          key: "noContents",
          failures: [failure],
          item: { subject: "Undeliverable: x" },
        }),
      }),
    );
    expect(await screen.findByText(q("state.errorTitle"))).toBeInTheDocument();
    expect(screen.getByText(q("host.noContents"))).toBeInTheDocument();
    expectNoEnglish([failure.step, failure.message, "Undeliverable: x"]);
  });

  it("success: user view with every section open, the forward's address field and its validation error", async () => {
    const sample = SAMPLES[0];
    const subject = "Undeliverable: Quarterly figures for review";
    const d = await classify(sample.eml);
    const { user } = renderPane(pseudoHost({ read: async () => messageOutcome(sample.eml, subject) }));
    // Guidance arrives pseudo-localized once the localizer has loaded.
    await screen.findByText(/^\[Ŕéšûļţ/, {}, { timeout: 8000 });
    const problem = document.querySelector("section[aria-labelledby]") as HTMLElement;
    expect(within(problem).getAllByRole("heading", { level: 2 })[0].textContent).toMatch(/^\[/);
    for (const header of within(problem).getAllByRole("button", { expanded: false })) await user.click(header);
    expect(await within(problem).findByText(q("why.serverSaid"))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: q("forward.button") }));
    const field = await screen.findByRole("textbox", { name: q("address.label") });
    await user.type(field, "not an address");
    await user.click(screen.getByRole("button", { name: q("forward.saveAndForward") }));
    expect(await screen.findByText(q("forward.invalid"))).toBeInTheDocument();
    // Commands are shown as written, with the recipient's domain filled in.
    expectNoEnglish([...fromMessage(d, subject), ...commandsOnScreen()]);
  });

  it("diagnostics panel open", async () => {
    const { user } = renderPane(pseudoHost({ read: async () => ({ status: "no-item", message: "x", key: "noItem" }) }));
    await user.click(await screen.findByRole("button", { name: q("diag.heading") }));
    expect(await screen.findByText(q("diag.noFailures"))).toBeInTheDocument();
    // The display language row shows Office's own value.
    expectNoEnglish(["qps-ploc"]);
  });

  it("preview mode: banner, input panel and samples", async () => {
    renderPane(pseudoHost({ mode: "preview" }));
    expect(await screen.findByText(q("preview.title"))).toBeInTheDocument();
    const samples = screen.getByRole("list", { name: q("input.samplesLabel") });
    expect(within(samples).getByRole("button", { name: startsWith(pseudoLocalize(en["sample.exo-new-541.title"])) })).toBeInTheDocument();
    expectNoEnglish();
  });

  it("admin view: checklist, raw evidence, the DNS panel turned on, a resolver problem and check results", async () => {
    const diagnosis = await relayDeniedDiagnosis();
    const raw = adminMailbox(quotedByOutlook(forwardHtml(diagnosis)));
    // The real verdicts (no network), in the language the pane passes with the run.
    const runDnsChecks = async (domain: string, { sentences }: DnsRunOptions): Promise<DomainCheckReport> => ({
      ok: true,
      domain,
      resolverHost: "cloudflare-dns.com",
      results: [
        ...mxVerdicts(
          domain,
          { ok: true, rcode: "NOERROR", answers: [{ type: "MX", name: domain, ttl: 300, preference: 10, exchange: "mx.contoso.com" }] },
          sentences,
        ),
        spfVerdict(domain, { ok: true, rcode: "NOERROR", answers: [] }, sentences),
        autodiscoverVerdict(`autodiscover.${domain}`, { ok: false, kind: "nxdomain", message: "x" }, sentences),
      ],
    });
    const sender = "Alex Wilber <alex.wilber@contoso.com>";
    const { user } = renderPane(pseudoHost({ read: async () => messageOutcome(raw, "FW: Bounce: 550 5.4.1 Relay Access Denied", [], sender) }), {
      now: () => new Date("2024-05-15T09:11:58Z"),
      runDnsChecks,
    });
    expect(await screen.findByRole("tab", { name: q("view.admin") }, { timeout: 8000 })).toHaveAttribute("aria-selected", "true");
    const checklist = await screen.findByRole("list", { name: q("admin.whatToVerify") });
    await waitFor(() => expect(within(checklist).getAllByRole("checkbox")[0]).toHaveAccessibleName(/~\]$/));
    await user.click(screen.getByRole("switch", { name: q("dns.toggle") }));
    const resolver = await screen.findByRole("textbox", { name: q("dns.resolver") });
    await user.clear(resolver);
    await user.type(resolver, "http://dns.example/dns-query");
    // The engine's own validation sentence, pseudo-localized with the URL kept as typed.
    expect(await screen.findByText(/^\[Ţĥé ŕéšôļṽéŕ àððŕéšš "http:\/\/dns\.example\/dns-query" ɱûšţ/)).toBeInTheDocument();
    // The sender's claims, not verified (no bounce in the message), with the list of blocks opened.
    expect(screen.getByText(q("block.claimsTitle"))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: q("block.detailsHeading") }));
    await screen.findByRole("list", { name: q("block.detailsList") });
    const derived = [...fromMessage(diagnosis, "FW: Bounce: 550 5.4.1 Relay Access Denied"), ...commandsOnScreen(), sender];
    expectNoEnglish(derived);
    await user.clear(resolver);
    await user.type(resolver, "https://cloudflare-dns.com/dns-query");
    await user.click(screen.getByRole("button", { name: q("dns.run") }));
    const results = await screen.findByRole("list", { name: q("dns.results") });
    expect(within(results).getAllByRole("listitem").length).toBeGreaterThan(2);
    // DNS record values (the MX host, "10 mx.contoso.com") are what the resolver said.
    expectNoEnglish([...derived, "10 mx.contoso.com"]);
  }, 20_000);

  it("admin view: the sender's claims with commands left out, and a forged block in the subject listed as ignored", async () => {
    const dbeb = await classify(readFileSync(join(__dirname, "..", "fixtures", "exo-new-5.4.1-dbeb-recipient-rejected.eml"), "utf8"));
    const raw = withForgedSubject(adminMailbox(forwardHtml(dbeb)), dbeb);
    const sender = "Alex Wilber <alex.wilber@contoso.com>";
    const { user } = renderPane(pseudoHost({ read: async () => messageOutcome(raw, "FW: Quarterly figures", [], sender) }), {
      now: () => new Date("2024-05-15T09:11:58Z"),
    });
    expect(await screen.findByRole("tab", { name: q("view.admin") }, { timeout: 8000 })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText(q("block.claimsTitle"))).toBeInTheDocument();
    const checklist = await screen.findByRole("list", { name: q("admin.whatToVerify") });
    await waitFor(() => expect(within(checklist).getAllByRole("checkbox")[0]).toHaveAccessibleName(/~\]$/));
    expect(
      within(checklist).getAllByText(
        new RegExp(
          `^${q("admin.commandsWithheld")
            .slice(0, 8)
            .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
        ),
      ).length,
    ).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: q("block.detailsHeading") }));
    const details = await screen.findByRole("list", { name: q("block.detailsList") });
    expect(within(details).getAllByRole("listitem")).toHaveLength(2);
    expectNoEnglish([...fromMessage(dbeb, "FW: Quarterly figures"), ...commandsOnScreen(), sender]);
  }, 20_000);
});
