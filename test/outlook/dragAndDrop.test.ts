import { readDroppedFiles, MAX_DROPPED_FILES } from "../../src/outlook/dragAndDrop";
import type { HostDropEvent } from "../../src/outlook/types";
import { textOfUtf8 } from "../support/simulated-encoding";
import { sampleNdrMime } from "../support/simulatedOffice";
import { setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

function collect(host: { onDrop?: (h: (e: HostDropEvent) => void) => () => void }): { events: HostDropEvent[]; unsubscribe: () => void } {
  const events: HostDropEvent[] = [];
  if (!host.onDrop) throw new Error("expected onDrop on this client");
  const unsubscribe = host.onDrop((e) => events.push(e));
  return { events, unsubscribe };
}

/** The drop handler reads Blobs asynchronously after Office's callback; wait for the "drop" to arrive. */
async function dropArrives(events: HostDropEvent[]): Promise<Extract<HostDropEvent, { type: "drop" }>> {
  for (let i = 0; i < 50; i++) {
    const drop = events.find((e): e is Extract<HostDropEvent, { type: "drop" }> => e.type === "drop");
    if (drop) return drop;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error("no drop event arrived");
}

describe.each(["web", "new-outlook"] as const)("DragAndDropEvent on %s", (name) => {
  test("a message dragged from the list arrives as .eml bytes, after a dragover", async () => {
    const { sim, host } = setUp({ name, mailbox: "1.15" });
    const { events, unsubscribe } = collect(host);
    await host.settled();
    expect(sim.handlerCount("olkDragAndDropEvent")).toBe(1);

    await sim.dropFiles([{ name: "Undeliverable: Quarterly report.eml", content: sampleNdrMime({ subject: "Undeliverable: dropped" }) }]);
    const drop = await dropArrives(events);
    expect(events[0]).toEqual({ type: "dragover" });
    expect(drop.failures).toEqual([]);
    expect(drop.files).toHaveLength(1);
    expect(drop.files[0].name).toBe("Undeliverable: Quarterly report.eml");
    expect(drop.files[0].type).toBe("message/rfc822");
    expect(textOfUtf8(drop.files[0].bytes)).toContain("Subject: Undeliverable: dropped");
    expect(host.diagnostics().dragAndDrop).toBe(true);

    unsubscribe();
    await host.settled();
    expect(sim.handlerCount("olkDragAndDropEvent")).toBe(0);
  });
});

test("several files in one drop: each read, and one without content reported, not fatal", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
  const { events } = collect(host);
  await host.settled();
  const msgBytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
  await sim.dropFiles([
    { name: "first.eml", content: sampleNdrMime() },
    { name: "broken.eml", content: null },
    { name: "second.msg", type: "application/vnd.ms-outlook", content: msgBytes },
  ]);
  const drop = await dropArrives(events);
  expect(drop.files.map((f) => f.name)).toEqual(["first.eml", "second.msg"]);
  expect(Array.from(drop.files[1].bytes)).toEqual(Array.from(msgBytes));
  expect(drop.failures).toEqual([expect.objectContaining({ step: "DragAndDropEvent (broken.eml)", code: "NoContent" })]);
});

test.each([
  ["classic-windows", "1.14"],
  ["mac-classic", "1.8"],
  ["mobile", "1.5"],
] as const)("%s has no DragAndDropEvent: no onDrop, nothing registered, no failure logged", async (name, mailbox) => {
  const { sim, host } = setUp({ name, mailbox });
  expect(host.onDrop).toBeUndefined();
  expect(sim.calls.eventHandlerAdds).not.toContain("olkDragAndDropEvent");
  expect(host.diagnostics().dragAndDrop).toBe(false);
  expect(host.diagnostics().failures.some((f) => f.step.includes("DragAndDrop"))).toBe(false);
});

test("a failing registration shows in the diagnostics", async () => {
  const { host } = setUp({ name: "web", mailbox: "1.15", faults: { addHandler: "fail" } });
  collect(host);
  await host.settled();
  expect(host.diagnostics().failures).toContainEqual(expect.objectContaining({ step: "addHandlerAsync (DragAndDropEvent)", code: "GenericResponseError" }));
});

describe("readDroppedFiles with hostile event data", () => {
  test("not an array, empty, odd entries: typed failures, never a throw", async () => {
    expect((await readDroppedFiles(undefined)).failures).toEqual([expect.objectContaining({ code: "NoFiles" })]);
    expect((await readDroppedFiles("x")).failures).toEqual([expect.objectContaining({ code: "NoFiles" })]);
    const odd = await readDroppedFiles([null, 42, { name: 7, fileContent: "not a blob" }, { name: "empty.eml", fileContent: new Blob([]) }]);
    expect(odd.files).toEqual([]);
    expect(odd.failures.map((f) => f.code)).toEqual(["NoContent", "NoContent", "NoContent", "Empty"]);
    expect(odd.failures[0].step).toBe("DragAndDropEvent (dropped item 1)");
  });

  test("a name with control characters is cleaned; a huge blob is refused unread", async () => {
    const huge = { size: 26 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) };
    const r = await readDroppedFiles([
      { name: "evil\r\nBcc: x.eml", fileContent: new Blob(["From: a\r\n\r\nhi"]) },
      { name: "big.eml", fileContent: huge },
    ]);
    expect(r.files[0].name).toBe("evil  Bcc: x.eml");
    expect(r.failures).toEqual([expect.objectContaining({ code: "TooLarge" })]);
  });

  test(`more than ${MAX_DROPPED_FILES} files: the first ones are read and the rest reported`, async () => {
    const many = Array.from({ length: MAX_DROPPED_FILES + 3 }, (_, i) => ({ name: `${i}.eml`, fileContent: new Blob([`Subject: ${i}\r\n\r\nx`]) }));
    const r = await readDroppedFiles(many);
    expect(r.files).toHaveLength(MAX_DROPPED_FILES);
    expect(r.failures).toEqual([expect.objectContaining({ code: "TooMany" })]);
  });
});
