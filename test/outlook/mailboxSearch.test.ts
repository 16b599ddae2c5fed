/** @jest-environment jsdom */
// The mailbox search on Outlook's side: when it is offered (and why not), the opt-in in roaming
// settings, the open message's id, failures in the Diagnostics panel, the bounce attached to the
// forward by its EWS id, and MSAL's errors as the pane's failure kinds.
import { ClientAuthError, InteractionRequiredAuthError, ServerError } from "@azure/msal-browser";
import type { IPublicClientApplication } from "@azure/msal-browser";
import { MailboxError, type MailboxSource } from "../../src/graph/types";
import { resolveGraphClientId } from "../../src/outlook/graphClientId";
import { authFailure, needsInteraction } from "../../src/outlook/mailbox/authFailure";
import { naaTokenProvider } from "../../src/outlook/mailbox/graphAccess";
import type { MailboxOpener } from "../../src/outlook/mailbox/officeMailbox";
import { createOfficeHost } from "../../src/outlook/officeHost";
import { createPreviewHost } from "../../src/outlook/previewHost";
import { MAILBOX_SEARCH_KEY } from "../../src/outlook/roamingSettings";
import { createSimulatedOffice, type SimProfile } from "../support/simulatedOffice";
import { ndrItem } from "./simHelpers";

const APP = "0f6a1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
const NAA = { accessToken: "tok" };

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function outlook(profile: Partial<SimProfile>, search = `?graphClientId=${APP}`, openMailbox?: MailboxOpener) {
  const sim = createSimulatedOffice({ name: "web", mailbox: "1.15", item: ndrItem(), nestedAppAuth: NAA, ...profile });
  uninstall = sim.install();
  const host = createOfficeHost(globalThis.Office, { callTimeoutMs: 200, graphClientId: { search }, openMailbox });
  return { sim, host };
}

/** A source whose every call fails as given. */
function failingSource(kind: "forbidden" | "throttled"): MailboxSource {
  const failure = {
    kind,
    step: "Graph: list bounces",
    status: kind === "forbidden" ? 403 : 429,
    code: kind === "forbidden" ? "ErrorAccessDenied" : "ApplicationThrottled",
    message: "no",
    retryAfterSeconds: kind === "throttled" ? 120 : undefined,
  };
  return {
    kind: "graph",
    listBounces: async () => ({ ok: false, failure }),
    fetchBounce: async () => ({ ok: false, failure }),
    findBouncesOf: async () => ({ ok: false, failure }),
  };
}

describe("when the list is offered", () => {
  test("Outlook with NestedAppAuth 1.1, an app id and an Exchange Online mailbox", () => {
    const { host } = outlook({});
    expect(host.mailboxBounces).toBeDefined();
    expect(host.mailboxBouncesUnavailable).toBeUndefined();
    expect(host.diagnostics().mailboxSearch).toBe("off");
  });

  test("no app id configured", () => {
    const { host } = outlook({}, "");
    expect(host.mailboxBounces).toBeUndefined();
    expect(host.mailboxBouncesUnavailable).toBe("no-client-id");
    expect(host.diagnostics().mailboxSearch).toBe("no-client-id");
  });

  test("an invalid ?graphClientId= is ignored and listed in Diagnostics, like the org admin address", () => {
    const { host } = outlook({}, "?graphClientId=not-a-guid");
    expect(host.mailboxBouncesUnavailable).toBe("no-client-id");
    expect(host.diagnostics().failures).toContainEqual(expect.objectContaining({ step: expect.stringContaining("?graphClientId="), code: "InvalidClientId" }));
  });

  test("the URL wins over the build; an invalid URL value doesn't hide a valid build value", () => {
    const other = "11111111-2222-4333-8444-555555555555";
    expect(resolveGraphClientId({ search: `?graphClientId=${APP.toUpperCase()}`, buildTime: other })).toEqual({ clientId: APP, problems: [] });
    expect(resolveGraphClientId({ search: "?graphClientId=x", buildTime: other })).toMatchObject({ clientId: other, problems: [{ code: "InvalidClientId" }] });
    expect(resolveGraphClientId({ search: "", buildTime: "" })).toEqual({ clientId: undefined, problems: [] });
  });

  test("a client without nested app authentication", () => {
    const { host } = outlook({ nestedAppAuth: undefined });
    expect(host.mailboxBouncesUnavailable).toBe("no-naa");
  });

  test.each(["enterprise", "outlookCom", "gmail"] as const)("a %s mailbox is not Exchange Online", (accountType) => {
    const { host } = outlook({ accountType });
    expect(host.mailboxBouncesUnavailable).toBe("not-exchange-online");
  });

  test("preview: samples instead", () => {
    const host = createPreviewHost({ storage: null });
    expect(host.mailboxBounces).toBeUndefined();
    expect(host.mailboxBouncesUnavailable).toBe("preview");
    expect(host.diagnostics().mailboxSearch).toBe("preview");
  });
});

