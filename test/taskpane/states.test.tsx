/** @jest-environment jsdom */
import "./setup";
import { act, render, screen, within } from "@testing-library/react";
import type { ReadOutcome } from "../../src/outlook/types";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { Bootstrap } from "../../src/taskpane/shell/Bootstrap";
import { fakeHost, messageOutcome } from "./fakeHost";
import { plainMeetingNote } from "./fixtures/plainMeetingNote";
import { renderPane } from "./renderPane";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("task pane states", () => {
  it("shows a spinner while the message is being read", async () => {
    const pending = deferred<ReadOutcome>();
    renderPane(fakeHost({ read: () => pending.promise }));
    expect(screen.getAllByText("Reading this message…").length).toBeGreaterThan(0);
    await act(async () => pending.resolve({ status: "no-item", message: "x" }));
    expect(screen.getByText("No message to read")).toBeInTheDocument();
  });

  it("explains that Outlook won't give add-ins a bounce report, and how to get it in", async () => {
    renderPane(fakeHost({ read: async () => ({ status: "no-item", message: "No item" }) }));
    expect(await screen.findByText("No message to read")).toBeInTheDocument();
    expect(screen.getByText(/Outlook doesn't let add-ins open bounce reports/)).toBeInTheDocument();
    const hints = screen.getByRole("list", { name: "Ways to get the bounce in" });
    expect(within(hints).getByText(/Forward the bounce to yourself/)).toBeInTheDocument();
    expect(within(hints).getByText(/drag the bounce from the message list onto this pane/)).toBeInTheDocument();
    expect(within(hints).getByText(/paste it in the box below/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Paste the bounce's text" })).toBeInTheDocument();
  });

  it("says no bounce was found, what was looked at, and how to get one in", async () => {
    renderPane(fakeHost({ read: async () => messageOutcome(plainMeetingNote, "Lunch on Friday?") }));
    expect(await screen.findByText("No bounce found")).toBeInTheDocument();
    expect(screen.getByText(/"Lunch on Friday\?" doesn't look like a bounce/)).toBeInTheDocument();
    const looked = screen.getByRole("list", { name: "What we looked at" });
    expect(within(looked).getByText(/This message: an ordinary message/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Ways to get the bounce in" })).toBeInTheDocument();
  });

  it("lists the Office failures and what to try", async () => {
    const read = async (): Promise<ReadOutcome> => ({
      status: "error",
      message: "Outlook refused to read this message.",
      failures: [
        { step: "getAsFileAsync", code: 9020, message: "Generic Error" },
        { step: "body.getAsync", code: "GenericResponseError", message: "Request failed" },
      ],
    });
    renderPane(fakeHost({ read }));
    expect(await screen.findByText("Outlook couldn't give us this message")).toBeInTheDocument();
    const failed = screen.getByRole("list", { name: "What failed" });
    expect(within(failed).getByText(/getAsFileAsync \(9020\): Generic Error/)).toBeInTheDocument();
    expect(within(failed).getByText(/body.getAsync \(GenericResponseError\): Request failed/)).toBeInTheDocument();
    expect(screen.getByText(/close and reopen the message/)).toBeInTheDocument();
    expect(screen.getByText(/paste it below/)).toBeInTheDocument();
  });

  it("turns a rejected read into the error state instead of spinning", async () => {
    renderPane(fakeHost({ read: () => Promise.reject(new Error("Office exploded")) }));
    expect(await screen.findByText("Office exploded")).toBeInTheDocument();
  });

  it("drops a slow answer about the previous item after ItemChanged", async () => {
    const slow = deferred<ReadOutcome>();
    const host = fakeHost({ read: () => slow.promise });
    renderPane(host);
    host.setRead(async () => ({ status: "no-item", message: "pinned on a report" }));
    await act(async () => host.changeItem());
    expect(await screen.findByText("No message to read")).toBeInTheDocument();
    // The first (now stale) read finishes late with a bounce: it must not replace the current state.
    await act(async () => slow.resolve(messageOutcome(SAMPLES[0].eml)));
    expect(screen.getByText("No message to read")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 2, name: /domain/i })).not.toBeInTheDocument();
    expect(host.readCalls).toBe(2);
  });

  it("shows a visible message when the host can't be connected", async () => {
    render(<Bootstrap connect={() => Promise.reject(new Error("office.js failed to load."))} />);
    expect(await screen.findByText("NDR Assistant couldn't start")).toBeInTheDocument();
    expect(screen.getByText(/office.js failed to load. Close the pane and open it again/)).toBeInTheDocument();
  });

  it("says so when connecting is slow", async () => {
    jest.useFakeTimers();
    try {
      render(<Bootstrap connect={() => new Promise(() => undefined)} />);
      expect(screen.getByText("Starting NDR Assistant…")).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTime(6_000));
      expect(screen.getByText(/taking longer than usual/)).toBeInTheDocument();
      await act(async () => jest.advanceTimersByTime(20_000));
      expect(screen.getByText("NDR Assistant couldn't start")).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});
