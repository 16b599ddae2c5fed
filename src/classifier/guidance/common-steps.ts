/**
 * Sentences and steps that many rows share, kept as data so a translation covers them once.
 * Conditions are clauses the pane shows as "For your admin (only if …)": lower-case, no full stop.
 */
import type { AdminStep } from "../types";
import { ADMIN_NDR_DIAGNOSTICS, EAC_MESSAGE_TRACE, M365_SERVICE_HEALTH, RCA } from "./links";

export const USER_FORWARD_TO_ADMIN = "If the problem continues, forward this bounce message to your email admin (the button below prepares it).";
export const USER_ONLY_ADMIN_CAN_FIX =
  "There is nothing you can change in your mail program: only your email admin can fix this. Forward this bounce message to them.";
export const USER_TELL_RECIPIENT =
  "Tell the recipient by another channel (phone, chat, another address) that their mail system refused your message, and give them this bounce message.";
export const USER_CHECK_ADDRESS = "Check the recipient's address for typing mistakes and send the message again.";
export const USER_RETRY_LATER =
  "This is usually temporary: the server keeps retrying for a while. If you get a final failure notice later, send the message again.";
export const USER_REMOVE_AUTOCOMPLETE =
  "Remove the recipient's suggestion from Outlook's Auto-Complete list and type the full address again (a cached entry can be out of date).";
export const USER_POSSIBLE_COMPROMISE =
  "If you didn't send many messages, your account may be compromised: change your password now, check your Sent Items and inbox rules for anything you didn't create, and tell your admin.";
export const USER_ASK_FOR_ADDRESS = "Ask the recipient by another channel for their correct address.";
export const USER_SEND_SMALLER = "Send the message again without the large attachment: share a link to the file instead, or split it over several messages.";

/** Headlines and messages for the other organisation that several rows share. */
export const HEADLINE_NO_MAILBOX = "There's no mailbox for {recipient} — check the address and send again";
export const DESTINATION_SECURITY_HEADLINE = "The mail server at {domain} failed a security check — only their admin can fix it";
export const DESTINATION_SECURITY_HEADLINE_DELAYED = "The mail server at {domain} failed a security check — only their admin can fix it";
export const DESTINATION_SECURITY_TELL =
  "Send them this bounce (its code, server reply and time): their email admin must fix their mail server's certificate or security records.";
export const SENDER_IDENTITY_HEADLINE = "The recipient couldn't verify your message came from your organization — your email admin must fix this";
export const RELAY_TELL = "Send them this bounce (its code, server reply and time): their email admin should check where their MX record points.";
export const SENDING_LIMIT_HEADLINE = "You've hit a sending limit — wait, and tell your admin if you didn't send that much";
export const MAILBOX_FULL_HEADLINE = "The mailbox of {recipient} is full — they must make room before your message can arrive";
/** Microsoft's block lists name the sending server, not the person: the same words for every form. */
export const SERVER_BLOCKED_HEADLINE = "Microsoft has blocked the server your mail came from — your email admin or provider must get it removed";
export const RECIPIENT_SERVER_DOWN_TELL =
  "Send them this bounce (its code, server reply and time): their email admin should check that their mail server accepts mail.";
export const ADDRESS_WRONG_HEADLINE = "The address isn't written correctly — check it and send the message again";
export const SERVER_NO_ANSWER_HEADLINE = "The mail server at {domain} didn't answer — the problem is usually on their side";
export const TOO_LARGE_HEADLINE = "Your message is too large for a mail server on the way — send it without the large attachment";

/** Set-ups in which a sender-side step applies. */
export const IF_SENDER_USES_M365 = "your organization's email runs on Microsoft 365";
export const IF_HYBRID = "your organization runs a hybrid Exchange set-up, on-premises and in Exchange Online";
export const IF_ONPREM_THROUGH_EOP = "your organization sends from on-premises Exchange through Exchange Online Protection";
export const IF_OWN_EXCHANGE = "your organization's mail goes out through its own Exchange server";
export const IF_OWN_OUTGOING_SERVER = "the server that refused the message is your organization's own outgoing mail server";
export const IF_DEVICE_SENT = "a device or application sent the message through your organization's mail server";

export const ADMIN_MESSAGE_TRACE: AdminStep = {
  text: "Run a message trace for this message to see every hop and the exact reply from the server that refused it.",
  where: EAC_MESSAGE_TRACE,
  commands: [
    {
      shell: "exchange-online-powershell",
      text: "Get-MessageTraceV2 -SenderAddress <sender> -RecipientAddress <recipient> -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)",
    },
  ],
  audience: "sender-org",
  condition: IF_SENDER_USES_M365,
};
export const ADMIN_SERVICE_HEALTH: AdminStep = {
  text: "Check Service health for an ongoing Exchange Online incident or advisory.",
  where: M365_SERVICE_HEALTH,
};
export const ADMIN_NDR_DIAGNOSTIC: AdminStep = {
  text: "Run Microsoft's NDR diagnostic with the status code or error text of this bounce.",
  where: ADMIN_NDR_DIAGNOSTICS,
  audience: "sender-org",
  condition: IF_SENDER_USES_M365,
};
export const ADMIN_OUTBOUND_TEST: AdminStep = {
  text: "Run the Outbound SMTP Email test to see how receiving servers see your outgoing mail.",
  where: RCA,
  audience: "sender-org",
};
/** The recipient side's check that its MX hosts answer (shared by the "no answer" rows). */
export const RECIPIENT_MX_ANSWERS: AdminStep = {
  text: "Check that the recipient domain's MX hosts answer on port 25 from the internet.",
  commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>\nTest-NetConnection -ComputerName <mx-host> -Port 25" }],
  audience: "recipient-org",
};
