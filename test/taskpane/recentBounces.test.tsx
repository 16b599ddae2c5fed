/** @jest-environment jsdom */
// The recent-bounces list in the pane, through roles and text: the offer (and what it will read),
// the list with headlines, a pick explained with "Showing: …", the forward carrying the bounce,
// "this message bounced", turning it off, every failure in words, and no English left in the
// pseudo-locale. The mailbox is an in-memory MailboxSource; Graph itself is tested in test/graph.
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import type { FetchedBounce, MailboxFailure, MailboxFailureKind, MailboxSource } from "../../src/graph/types";
import { pseudoLocalize } from "../../src/i18n/locale";
import { en, type UiKey } from "../../src/i18n/ui/en";
import type { ActionResult, MailboxBounces, OpenMessageRef } from "../../src/outlook/types";
import { LocaleProvider } from "../../src/taskpane/i18n/LocaleProvider";
import { MailboxFailureMessage } from "../../src/taskpane/recent/MailboxFailureMessage";
import { sampleMailbox } from "../../src/taskpane/recent/sampleMailbox";
import { fakeHost, messageOutcome, type FakeHost, type FakeHostOptions } from "./fakeHost";
import { plainMeetingNote } from "./fixtures/plainMeetingNote";
import { leftoverEnglish } from "./pseudoCheck";
import { renderPane } from "./renderPane";

const q = (key: UiKey): string => pseudoLocalize(en[key]);

/** The bundled samples standing in for a mailbox read through Graph (so they aren't labelled as samples). */
function mailboxSource(overrides: Partial<MailboxSource> = {}): MailboxSource {
  const samples = sampleMailbox(new Date("2026-12-06T10:00:00Z"));
  return {
    kind: "graph",
    listBounces: samples.listBounces,
    fetchBounce: async (id, options) => {
      const r = await samples.fetchBounce(id, options);
      return r.ok ? { ok: true, value: { ...r.value, path: "graph-mime" } satisfies FetchedBounce } : r;
    },
    findBouncesOf: async () => ({ ok: true, value: { byHeaders: [], toCheck: [] } }),
    ...overrides,
  };
}

interface MailboxHost extends FakeHost {
  enabledSaves: boolean[];
  connects: number;
}

function mailboxHost(
  source: MailboxSource | MailboxFailure,
  options: FakeHostOptions & { enabled?: boolean; open?: OpenMessageRef; save?: ActionResult } = {},
): MailboxHost {
  const host = fakeHost({ read: async () => messageOutcome(plainMeetingNote, "Lunch on Friday?"), ...options }) as MailboxHost;
  let enabled = options.enabled === true;
  host.enabledSaves = [];
  host.connects = 0;
  const bounces: MailboxBounces = {
    isEnabled: () => enabled,
    async setEnabled(on) {
      host.enabledSaves.push(on);
      const r = options.save ?? { ok: true };
      if (r.ok) enabled = on;
      return r;
    },
    async connect() {
      host.connects++;
      return "kind" in source && "listBounces" in source ? { ok: true, source } : { ok: false, failure: source as MailboxFailure };
    },
    openMessage: () => options.open,
    adminConsentUrl: "https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
  };
  host.mailboxBounces = bounces;
  return host;
}

const offerButton = (name: string = en["recent.offer"]) => screen.findByRole("button", { name }, { timeout: 8000 });