describe("the opt-in", () => {
  test("off until turned on; remembered in roaming settings; can be turned off", async () => {
    const { sim, host } = outlook({});
    const mailbox = host.mailboxBounces!;
    expect(mailbox.isEnabled()).toBe(false);
    expect(await mailbox.setEnabled(true)).toEqual({ ok: true });
    expect(sim.roaming[MAILBOX_SEARCH_KEY]).toEqual({ enabled: true });
    expect(mailbox.isEnabled()).toBe(true);
    expect(host.diagnostics().mailboxSearch).toBe("on");
    expect(await mailbox.setEnabled(false)).toEqual({ ok: true });
    expect(sim.roaming[MAILBOX_SEARCH_KEY]).toEqual({ enabled: false });
    expect(mailbox.isEnabled()).toBe(false);
  });

  test("a failed save says so and leaves it off", async () => {
    const { host } = outlook({ faults: { roamingSave: "fail" } });
    const r = await host.mailboxBounces!.setEnabled(true);
    expect(r).toMatchObject({ ok: false, key: "settingNotSaved" });
    expect(host.mailboxBounces!.isEnabled()).toBe(false);
  });

  test("a choice saved earlier is read back", () => {
    const { host } = outlook({ roaming: { [MAILBOX_SEARCH_KEY]: { enabled: true } } });
    expect(host.mailboxBounces!.isEnabled()).toBe(true);
  });

  test("anything but { enabled: true } reads as off", () => {
    const { host } = outlook({ roaming: { [MAILBOX_SEARCH_KEY]: "yes" } });
    expect(host.mailboxBounces!.isEnabled()).toBe(false);
  });
});

describe("connecting", () => {
  test("nothing is loaded or asked before connect()", () => {
    const opened: string[] = [];
    const { sim } = outlook({}, `?graphClientId=${APP}`, async (o) => {
      opened.push(o.clientId);
      return failingSource("forbidden");
    });
    expect(opened).toEqual([]);
    expect(sim.calls.naa).toEqual([]);
    expect(sim.calls.authContext).toBe(0);
  });

  test("connect() opens the mailbox once with the app id and the user's address; failures land in Diagnostics", async () => {
    const opened: Array<{ clientId: string; mailbox: string }> = [];
    const { host, sim } = outlook({}, `?graphClientId=${APP}`, async (o) => {
      opened.push(o);
      return failingSource("throttled");
    });
    const c = await host.mailboxBounces!.connect();
    await host.mailboxBounces!.connect();
    expect(opened).toEqual([{ clientId: APP, mailbox: "user@contoso.example" }]);
    expect(sim.calls.authContext).toBe(1);
    if (!c.ok) throw new Error("expected a source");
    const r = await c.source.listBounces();
    expect(r.ok).toBe(false);
    // The read of another item doesn't wipe it.
    await host.readCurrent();
    expect(host.diagnostics().failures).toContainEqual({
      step: "Graph: list bounces",
      code: "ApplicationThrottled / HTTP 429",
      message: "no Retry-After 120 s.",
    });
  });

  test("no bridge: a typed no-naa failure, logged, and the next try starts afresh", async () => {
    let tries = 0;
    const { host } = outlook({}, `?graphClientId=${APP}`, async () => {
      tries++;
      throw new MailboxError(authFailure(new Error("window.nestedAppAuthBridge is undefined"), "init"));
    });
    const r = await host.mailboxBounces!.connect();
    expect(r).toMatchObject({ ok: false, failure: { kind: "no-naa" } });
    await host.mailboxBounces!.connect();
    expect(tries).toBe(2);
    expect(host.diagnostics().failures.some((f) => f.step.startsWith("Sign-in"))).toBe(true);
  });

  test("a personal Microsoft account: not offered a Graph connection", async () => {
    let opened = false;
    const { host } = outlook({ nestedAppAuth: { ...NAA, authorityType: "msa" } }, `?graphClientId=${APP}`, async () => {
      opened = true;
      return failingSource("forbidden");
    });
    expect(await host.mailboxBounces!.connect()).toMatchObject({ ok: false, failure: { kind: "mailbox-unsupported", code: "msa" } });
    expect(opened).toBe(false);
  });

  test("the admin-consent link names the app, Mail.Read and the help page", () => {
    const { host } = outlook({});
    const url = new URL(host.mailboxBounces!.adminConsentUrl);
    expect(url.origin + url.pathname).toBe("https://login.microsoftonline.com/organizations/v2.0/adminconsent");
    expect(url.searchParams.get("client_id")).toBe(APP);
    expect(url.searchParams.get("scope")).toBe("https://graph.microsoft.com/Mail.Read");
    expect(url.searchParams.get("redirect_uri")).toBe(`${window.location.origin}/assets/support.html`);
  });
});

