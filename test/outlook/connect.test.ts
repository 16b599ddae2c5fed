import { connectHost } from "../../src/outlook/connect";
import { createSimulatedOffice } from "../support/simulatedOffice";
import { ndrItem } from "./simHelpers";

const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
});

test("office.js missing: the preview host, without throwing", async () => {
  delete g.Office;
  const host = await connectHost({ preview: { storage: null } });
  expect(host.info.mode).toBe("preview");
});

test("Outlook: the Office-backed host with client facts", async () => {
  createSimulatedOffice({ name: "classic-windows", mailbox: "1.14", item: ndrItem() }).install();
  const host = await connectHost();
  expect(host.info).toEqual({
    mode: "outlook",
    host: "Outlook",
    platform: "PC",
    version: "16.0.19029.20184",
    mailboxSets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14"],
    theme: "light",
    // Office.context.displayLanguage: the pane's language comes from it.
    displayLanguage: "en-US",
    // userProfile.emailAddress: who is reading decides the view; never in the diagnostics.
    mailboxOwner: "user@contoso.example",
  });
  expect(JSON.stringify(host.diagnostics())).not.toContain("user@contoso.example");
  expect((await host.readCurrent()).status).toBe("ok");
});

test("Outlook without a userProfile: no mailbox owner, nothing breaks", async () => {
  createSimulatedOffice({ name: "web", mailbox: "1.15", item: ndrItem(), userProfile: null }).install();
  const host = await connectHost();
  expect(host.info.mode).toBe("outlook");
  expect(host.info.mailboxOwner).toBeUndefined();
});

test("office.js loaded in a plain browser (host null): the preview host", async () => {
  createSimulatedOffice({ name: "web", mailbox: "1.15", item: null, readyHost: null }).install();
  const host = await connectHost({ preview: { storage: null } });
  expect(host.info.mode).toBe("preview");
});

test("onReady never firing: gives up at the time-out, not before, and picks by what is there", async () => {
  // Fake timers: the time-out is checked by the clock the code reads, not by a loaded machine's.
  jest.useFakeTimers();
  try {
    createSimulatedOffice({ name: "web", mailbox: "1.15", item: null, readyHost: "never" }).install();
    let settled = false;
    const connecting = connectHost({ onReadyTimeoutMs: 5000 }).then((host) => {
      settled = true;
      return host;
    });
    await jest.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect((await connecting).info.mode).toBe("outlook");
  } finally {
    jest.useRealTimers();
  }
});

test("onReady throwing: the preview host", async () => {
  g.Office = {
    onReady: () => {
      throw new Error("broken");
    },
  };
  const host = await connectHost({ preview: { storage: null } });
  expect(host.info.mode).toBe("preview");
});
