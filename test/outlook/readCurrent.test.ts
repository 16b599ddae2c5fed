import type { MessageParts } from "../../src/classifier/types";
import type { ReadOutcome } from "../../src/outlook/types";
import { textOfUtf8 } from "../support/simulated-encoding";
import { NDR_MIME, ndrItem, setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

function ok(outcome: ReadOutcome): Extract<ReadOutcome, { status: "ok" }> {
  if (outcome.status !== "ok") throw new Error(`expected ok, got ${outcome.status}: ${JSON.stringify(outcome)}`);
  return outcome;
}

describe("readCurrent per client", () => {
  test.each([
    ["web", "1.15"],
    ["new-outlook", "1.15"],
    ["classic-windows", "1.14"],
  ] as const)("%s (Mailbox %s) reads the whole MIME as bytes", async (name, mailbox) => {
    const { sim, host } = setUp({ name, mailbox });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("mime");
    expect(out.failures).toEqual([]);
    const input = out.candidates[0].input;
    expect(input).toBeInstanceOf(Uint8Array);
    expect(textOfUtf8(input as Uint8Array)).toBe(NDR_MIME);
    expect(out.candidates[0]).toMatchObject({ id: "message", origin: "message", label: "This message", path: "mime" });
    expect(sim.calls.getAsFileAsync).toBe(1);
    expect(sim.calls.bodyGetAsync).toEqual([]);
  });

  test("names the item: subject, ISO date, from, id, class", async () => {
    const { host } = setUp({ name: "web", mailbox: "1.15" });
    const out = ok(await host.readCurrent());
    expect(out.item).toEqual({
      subject: "FW: Undeliverable: Quarterly report",
      date: "2026-08-04T10:05:00.000Z",
      from: "Pat User <pat@contoso.example>",
      fromAddress: "pat@contoso.example",
      itemId: "AAMkAGI2TG93AAA=",
      itemClass: "IPM.Note",
    });
  });

  test("MIME with UTF-8 text survives Base64 decoding byte for byte", async () => {
    const mime = NDR_MIME.replace("Quarterly report", "Bericht für Müller — 日本 🚀");
    const { host } = setUp({ name: "web", mailbox: "1.15", item: ndrItem({ mime }) });
    const out = ok(await host.readCurrent());
    expect(textOfUtf8(out.candidates[0].input as Uint8Array)).toBe(mime);
  });

  test("Mac classic (1.8) has no getAsFileAsync: HTML body + all headers", async () => {
    const { sim, host } = setUp({ name: "mac-classic", mailbox: "1.8" });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("html+headers");
    expect(sim.calls.getAsFileAsync).toBe(0);
    const parts = out.candidates[0].input as MessageParts;
    expect(parts.headers).toContain("Content-Type: multipart/report");
    expect(parts.html).toContain("Reporting-MTA: dns; mail.contoso.example");
    expect(parts.subject).toBe("FW: Undeliverable: Quarterly report");
    expect(sim.calls.bodyGetAsync).toEqual(["html"]);
  });

  test("mobile (1.5) reads the body as text alone", async () => {
    const { sim, host } = setUp({ name: "mobile", mailbox: "1.5" });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("body");
    expect(sim.calls.bodyGetAsync).toEqual(["text"]);
    expect((out.candidates[0].input as MessageParts).text).toContain("Status: 5.1.1");
    expect(sim.calls.internetHeaders).toBe(0);
  });
});

describe("read-path fallbacks and failures", () => {
  test("getAsFileAsync failing falls through to HTML + headers, recording the Office error", async () => {
    const { host } = setUp({ name: "web", mailbox: "1.15", faults: { getAsFileAsync: "fail" } });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("html+headers");
    expect(out.failures).toEqual([{ step: "getAsFileAsync", code: "GenericResponseError", message: "getAsFileAsync failed." }]);
  });

  test("an empty MIME reported as success is a failure, not a result", async () => {
    const { host } = setUp({ name: "classic-windows", mailbox: "1.14", faults: { getAsFileAsync: "empty" } });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("html+headers");
    expect(out.failures[0]).toMatchObject({ step: "getAsFileAsync", code: "Empty" });
  });

  test("getAsFileAsync that never calls back times out instead of hanging", async () => {
    const { host } = setUp({ name: "web", mailbox: "1.15", faults: { getAsFileAsync: "hang" } });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("html+headers");
    expect(out.failures[0]).toMatchObject({ step: "getAsFileAsync", code: "Timeout" });
  });

  test("headers empty but 'succeeded' falls to the body path and says why", async () => {
    const { host } = setUp({ name: "mac-classic", mailbox: "1.8", faults: { headers: "empty" } });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("body");
    expect(out.failures).toEqual([expect.objectContaining({ step: "getAllInternetHeadersAsync", code: "Empty" })]);
    const parts = out.candidates[0].input as MessageParts;
    expect(parts.text).toContain("Final-Recipient");
    // The HTML already read is kept.
    expect(parts.html).toContain("Final-Recipient");
    expect(parts.headers).toBeUndefined();
  });

  test("a header block with only the Subject (new Outlook quirk) counts as incomplete", async () => {
    const { host } = setUp({ name: "new-outlook", mailbox: "1.15", faults: { getAsFileAsync: "fail", headers: "partial" } });
    const out = ok(await host.readCurrent());
    expect(out.path).toBe("body");
    expect(out.failures.map((f) => f.code)).toEqual(["GenericResponseError", "Incomplete"]);
  });

  test("every path failing gives an error with each failure, not a crash", async () => {
    const { host } = setUp({ name: "web", mailbox: "1.15", faults: { getAsFileAsync: "fail", headers: "fail", body: "fail" } });
    const out = await host.readCurrent();
    expect(out.status).toBe("error");
    if (out.status !== "error") return;
    expect(out.failures.map((f) => f.step)).toEqual(["getAsFileAsync", "body.getAsync (HTML)", "getAllInternetHeadersAsync", "body.getAsync (text)"]);
    expect(out.message).toMatch(/drop or paste/i);
  });

  test("null item (pinned pane on an unsupported item) is no-item with a clear message", async () => {
    const { host } = setUp({ name: "web", mailbox: "1.15", item: null });
    const out = await host.readCurrent();
    expect(out.status).toBe("no-item");
    if (out.status === "no-item") expect(out.message).toMatch(/forward the bounce/i);
  });
});

describe("a host that hands over odd values", () => {
  test("getters that throw and non-array attachments leave fields out instead of crashing", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
    const item = sim.Office.context.mailbox.item as unknown as Record<string, unknown>;
    Object.defineProperty(item, "subject", {
      get: () => {
        throw new Error("restricted");
      },
    });
    Object.defineProperty(item, "dateTimeCreated", { value: "not a date" });
    item.attachments = "nonsense";
    const out = ok(await host.readCurrent());
    expect(out.item).toEqual({
      subject: "",
      from: "Pat User <pat@contoso.example>",
      fromAddress: "pat@contoso.example",
      itemId: "AAMkAGI2TG93AAA=",
      itemClass: "IPM.Note",
    });
    expect(out.path).toBe("mime");
  });

  test("getAsFileAsync returning non-Base64 or non-MIME data falls through", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
    const item = sim.Office.context.mailbox.item as unknown as Record<string, unknown>;
    const answers = ["<html>not base64</html>", "SGVsbG8gd29ybGQsIG5vIGhlYWRlcnMgaGVyZQ=="];
    item.getAsFileAsync = (cb: (r: { status: string; value: string }) => void) =>
      setTimeout(() => cb({ status: "succeeded", value: answers.shift() ?? "" }), 0);
    const first = ok(await host.readCurrent());
    expect(first.failures[0]).toMatchObject({ code: "NotBase64" });
    const second = ok(await host.readCurrent());
    expect(second.failures[0]).toMatchObject({ code: "NotMime" });
    expect(second.path).toBe("html+headers");
  });

  test("a callback that throws inside Office's machinery is still a typed failure", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
    const item = sim.Office.context.mailbox.item as unknown as Record<string, unknown>;
    item.getAsFileAsync = () => {
      throw { name: "AccessRestricted", message: "Restricted item", code: 9021 };
    };
    const out = ok(await host.readCurrent());
    expect(out.failures[0]).toEqual({ step: "getAsFileAsync", code: "AccessRestricted", message: "Restricted item" });
  });
});