describe("the list (English)", () => {
  test("nothing before the user asks; then the list with headlines; a pick is explained and forwarded with the bounce", async () => {
    const host = mailboxHost(mailboxSource());
    const { user } = renderPane(host, { locale: "en" });
    await user.click(await offerButton());
    expect(host.enabledSaves).toEqual([true]);
    const list = await screen.findByRole("list", { name: en["recent.listLabel"] }, { timeout: 8000 });
    expect(screen.getByText("6 bounce reports found.")).toBeInTheDocument();
    await waitFor(() => expect(within(list).queryAllByText(/Reading…/)).toHaveLength(0), { timeout: 8000 });
    const first = within(list).getAllByRole("button")[0];
    expect(first).toHaveTextContent("Undeliverable: Quarterly figures for review");
    expect(first).toHaveTextContent("5.4.1: The destination mail server doesn't accept mail for that domain");

    await user.click(first);
    const banner = await screen.findByRole("region", { name: en["banner.label"] }, { timeout: 8000 });
    expect(banner).toHaveTextContent(/^Showing: Bounce from your mailbox: Undeliverable: Quarterly figures for review · /);
    // The list folds away for the diagnosis, one click from coming back.
    expect(screen.queryByRole("list", { name: en["recent.listLabel"] })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: en["recent.back"] })).toBeInTheDocument();

    await user.click(screen.getAllByRole("button", { name: /forward to (my |your )?admin/i })[0]);
    await user.type(screen.getByRole("textbox", { name: "Your email admin's address" }), "helpdesk@contoso.example");
    await user.click(screen.getByRole("button", { name: "Save and forward" }));
    await waitFor(() => expect(host.forwards).toHaveLength(1));
    expect(host.forwards[0]).toMatchObject({
      attachCurrentItem: false,
      attachMailboxItem: { id: "sample:exo-new-5.4.1-relay-access-denied", name: "Undeliverable: Quarterly figures for review" },
    });

    await user.click(screen.getByRole("button", { name: en["recent.back"] }));
    const again = await screen.findByRole("list", { name: en["recent.listLabel"] });
    expect(within(again).getAllByRole("button")[0]).toHaveAttribute("aria-current", "true");
  }, 30_000);

  test("turned on earlier: a button shows the list; turning it off is saved and said", async () => {
    const host = mailboxHost(mailboxSource(), { enabled: true });
    const { user } = renderPane(host, { locale: "en" });
    await user.click(await offerButton(en["recent.show"]));
    await screen.findByRole("list", { name: en["recent.listLabel"] }, { timeout: 8000 });
    await user.click(screen.getAllByRole("button", { name: en["recent.turnOff"] })[0]);
    expect(await screen.findByText(en["recent.turnedOff"])).toBeInTheDocument();
    expect(host.enabledSaves).toEqual([false]);
    expect(screen.getByRole("button", { name: en["recent.offer"] })).toBeInTheDocument();
  });

  test("a choice Outlook couldn't save still applies, and the pane says so", async () => {
    const host = mailboxHost(mailboxSource(), { save: { ok: false, message: "Outlook couldn't save the setting.", key: "settingNotSaved" } });
    const { user } = renderPane(host, { locale: "en" });
    await user.click(await offerButton());
    await screen.findByRole("list", { name: en["recent.listLabel"] }, { timeout: 8000 });
    expect(screen.getByText(/Your choice couldn't be saved in Outlook \(Outlook couldn't save the setting\. Try again later\.\)/)).toBeInTheDocument();
  });

  test("more pages: Show more", async () => {
    const samples = mailboxSource();
    let calls = 0;
    const paged = mailboxSource({
      async listBounces(cursor) {
        calls++;
        const all = await samples.listBounces();
        if (!all.ok) return all;
        const half = all.value.bounces.length / 2;
        return cursor === "next"
          ? { ok: true, value: { ...all.value, bounces: all.value.bounces.slice(half) } }
          : { ok: true, value: { ...all.value, bounces: all.value.bounces.slice(0, half), cursor: "next" } };
      },
    });
    const { user } = renderPane(mailboxHost(paged), { locale: "en" });
    await user.click(await offerButton());
    await screen.findByText("3 bounce reports found.", {}, { timeout: 8000 });
    await user.click(screen.getByRole("button", { name: en["recent.more"] }));
    await screen.findByText("6 bounce reports found.");
    expect(calls).toBe(2);
    expect(screen.queryByRole("button", { name: en["recent.more"] })).not.toBeInTheDocument();
  });

  test("this message bounced: found for the open message and explained without a click", async () => {
    const source = mailboxSource();
    const listed = await source.listBounces();
    if (!listed.ok) throw new Error("samples");
    const host = mailboxHost(mailboxSource({ findBouncesOf: async () => ({ ok: true, value: { byHeaders: [listed.value.bounces[4]], toCheck: [] } }) }), {
      enabled: true,
      open: { internetMessageId: "<photos@contoso.com>", subject: "Photos from the workshop" },
    });
    renderPane(host, { locale: "en" });
    expect(await screen.findByText(en["recent.matchOne"], {}, { timeout: 8000 })).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: en["banner.label"] })).toHaveTextContent(
      "Bounce from your mailbox: Undeliverable: Photos from the workshop",
    );
  });

  test("a client without nested app authentication says why there is no list", async () => {
    const host = fakeHost({ read: async () => messageOutcome(plainMeetingNote, "Lunch on Friday?") });
    host.mailboxBouncesUnavailable = "no-naa";
    renderPane(host, { locale: "en" });
    expect(await screen.findByText(en["recent.unavailable.no-naa"], {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: en["recent.offer"] })).not.toBeInTheDocument();
  });

  test("no app id: nothing at all", async () => {
    const host = fakeHost({ read: async () => messageOutcome(plainMeetingNote, "Lunch on Friday?") });
    host.mailboxBouncesUnavailable = "no-client-id";
    renderPane(host, { locale: "en" });
    await screen.findByText(en["state.noBounceTitle"], {}, { timeout: 8000 });
    expect(screen.queryByText(en["recent.heading"])).not.toBeInTheDocument();
  });
});

