/** @jest-environment jsdom */
import "./setup";
import { act, render, screen } from "@testing-library/react";
import { classify } from "../../src/classifier";
import { englishT } from "../../src/i18n/translate";
import type { ReadOutcome } from "../../src/outlook/types";
import { groupProblems } from "../../src/taskpane/diagnosis/groupProblems";
import { problemModel } from "../../src/taskpane/diagnosis/problemModel";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { FIRST_VIEW_WAIT_MS } from "../../src/taskpane/reader/firstRead";
import { Bootstrap } from "../../src/taskpane/shell/Bootstrap";
import { fakeHost, messageOutcome } from "./fakeHost";

// Bootstrap starts the first reading when Office is ready and shows it in the pane's first
// render when it is quick; a slow one is handed to the pane still running, never read twice.

const LOADING = "Reading this message…";
const sample = SAMPLES[0];

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const observers: MutationObserver[] = [];
afterEach(() => observers.splice(0).forEach((o) => o.disconnect()));

/** Whether `text` was ever in the document while the test ran (a render that came and went). */
function watchFor(text: string): () => boolean {
  let seen = false;
  const check = () => {
    seen ||= document.body.textContent?.includes(text) ?? false;
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  observers.push(observer);
  return () => {
    check();
    return seen;
  };
}

/** The sample's headline, worked out before anything renders (so no pane update lands outside act). */
let title = "";
beforeAll(async () => {
  const d = await classify(sample.eml);
  title = problemModel(groupProblems(d)[0], d, undefined, englishT).headline;
});

// Whole-pane renders on a shared 2-core machine.
jest.setTimeout(20_000);

describe("first reading", () => {
  it("a quick reading is in the pane's first render: one read, no loading state in between", async () => {
    // Answers in its own task, as Office does, well within the wait.
    const host = fakeHost({ read: () => new Promise((done) => setTimeout(() => done(messageOutcome(sample.eml)), 40)) });
    const loadingShown = watchFor(LOADING);
    render(<Bootstrap connect={async () => host} />);
    expect(await screen.findByRole("heading", { level: 2, name: title }, { timeout: 8000 })).toBeInTheDocument();
    expect(host.readCalls).toBe(1);
    expect(loadingShown()).toBe(false);
  });

  it("a slow reading: the pane shows its loading state, then takes the same reading over", async () => {
    const read = deferred<ReadOutcome>();
    const host = fakeHost({ read: () => read.promise });
    render(<Bootstrap connect={async () => host} />);
    expect((await screen.findAllByText(LOADING, {}, { timeout: FIRST_VIEW_WAIT_MS + 2000 })).length).toBeGreaterThan(0);
    await act(async () => read.resolve(messageOutcome(sample.eml)));
    expect(await screen.findByRole("heading", { level: 2, name: title }, { timeout: 8000 })).toBeInTheDocument();
    expect(host.readCalls).toBe(1);
  });

  it("a reading the host marks superseded (the item changed before the pane listened) is read again", async () => {
    const host = fakeHost({ read: async () => messageOutcome(sample.eml) });
    // The first call answers "superseded"; every later one reads the bounce.
    let calls = 0;
    const readCurrent = host.readCurrent.bind(host);
    host.readCurrent = () => (++calls === 1 ? Promise.resolve<ReadOutcome>({ status: "superseded", generation: 1 }) : readCurrent());
    render(<Bootstrap connect={async () => host} />);
    expect(await screen.findByRole("heading", { level: 2, name: title }, { timeout: 8000 })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it("a reading that fails is reported by the pane", async () => {
    const host = fakeHost({ read: () => Promise.reject(new Error("The host went away.")) });
    render(<Bootstrap connect={async () => host} />);
    expect(await screen.findByText("The host went away.", {}, { timeout: 8000 })).toBeInTheDocument();
    expect(host.readCalls).toBe(1);
  });

  it("runs `prepare` once, while Office is still starting", async () => {
    const prepare = jest.fn();
    const connecting = deferred<never>();
    render(<Bootstrap connect={() => connecting.promise} prepare={prepare} />);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("a throwing `prepare` doesn't stop the pane", async () => {
    const host = fakeHost({ read: async () => messageOutcome(sample.eml) });
    render(
      <Bootstrap
        connect={async () => host}
        prepare={() => {
          throw new Error("no Intl here");
        }}
      />,
    );
    expect(await screen.findByRole("heading", { level: 2, name: title }, { timeout: 8000 })).toBeInTheDocument();
  });
});