describe("the open message", () => {
  test("its Internet Message-ID and date", () => {
    const { host } = outlook({ item: ndrItem({ subject: "Quarterly figures", internetMessageId: "<abc@contoso.example>", mime: "Subject: x\r\n\r\nhello" }) });
    expect(host.mailboxBounces!.openMessage()).toEqual({
      internetMessageId: "<abc@contoso.example>",
      date: "2026-08-04T10:05:00.000Z",
      subject: "Quarterly figures",
    });
  });

  test("none without an id, for a report item, or with no item", async () => {
    const { host, sim } = outlook({ item: ndrItem() });
    expect(host.mailboxBounces!.openMessage()).toBeUndefined();
    await sim.setItem(ndrItem({ internetMessageId: "<r@x.example>", itemClass: "REPORT.IPM.Note.NDR" }));
    expect(host.mailboxBounces!.openMessage()).toBeUndefined();
    await sim.setItem(null);
    expect(host.mailboxBounces!.openMessage()).toBeUndefined();
  });
});

describe("the forward of a bounce from the mailbox", () => {
  const request = {
    to: "helpdesk@contoso.example",
    subject: "Bounce: please help",
    htmlBody: "<p>x</p>",
    attachCurrentItem: false,
    attachMailboxItem: { id: "AAMkAG-x_y=", name: "Undeliverable: Quarterly figures" },
  };

  test("attached as an item by its EWS id (convertToEwsId)", async () => {
    const { host, sim } = outlook({});
    expect(await host.openForward(request)).toEqual({ ok: true });
    expect(sim.calls.convertToEwsId).toEqual(["AAMkAG-x_y="]);
    expect(sim.calls.newMessageForm[0].attachments).toEqual([{ type: "item", itemId: "AAMkAG/x+y=", name: "Undeliverable: Quarterly figures" }]);
  });

  test("where the id can't be converted, the forward opens without the attachment", async () => {
    const { host, sim } = outlook({});
    delete (globalThis.Office.context.mailbox as unknown as Record<string, unknown>).convertToEwsId;
    expect(await host.openForward(request)).toEqual({ ok: true });
    expect(sim.calls.newMessageForm[0].attachments).toBeUndefined();
  });
});

describe("MSAL's errors", () => {
  test("consent refused: declined on the consent screen, or the window closed", () => {
    expect(authFailure(new ServerError("access_denied", "", "AADSTS65004: User declined to consent to access the app."), "popup")).toMatchObject({
      kind: "consent-refused",
      code: "access_denied / AADSTS65004",
    });
    expect(authFailure(new ClientAuthError("user_cancelled", ""), "popup")).toMatchObject({ kind: "consent-refused", code: "user_cancelled" });
  });

  test("consent blocked by the tenant: only an admin may consent", () => {
    expect(authFailure(new ServerError("access_denied", "", "AADSTS90094: The grant requires admin permission."), "popup")).toMatchObject({
      kind: "consent-blocked",
      code: "access_denied / AADSTS90094",
    });
    expect(authFailure(new InteractionRequiredAuthError("invalid_grant", "", "AADSTS65001: not consented"), "popup").kind).toBe("consent-blocked");
    // Silent, 65001 only means the window must be shown.
    expect(authFailure(new InteractionRequiredAuthError("invalid_grant", "", "AADSTS65001: not consented"), "silent").kind).not.toBe("consent-blocked");
  });

  test("Conditional Access", () => {
    expect(authFailure(new ServerError("access_denied", "", "AADSTS53003: Access has been blocked by Conditional Access policies."), "popup")).toMatchObject({
      kind: "conditional-access",
      code: "access_denied / AADSTS53003",
    });
    expect(
      authFailure(new InteractionRequiredAuthError("interaction_required", "", "AADSTS53000: Device is not in required device state."), "silent").kind,
    ).toBe("conditional-access");
  });

  test("popup, network, bridge and anything else", () => {
    expect(authFailure(new ClientAuthError("popup_window_error", ""), "popup").kind).toBe("popup-blocked");
    expect(authFailure(new ClientAuthError("no_network_connectivity", ""), "silent").kind).toBe("network");
    expect(authFailure(new ClientAuthError("nested_app_auth_bridge_disabled", ""), "silent").kind).toBe("no-naa");
    expect(authFailure(new Error("boom"), "init").kind).toBe("no-naa");
    expect(authFailure(new ServerError("server_error", "", "AADSTS50000: There was an error issuing a token."), "popup")).toMatchObject({
      kind: "sign-in",
      code: "server_error / AADSTS50000",
    });
    expect(needsInteraction(new InteractionRequiredAuthError("invalid_grant", ""))).toBe(true);
    expect(needsInteraction(new ServerError("access_denied", ""))).toBe(false);
  });
});

