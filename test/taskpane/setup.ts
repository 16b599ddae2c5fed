/**
 * jsdom gaps that Fluent UI v9 touches. Imported by each taskpane test (jest config is shared
 * with other parts of the project, so this is not a global setupFiles entry).
 */
import "@testing-library/jest-dom";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

// Browsers have these and the classifier uses them; jest-environment-jsdom doesn't expose them.
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}

// Fluent's motion and overflow hooks query these; jsdom implements neither
// (https://github.com/jsdom/jsdom/issues/3368, https://github.com/jsdom/jsdom/issues/3522).
if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver = ResizeObserverStub;
  }
  // Fluent's motion components call element.animate when present; jsdom has none, and the stub
  // below finishes at once so collapsed/expanded states settle in tests.
  if (!Element.prototype.animate) {
    Element.prototype.animate = function animate(): Animation {
      const animation = {
        finished: Promise.resolve(),
        cancel: () => undefined,
        finish: () => undefined,
        pause: () => undefined,
        play: () => undefined,
        reverse: () => undefined,
        persist: () => undefined,
        commitStyles: () => undefined,
        onfinish: null as ((this: Animation, ev: AnimationPlaybackEvent) => unknown) | null,
        playState: "finished",
        currentTime: 0,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      return animation as unknown as Animation;
    };
  }
}

// The pane's lazy views (src/taskpane/shell/lazyViews.ts) load before each file's tests, so tests
// about behaviour see them render at once; test/taskpane/lazyViews.test.tsx is about the loading.
if (typeof window !== "undefined") {
  beforeAll(async () => {
    if (/lazyViews\.test\.tsx$/.test(expect.getState().testPath ?? "")) return;
    const [{ preloadLazyViews }, { loadEngine }] = await Promise.all([
      import("../../src/taskpane/shell/lazyViews"),
      import("../../src/taskpane/reader/engine/loadEngine"),
    ]);
    await Promise.all([preloadLazyViews(), loadEngine()]);
  });
}
