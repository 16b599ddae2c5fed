/** @jest-environment jsdom */
import { MAILTO_MAX_CHARS } from "../../src/outlook/mailtoLink";
import { createPreviewHost, PREVIEW_ADMIN_KEY } from "../../src/outlook/previewHost";

beforeEach(() => window.localStorage.clear());

test("has no current item and says what to do instead", async () => {
  const host = createPreviewHost();
  // The browser's language stands in for Outlook's display language.
  expect(host.info).toEqual({ mode: "preview", mailboxSets: [], displayLanguage: navigator.language });
  const out = await host.readCurrent();
  expect(out.status).toBe("no-item");
  if (out.status === "no-item") expect(out.message).toMatch(/drop.*paste.*sample/i);
  expect(host.diagnostics()).toMatchObject({ mode: "preview", canOpenForm: true, failures: [] });
});

test("keeps the admin address in localStorage", async () => {
  const host = createPreviewHost();
  expect(await host.saveAdminAddress("helpdesk@contoso.example")).toEqual({ ok: true });
  expect(window.localStorage.getItem(PREVIEW_ADMIN_KEY)).toBe("helpdesk@contoso.example");
  expect(createPreviewHost().getAdminAddress()).toBe("helpdesk@contoso.example");
});

test("refuses an invalid address", async () => {
  const host = createPreviewHost();
  expect((await host.saveAdminAddress("helpdesk at contoso")).ok).toBe(false);
  expect(window.localStorage.getItem(PREVIEW_ADMIN_KEY)).toBeNull();
});

test("storage that throws (blocked or full) is survived: address kept for the session", async () => {
  const throwing = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };
  const host = createPreviewHost({ storage: throwing });
  const r = await host.saveAdminAddress("helpdesk@contoso.example");
  expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/forgotten when the page closes/) });
  expect(host.getAdminAddress()).toBe("helpdesk@contoso.example");
  expect(host.diagnostics().failures).toEqual([expect.objectContaining({ step: "localStorage.setItem" })]);
});

test("openForward opens a mailto: link with a plain-text body", async () => {
  const urls: string[] = [];
  const host = createPreviewHost({ navigate: (u) => urls.push(u) });
  const r = await host.openForward({
    to: "helpdesk@contoso.example",
    subject: "Bounce: 5.1.1",
    htmlBody: "<h2>Recipient not found</h2><p>nobody@fabrikam.example &amp; co</p><ul><li>Check the address</li></ul><script>alert(1)</script>",
    attachCurrentItem: true,
  });
  expect(r).toEqual({ ok: true });
  const url = new URL(urls[0]);
  expect(url.protocol).toBe("mailto:");
  expect(url.pathname).toBe("helpdesk@contoso.example");
  expect(url.searchParams.get("subject")).toBe("Bounce: 5.1.1");
  expect(url.searchParams.get("body")).toBe("Recipient not found\r\n\r\nnobody@fabrikam.example & co\r\n\r\n- Check the address");
});

test("the mailto: body keeps the lines of a <pre> block (the server's reply as written)", async () => {
  const urls: string[] = [];
  const host = createPreviewHost({ navigate: (u) => urls.push(u) });
  await host.openForward({
    to: "helpdesk@contoso.example",
    subject: "Bounce",
    htmlBody: "<p>Reply:</p><pre>550 5.1.1 User unknown\n  (in reply to RCPT TO)</pre><ol><li>One</li></ol>",
    attachCurrentItem: false,
  });
  // The mailto link's own converter folded <pre> into one line; mail/htmlToText keeps its lines.
  expect(new URL(urls[0]).searchParams.get("body")).toBe("Reply:\r\n\r\n550 5.1.1 User unknown\r\n(in reply to RCPT TO)\r\n\r\n- One");
});

test("a long body is cut so the link stays under the limit, with a note", async () => {
  const urls: string[] = [];
  const host = createPreviewHost({ navigate: (u) => urls.push(u) });
  await host.openForward({ to: "helpdesk@contoso.example", subject: "Bounce", htmlBody: `<p>${"détails 日本 ".repeat(2000)}</p>`, attachCurrentItem: false });
  expect(urls[0].length).toBeLessThanOrEqual(MAILTO_MAX_CHARS);
  expect(new URL(urls[0]).searchParams.get("body")).toMatch(/Shortened to fit a mail link/);
});

test("the default navigation clicks a mailto: anchor (jsdom records it, nothing is sent)", async () => {
  const clicked: string[] = [];
  const spy = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.href);
  });
  const host = createPreviewHost();
  expect((await host.openForward({ to: "helpdesk@contoso.example", subject: "S", htmlBody: "<p>B</p>", attachCurrentItem: false })).ok).toBe(true);
  expect(clicked[0]).toMatch(/^mailto:helpdesk@contoso\.example\?subject=S&body=B$/);
  expect(document.querySelectorAll("a").length).toBe(0);
  spy.mockRestore();
});

test("onItemChanged is a harmless no-op", () => {
  const host = createPreviewHost();
  const unsubscribe = host.onItemChanged(() => undefined);
  expect(() => unsubscribe()).not.toThrow();
});
