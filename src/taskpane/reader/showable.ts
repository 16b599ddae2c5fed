import type { Diagnosis } from "../../classifier/types";

/** A bounce (or delay notice) the pane explains; the worker's block scan and the reader ask the same. */
export function isShowable(d: Diagnosis): boolean {
  return d.isBounce || d.kind === "delay";
}
