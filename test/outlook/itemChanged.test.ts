import { textOfUtf8 } from "../support/simulated-encoding";
import { sampleNdrMime } from "../support/simulatedOffice";
import { ndrItem, setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

const FIRST = ndrItem({ itemId: "first", subject: "First", mime: sampleNdrMime({ subject: "Undeliverable: first" }), delayMs: 60 });
const SECOND = ndrItem({ itemId: "second", subject: "Second", mime: sampleNdrMime({ subject: "Undeliverable: second" }), delayMs: 5 });

describe("stale reads", () => {
  test("the item changing mid-read: the older read resolves as superseded, the newer one delivers", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: FIRST });
    const unsubscribe = host.onItemChanged(() => undefined);
    await host.settled();

    const older = host.readCurrent();
    await sim.setItem(SECOND);
    const newer = host.readCurrent();

    const [a, b] = await Promise.all([older, newer]);
    if (a.status !== "superseded") throw new Error(`older read should be superseded, got ${a.status}`);
    if (b.status !== "ok") throw new Error(`newer read should be ok, got ${b.status}`);
    expect(b.item.itemId).toBe("second");
    expect(textOfUtf8(b.candidates[0].input as Uint8Array)).toContain("Undeliverable: second");
    expect(host.isCurrent(b.generation ?? -1)).toBe(true);
    expect(host.isCurrent(a.generation)).toBe(false);
    unsubscribe();
  });

  test("an item swapped without ItemChanged (office-js #3470): the read follows it to the new item", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15", item: FIRST });
    const read = host.readCurrent();
    void sim.setItem(SECOND);
    const out = await read;
    if (out.status !== "ok") throw new Error(`expected ok, got ${out.status}`);
    expect(out.item.itemId).toBe("second");
    expect(textOfUtf8(out.candidates[0].input as Uint8Array)).toContain("Undeliverable: second");
  });

  test("a newer read on the same item supersedes an older one still in flight", async () => {
    const { host } = setUp({ name: "classic-windows", mailbox: "1.14", item: FIRST });
    const first = host.readCurrent();
    const second = host.readCurrent();
    expect((await first).status).toBe("superseded");
    expect((await second).status).toBe("ok");
  });
});

describe("onItemChanged", () => {
  test("fires on change, including to a null item; unsubscribing removes the Office handler", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
    const seen: string[] = [];
    const unsubscribe = host.onItemChanged(() => seen.push("changed"));
    await host.settled();
    expect(sim.handlerCount()).toBe(1);

    await sim.setItem(null);
    expect(seen).toEqual(["changed"]);
    expect((await host.readCurrent()).status).toBe("no-item");

    unsubscribe();
    await host.settled();
    expect(sim.calls.removeHandler).toBe(1);
    expect(sim.handlerCount()).toBe(0);
    await sim.setItem(FIRST);
    expect(seen).toEqual(["changed"]);
  });

  test("many subscribers share one Office registration; a throwing handler doesn't stop the others", async () => {
    const { sim, host } = setUp({ name: "new-outlook", mailbox: "1.15" });
    const seen: number[] = [];
    const u1 = host.onItemChanged(() => {
      throw new Error("boom");
    });
    const u2 = host.onItemChanged(() => seen.push(2));
    await host.settled();
    expect(sim.calls.addHandler).toBe(1);
    await sim.setItem(SECOND);
    expect(seen).toEqual([2]);
    u1();
    await host.settled();
    expect(sim.calls.removeHandler).toBe(0);
    u2();
    u2(); // a second call is harmless
    await host.settled();
    expect(sim.calls.removeHandler).toBe(1);
  });

  test("quick unsubscribe/subscribe (React StrictMode) ends registered", async () => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
    const u = host.onItemChanged(() => undefined);
    u();
    host.onItemChanged(() => undefined);
    await host.settled();
    expect(sim.handlerCount()).toBe(1);
  });

  test("a failed registration shows up in diagnostics", async () => {
    const { host } = setUp({ name: "web", mailbox: "1.15", faults: { addHandler: "fail" } });
    host.onItemChanged(() => undefined);
    await host.settled();
    expect(host.diagnostics().failures).toEqual([expect.objectContaining({ step: "addHandlerAsync (ItemChanged)", code: "GenericResponseError" })]);
  });
});