describe("the token provider (silent, then the window on interaction required)", () => {
  function fakePca(silent: () => Promise<unknown>, popup: () => Promise<unknown>) {
    const calls: Array<{ kind: string; scopes: string[]; forceRefresh?: boolean }> = [];
    const pca = {
      acquireTokenSilent: (r: { scopes: string[]; forceRefresh?: boolean }) => {
        calls.push({ kind: "silent", scopes: r.scopes, forceRefresh: r.forceRefresh });
        return silent();
      },
      acquireTokenPopup: (r: { scopes: string[] }) => {
        calls.push({ kind: "popup", scopes: r.scopes });
        return popup();
      },
    } as unknown as IPublicClientApplication;
    return { pca, calls };
  }

  test("silent first, Mail.Read only", async () => {
    const { pca, calls } = fakePca(
      async () => ({ accessToken: "a" }),
      async () => ({ accessToken: "b" }),
    );
    expect(await naaTokenProvider(pca)()).toBe("a");
    expect(await naaTokenProvider(pca)({ forceRefresh: true })).toBe("a");
    expect(calls).toEqual([
      { kind: "silent", scopes: ["Mail.Read"], forceRefresh: false },
      { kind: "silent", scopes: ["Mail.Read"], forceRefresh: true },
    ]);
  });

  test("interaction required: the window, and its token", async () => {
    const { pca, calls } = fakePca(
      async () => {
        throw new InteractionRequiredAuthError("invalid_grant", "", "AADSTS65001: not consented");
      },
      async () => ({ accessToken: "b" }),
    );
    expect(await naaTokenProvider(pca)()).toBe("b");
    expect(calls.map((c) => c.kind)).toEqual(["silent", "popup"]);
  });

  test("another silent failure: no window, a typed error", async () => {
    const { pca, calls } = fakePca(
      async () => {
        throw new ClientAuthError("no_network_connectivity", "");
      },
      async () => ({ accessToken: "b" }),
    );
    await expect(naaTokenProvider(pca)()).rejects.toMatchObject({ failure: { kind: "network" } });
    expect(calls.map((c) => c.kind)).toEqual(["silent"]);
  });

  test("not interactive (the automatic look-up): no window, interaction-required", async () => {
    const { pca, calls } = fakePca(
      async () => {
        throw new InteractionRequiredAuthError("invalid_grant", "", "AADSTS65001: not consented");
      },
      async () => ({ accessToken: "b" }),
    );
    await expect(naaTokenProvider(pca)({ interactive: false })).rejects.toMatchObject({
      failure: { kind: "interaction-required", code: "invalid_grant / AADSTS65001" },
    });
    expect(calls.map((c) => c.kind)).toEqual(["silent"]);
  });

  test("the window refused: consent-refused", async () => {
    const { pca } = fakePca(
      async () => {
        throw new InteractionRequiredAuthError("invalid_grant", "", "AADSTS65001: not consented");
      },
      async () => {
        throw new ServerError("access_denied", "", "AADSTS65004: User declined to consent to access the app.");
      },
    );
    await expect(naaTokenProvider(pca)()).rejects.toMatchObject({ failure: { kind: "consent-refused", step: expect.stringContaining("Sign-in") } });
  });
});
