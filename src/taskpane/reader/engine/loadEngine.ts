/**
 * Loads the guidance chunk (./engine.ts) once. index.tsx starts it at boot, in parallel with
 * Office.onReady, and every reading waits for it too, so code that runs synchronously after a
 * reading (the admin model, the checklist) finds it there.
 */
export type Engine = typeof import("./engine");

let request: Promise<Engine> | undefined;
let ready: Engine | undefined;

export function loadEngine(): Promise<Engine> {
  if (!request) {
    const started = import(/* webpackChunkName: "guidance" */ "./engine").then((engine) => {
      ready = engine;
      return engine;
    });
    // A failed chunk load (network) mustn't stick: the next call tries again.
    started.catch(() => {
      if (request === started) request = undefined;
    });
    request = started;
  }
  return request;
}

/**
 * The engine if it has loaded, for code that runs synchronously after a reading (the admin model,
 * the checklist): every reading goes through loadEngine() first, so then it is there.
 */
export function readyEngine(): Engine | undefined {
  return ready;
}
