import type { HostInfo } from "../../outlook/types";

/**
 * HostInfo has no theme yet; a host may add `theme: "dark" | "light"` (requested from the Office
 * layer). Read it structurally so the pane picks it up as soon as it exists.
 */
export function hostPrefersDark(info: HostInfo): boolean {
  const extra: { theme?: unknown } = info as HostInfo & { theme?: unknown };
  return extra.theme === "dark";
}