describe("pseudo-locale: no English left", () => {
  const pseudoOptions = { displayLanguage: "qps-ploc" } as const;
  const expectNoEnglish = (derived: readonly string[] = []) => expect(leftoverEnglish(document.body, ["Lunch on Friday?", ...derived])).toEqual([]);

  test("the offer, the list and a picked bounce's banner", async () => {
    const source = mailboxSource();
    const listed = await source.listBounces();
    if (!listed.ok) throw new Error("samples");
    const subjects = listed.value.bounces.map((b) => b.subject);
    const { user } = renderPane(mailboxHost(source, pseudoOptions));
    const offer = await offerButton(q("recent.offer"));
    expect(screen.getByText(q("recent.privacy"))).toBeInTheDocument();
    expectNoEnglish();
    await user.click(offer);
    const list = await screen.findByRole("list", { name: q("recent.listLabel") }, { timeout: 8000 });
    await waitFor(() => expect(within(list).queryAllByText(new RegExp(q("recent.reading").replace(/[[\]~…]/g, ".")))).toHaveLength(0), { timeout: 8000 });
    // Dates are the browser's words for a date (Intl), not the tables'; the codes are codes.
    const dates = Array.from(list.querySelectorAll("button")).map((b) => (b.textContent ?? "").match(/[A-Z][a-z]{2} \d+, \d{4}, \d+:\d+ [AP]M/)?.[0] ?? "");
    expectNoEnglish([...subjects, ...dates]);
    await user.click(within(list).getAllByRole("button")[0]);
    await screen.findByRole("button", { name: q("recent.back") }, { timeout: 8000 });
  });

  const KINDS: MailboxFailureKind[] = [
    "consent-refused",
    "consent-blocked",
    "conditional-access",
    "interaction-required",
    "popup-blocked",
    "no-naa",
    "sign-in",
    "unauthorized",
    "forbidden",
    "not-found",
    "throttled",
    "unavailable",
    "bad-request",
    "inefficient-filter",
    "too-large",
    "bad-response",
    "mailbox-unsupported",
    "network",
    "timeout",
  ];

  test("every failure, in words, with its code and the way forward", () => {
    const failures: MailboxFailure[] = KINDS.map((kind) => ({
      kind,
      step: "Graph: list bounces",
      status: 503,
      code: "ServiceUnavailable",
      message: "x",
      ...(kind === "throttled" ? { retryAfterSeconds: 60 } : {}),
    }));
    render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale="qps">
          {failures.map((failure) => (
            <MailboxFailureMessage
              key={failure.kind}
              title={q("recent.failedTitle")}
              failure={failure}
              adminConsentUrl="https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=x"
              onRetry={() => undefined}
            />
          ))}
        </LocaleProvider>
      </FluentProvider>,
    );
    for (const kind of KINDS) expect(screen.getByText(q(`recent.failure.${kind}`))).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: q("recent.retry") })).toHaveLength(KINDS.length);
    expect(screen.getAllByRole("link", { name: /adminconsent/ })).toHaveLength(1);
    expect(screen.getByText(pseudoLocalize(en["recent.retryAfter"]).replace("{seconds}", "60"))).toBeInTheDocument();
    expectNoEnglish(["ServiceUnavailable"]);
  });

  test("a failure in the pane: the list's Try again", async () => {
    const failure: MailboxFailure = { kind: "forbidden", step: "Graph: list bounces", status: 403, code: "ErrorAccessDenied", message: "x" };
    const { user } = renderPane(mailboxHost(failure, pseudoOptions));
    await user.click(await offerButton(q("recent.offer")));
    expect(await screen.findByText(q("recent.failedTitle"), {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText(q("recent.failure.forbidden"))).toBeInTheDocument();
    expectNoEnglish(["ErrorAccessDenied"]);
  });

  test("the sample mailbox in preview", async () => {
    const host = fakeHost({ mode: "preview", displayLanguage: "qps-ploc", read: async () => ({ status: "no-item", message: "x", key: "previewNoItem" }) });
    host.mailboxBouncesUnavailable = "preview";
    const { user } = renderPane(host);
    await user.click(await offerButton(q("recent.samplesOffer")));
    expect(await screen.findByText(q("recent.samplesNote"), {}, { timeout: 8000 })).toBeInTheDocument();
    const listed = await sampleMailbox().listBounces();
    const list = screen.getByRole("list", { name: q("recent.listLabel") });
    await waitFor(() => expect(within(list).queryAllByText(new RegExp(q("recent.reading").replace(/[[\]~…]/g, ".")))).toHaveLength(0), { timeout: 8000 });
    const dates = Array.from(list.querySelectorAll("button")).map((b) => (b.textContent ?? "").match(/[A-Z][a-z]{2} \d+, \d{4}, \d+:\d+ [AP]M/)?.[0] ?? "");
    await act(async () => undefined);
    expectNoEnglish([...(listed.ok ? listed.value.bounces.map((b) => b.subject) : []), ...dates]);
  });
});
