/**
 * qmail: "Hi. This is the qmail-send program at …", "I'm afraid I wasn't able to deliver your
 * message to the following addresses.", then "<addr>:" with the reason on the lines under it
 * (read by the common recipient-line rule).
 */
import type { LayoutModule } from "./engine/types";

export const qmail: LayoutModule = {
  id: "qmail",
  family: "qmail",
  markers: ["This is the qmail-send program", "I'm afraid I wasn't able to deliver your message", "qmail-send"],
  subjects: ["failure notice"],
  rules: [],
};
