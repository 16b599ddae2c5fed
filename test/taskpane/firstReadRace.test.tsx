/** @jest-environment jsdom */
/**
 * The first reading settling between the pane's first render and its effect (with the parse
 * worker, the answer is a message event that can land anywhere): the pane must still show it,
 * not stay on "Reading this message…" (found by the browser timing benchmark: 1 load in 40).
 */
import "./setup";
import { screen } from "@testing-library/react";
import { classify } from "../../src/classifier";
import { SAMPLES } from "../../src/taskpane/input/samples";
import type { FirstRead } from "../../src/taskpane/reader/firstRead";
import type { Reading } from "../../src/taskpane/reader/reading";
import { fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

it("a first reading that settles after the first render but before the effect is shown", async () => {
  const diagnosis = await classify(SAMPLES[0].eml);
  const host = fakeHost({ read: () => new Promise(() => undefined) });
  const reading: Reading = {
    status: "success",
    selected: 0,
    results: [{ id: "message", diagnosis, source: { label: "This message", origin: "message", path: "mime", fromOutlook: true, failures: [] } }],
  };
  let looks = 0;
  const first = {
    host,
    reading: Promise.resolve(reading),
    abort: () => undefined,
  } as FirstRead;
  // Not settled when the first render asks, settled by the time anything asks again.
  Object.defineProperty(first, "settled", { get: () => (looks++ === 0 ? undefined : reading) });
  renderPane(host, { firstRead: first });
  // The first sample is the seed case, 550 5.4.1 Relay Access Denied: the headline names the domain.
  expect(await screen.findByRole("heading", { level: 2, name: /can't receive email right now/ }, { timeout: 8000 })).toBeInTheDocument();
  // Taken from the first reading, not read again.
  expect(host.readCalls).toBe(0);
});
