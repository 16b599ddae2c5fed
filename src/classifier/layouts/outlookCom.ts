/**
 * Outlook.com / Hotmail (consumer mail): "This is an automatically generated Delivery Status
 * Notification.", "Delivery to the following recipients failed." with the addresses indented, and
 * a delivery-status part holding the reply.
 */
import type { LayoutModule } from "./engine/types";

export const outlookCom: LayoutModule = {
  id: "outlook-com",
  family: "other-mta",
  markers: [],
  senders: ["hotmail", "outlook.com", "msn.com", "live.com"],
  // Outlook.com's wording with Outlook.com's sender: the same words come from other gateways too.
  detect: (text) =>
    text.includes("Delivery to the following recipients failed.") && text.includes("automatically generated Delivery Status Notification")
      ? "Delivery to the following recipients failed."
      : undefined,
  rules: [],
};
