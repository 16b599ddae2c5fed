/** Steps that many rows share, kept as data so a translation covers them once. */
import type { AdminStep } from "../types";
import { ADMIN_NDR_DIAGNOSTICS, EAC_MESSAGE_TRACE, M365_SERVICE_HEALTH, RCA } from "./links";

export const USER_FORWARD_TO_ADMIN = "If the problem continues, forward this bounce message to your email admin (the button below prepares it).";
export const USER_ONLY_ADMIN_CAN_FIX = "There is nothing you can change in your mail program: only your email admin can fix this. Forward this bounce message to them.";
export const USER_TELL_RECIPIENT = "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.";
export const USER_CHECK_ADDRESS = "Check the recipient's address for typing mistakes and send the message again.";
export const USER_RETRY_LATER = "This is usually temporary: the server keeps retrying for a while. If you get a final failure notice later, send the message again.";
export const USER_REMOVE_AUTOCOMPLETE = "Remove the recipient's suggestion from Outlook's Auto-Complete list and type the full address again (a cached entry can be out of date).";
export const USER_POSSIBLE_COMPROMISE = "If you didn't send many messages, your account may be compromised: change your password now, check your Sent Items and inbox rules for anything you didn't create, and tell your admin.";

export const ADMIN_MESSAGE_TRACE: AdminStep = {
  text: "Run a message trace for this message to see every hop and the exact reply from the server that refused it.",
  where: EAC_MESSAGE_TRACE,
  commands: [{ shell: "exchange-online-powershell", text: "Get-MessageTraceV2 -SenderAddress <sender> -RecipientAddress <recipient> -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)" }],
};
export const ADMIN_SERVICE_HEALTH: AdminStep = {
  text: "Check Service health for an ongoing Exchange Online incident or advisory.",
  where: M365_SERVICE_HEALTH,
};
export const ADMIN_NDR_DIAGNOSTIC: AdminStep = {
  text: "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.",
  where: ADMIN_NDR_DIAGNOSTICS,
};
export const ADMIN_OUTBOUND_TEST: AdminStep = {
  text: "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail (IP, SPF, reverse DNS, blocklists).",
  where: RCA,
};
