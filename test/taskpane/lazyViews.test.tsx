/** @jest-environment jsdom */
// This file is about the loading itself: ./setup.ts leaves the views lazy here.
import "./setup";
import { screen } from "@testing-library/react";
import { fakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";

test("a view that isn't on the first screen shows a labelled spinner while its chunk loads, then itself", async () => {
  renderPane(fakeHost({ mode: "preview", read: async () => ({ status: "no-item", message: "nothing open" }) }));
  // The input panel (its own chunk) is wanted at once in preview mode: first the spinner, then the panel.
  expect(await screen.findByRole("progressbar", { name: "Loading…" })).toBeInTheDocument();
  expect(await screen.findByRole("textbox", { name: "Paste the bounce's text" })).toBeInTheDocument();
  // The samples are a chunk of their own, inside the input panel's.
  expect(await screen.findByRole("list", { name: "Sample bounces" })).toBeInTheDocument();
  expect(screen.queryByRole("progressbar", { name: "Loading…" })).not.toBeInTheDocument();
});
