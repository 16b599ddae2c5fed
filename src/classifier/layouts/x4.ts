/**
 * A qmail-based ISP gateway (Sisimai's "X4"): "Your mail message to the following address(es)
 * could not be delivered. This is a permanent error.", then "<addr>:" with the reason under it
 * (often "child status 100...").
 */
import type { LayoutModule } from "./engine/types";

export const x4: LayoutModule = {
  id: "x4",
  family: "qmail",
  markers: ["Your mail message to the following address(es) could not be delivered."],
  subjects: ["failure notice"],
  rules: [],
};
