import { HTML_BODY_MAX_BYTES } from "../../src/outlook/formLimits";
import type { ForwardRequest } from "../../src/outlook/types";
import { utf8Length } from "../../src/roundtrip/bytes/utf8";
import { ndrItem, setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

const request = (overrides: Partial<ForwardRequest> = {}): ForwardRequest => ({
  to: "helpdesk@contoso.example",
  subject: "Bounce: 5.1.1 for nobody@fabrikam.example",
  htmlBody: "<p>Diagnostics</p>",
  attachCurrentItem: true,
  ...overrides,
});

test("web (1.15): displayNewMessageFormAsync with the admin, subject, body and the item attached", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
  expect(host.canOpenForm).toBe(true);
  expect(await host.openForward(request())).toEqual({ ok: true });
  expect(sim.calls.newMessageFormApi).toEqual(["async"]);
  expect(sim.calls.newMessageForm[0]).toEqual({
    toRecipients: ["helpdesk@contoso.example"],
    subject: "Bounce: 5.1.1 for nobody@fabrikam.example",
    htmlBody: "<p>Diagnostics</p>",
    attachments: [{ type: "item", itemId: "AAMkAGI2TG93AAA=", name: "FW: Undeliverable: Quarterly report" }],
  });
});

test("no attachment when not asked for, or when the item has no id", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
  await host.openForward(request({ attachCurrentItem: false }));
  expect(sim.calls.newMessageForm[0].attachments).toBeUndefined();

  await sim.setItem(ndrItem({ itemId: "" }));
  await host.openForward(request());
  expect(sim.calls.newMessageForm[1].attachments).toBeUndefined();
});

test("Mac classic (1.8) falls back to displayNewMessageForm (1.6)", async () => {
  const { sim, host } = setUp({ name: "mac-classic", mailbox: "1.8" });
  expect(await host.openForward(request())).toEqual({ ok: true });
  expect(sim.calls.newMessageFormApi).toEqual(["sync"]);
});

test("subject over 255 characters and body over 32 KB are cut, never passed to Office as-is", async () => {
  const { sim, host } = setUp({ name: "classic-windows", mailbox: "1.14" });
  const longSubject = "Ü".repeat(300);
  const bigBody = `<div>${"<p>résumé &amp; 日本</p>".repeat(5000)}</div>`;
  expect(await host.openForward(request({ subject: longSubject, htmlBody: bigBody }))).toEqual({ ok: true });
  const form = sim.calls.newMessageForm[0];
  expect(form.subject).toHaveLength(255);
  expect(utf8Length(form.htmlBody ?? "")).toBeLessThanOrEqual(HTML_BODY_MAX_BYTES);
  expect(form.htmlBody).toMatch(/Cut to fit Outlook's 32 KB limit/);
  // No dangling half tag or entity before the note.
  const html = form.htmlBody ?? "";
  const before = html.slice(0, html.indexOf("<p><i>[Cut"));
  expect(before.lastIndexOf("<")).toBeLessThan(before.lastIndexOf(">"));
  expect(before.slice(before.lastIndexOf(">"))).not.toMatch(/&[^;]*$/);
});

test("an item id over Office's 100-character limit is left off rather than making Office throw", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem({ itemId: "X".repeat(150) }) });
  expect(await host.openForward(request())).toEqual({ ok: true });
  expect(sim.calls.newMessageForm[0].attachments).toBeUndefined();
});

test("an invalid admin address is refused before Office is called", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
  expect(await host.openForward(request({ to: "not an address" }))).toEqual({ ok: false, message: "Set a valid admin address first.", key: "invalidAdmin" });
  expect(sim.calls.newMessageForm).toEqual([]);
});

test("async failure from Office is returned, not thrown", async () => {
  const { host } = setUp({ name: "web", mailbox: "1.15", faults: { newMessageForm: "fail" } });
  const r = await host.openForward(request());
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.failure).toEqual({ step: "displayNewMessageFormAsync", code: "GenericResponseError", message: "The form couldn't be opened." });
  expect(host.diagnostics().failures).toContainEqual(r.failure);
});

test("synchronous throw from displayNewMessageForm (1.6 path) is returned, not thrown", async () => {
  const { host } = setUp({ name: "mac-classic", mailbox: "1.8", faults: { newMessageForm: "fail" } });
  const r = await host.openForward(request());
  expect(r).toMatchObject({ ok: false, failure: { step: "displayNewMessageForm", code: "GenericResponseError" } });
});

test("mobile (1.5) can't open a form: canOpenForm false and a clear refusal", async () => {
  const { sim, host } = setUp({ name: "mobile", mailbox: "1.5" });
  expect(host.canOpenForm).toBe(false);
  const r = await host.openForward(request());
  expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/Copy the details/) });
  expect(sim.calls.newMessageForm).toEqual([]);
});
