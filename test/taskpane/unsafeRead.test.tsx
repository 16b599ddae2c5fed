/** @jest-environment jsdom */
/**
 * The pane over its real parse client, with a stand-in Worker that runs the worker's own handler
 * in-process (jsdom has no Worker) or stalls/crashes on cue: "This message could not be read
 * safely" with the reason, the rest of the pane usable, the next read in a fresh worker.
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import { classify, messageTexts } from "../../src/classifier";
import { readForwardBlocks } from "../../src/roundtrip";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { installParser, workerParser } from "../../src/taskpane/reader/parse/messageParser";
import { ParseClient } from "../../src/taskpane/reader/parse/parseClient";
import type { ParseRequest, WorkerAnswer } from "../../src/taskpane/reader/parse/protocol";
import { createRequestHandler } from "../../src/taskpane/reader/parse/workerHandler";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

/** What the stand-in worker does with a job whose input contains this marker. */
const STALL = "X-Test-Stall: yes";
const CRASH = "X-Test-Crash: yes";

/** A Worker-shaped object around the real request handler; a test double, never part of the pane. */
class InProcessWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  terminated = false;
  private readonly handle = createRequestHandler({ classify, messageTexts, readForwardBlocks }, (answer) => this.send(answer));

  constructor() {
    setTimeout(() => this.send({ type: "ready" }), 0);
  }

  postMessage(request: ParseRequest): void {
    const text = typeof request.job.input === "string" ? request.job.input : new TextDecoder("latin1").decode(request.job.input as Uint8Array);
    if (text.includes(STALL)) return; // never answers: the watchdog has to end it
    if (text.includes(CRASH)) {
      setTimeout(() => this.onerror?.({ message: "Uncaught TypeError: boom", preventDefault: () => undefined }), 0);
      return;
    }
    setTimeout(() => void this.handle(request), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  private send(answer: WorkerAnswer): void {
    if (!this.terminated) this.onmessage?.({ data: answer });
  }
}

// The real classifier runs in these tests, on a shared machine.
jest.setTimeout(20_000);

let workers: InProcessWorker[] = [];
let client: ParseClient;

beforeEach(() => {
  workers = [];
  client = new ParseClient({
    createWorker: () => {
      const worker = new InProcessWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    timeLimitMs: () => 300,
  });
  client.warmUp();
  installParser(workerParser(client));
});

afterEach(() => {
  installParser(undefined);
  client.dispose();
});

const stalled = (eml: string) => eml.replace(/^/, `${STALL}\r\n`);
/** The notice's list of what was stopped (its title is also what the live region announces). */
async function notice() {
  const list = await screen.findByRole("list", { name: "Items that could not be read safely" }, { timeout: 5000 });
  expect(screen.getAllByText("This message could not be read safely").length).toBeGreaterThanOrEqual(1);
  return list;
}

describe("a message the parse worker could not read safely", () => {
  it("is reported with the reason; pasting another bounce then works, in a fresh worker", async () => {
    const host = fakeHost({ mode: "preview", read: async () => ({ status: "no-item", message: "Preview has no item." }) });
    const { user } = renderPane(host);
    const box = await screen.findByRole("textbox", { name: "Paste the bounce's text" });
    await user.click(box);
    await user.paste(stalled(SAMPLES[0].eml));
    await user.click(screen.getByRole("button", { name: "Explain" }));
    const list = await notice();
    expect(within(list).getByText("Pasted text: reading it took too long, so it was stopped.")).toBeInTheDocument();
    // Not "no bounce found": nothing was read to the end.
    expect(screen.queryByText("No bounce found")).not.toBeInTheDocument();
    expect(workers[0].terminated).toBe(true);
    expect(workers.length).toBe(2);

    await user.clear(screen.getByRole("textbox", { name: "Paste the bounce's text" }));
    await user.click(screen.getByRole("textbox", { name: "Paste the bounce's text" }));
    await user.paste(SAMPLES[0].eml);
    await user.click(screen.getByRole("button", { name: "Explain" }));
    expect(await screen.findByRole("heading", { level: 2, name: /can't receive email right now/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Items that could not be read safely" })).not.toBeInTheDocument();
  });

  it("in Outlook: a stalled message does not cost the bounce attached to it", async () => {
    const attachment = {
      id: "att-1",
      origin: "item-attachment" as const,
      label: "Attachment: Undeliverable.eml",
      input: SAMPLES[0].eml,
      path: "item-attachment" as const,
    };
    const host = fakeHost({ read: async () => messageOutcome(stalled("Subject: FW: bounce\r\n\r\nsee attached"), "FW: bounce", [attachment]) });
    renderPane(host);
    expect(await notice()).toBeInTheDocument();
    expect(screen.getByText("This message: reading it took too long, so it was stopped.")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { level: 2, name: /can't receive email right now/ }, { timeout: 5000 })).toBeInTheDocument();
  });

  it("a worker that crashes is named as such", async () => {
    const host = fakeHost({ read: async () => messageOutcome(`${CRASH}\r\n${SAMPLES[0].eml}`) });
    renderPane(host);
    expect(await notice()).toBeInTheDocument();
    expect(screen.getByText("This message: the message reader crashed on it.")).toBeInTheDocument();
    // The way forward is open: the input panel is shown.
    expect(await screen.findByRole("textbox", { name: "Paste the bounce's text" })).toBeInTheDocument();
  });

  it("a newer read replaces one the worker is stuck on, without waiting for the watchdog", async () => {
    let read = async () => messageOutcome(stalled(SAMPLES[0].eml), "Stuck message");
    const host = fakeHost({ read: () => read() });
    const longLimit = new ParseClient({
      createWorker: () => {
        const worker = new InProcessWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
      // Far longer than the test waits: only the replacement can free the worker.
      timeLimitMs: () => 60_000,
    });
    installParser(workerParser(longLimit));
    try {
      renderPane(host);
      await screen.findAllByText("Reading this message…");
      await new Promise((r) => setTimeout(r, 50));
      read = async () => messageOutcome(SAMPLES[0].eml, "Next message");
      host.changeItem();
      expect(await screen.findByRole("heading", { level: 2, name: /can't receive email right now/ }, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.getByText(/^Showing: Next message/)).toBeInTheDocument();
      expect(workers.filter((w) => w.terminated).length).toBeGreaterThanOrEqual(1);
    } finally {
      longLimit.dispose();
    }
  });
});
