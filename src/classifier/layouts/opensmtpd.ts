/**
 * OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.", "An error has
 * occurred while attempting to deliver a message for the following list of recipients:", then
 * "addr: reason" lines (the common rule reads them), then "Below is a copy of the original message:".
 */
import type { LayoutModule } from "./engine/types";

export const opensmtpd: LayoutModule = {
  id: "opensmtpd",
  family: "other-mta",
  markers: [
    "This is the MAILER-DAEMON, please DO NOT REPLY",
    "An error has occurred while attempting to deliver a message for the following list of recipients",
  ],
  subjects: ["delivery status notification"],
  rules: [],
};
