/**
 * Fallback rows chosen by RFC 3463 class (2 success, 4 temporary, 5 permanent) and subject
 * (X.0 other … X.7 security), plus well-known detail codes and the "no code at all" row.
 * Code patterns use "x" for "any"; the matcher prefers the most specific pattern.
 */
import type { Actor, Reason } from "../types";
import type { TableRow } from "./row";
import { ADMIN_MESSAGE_TRACE, ADMIN_NDR_DIAGNOSTIC, USER_CHECK_ADDRESS, USER_FORWARD_TO_ADMIN, USER_RETRY_LATER, USER_TELL_RECIPIENT } from "./common-steps";
import { RFC3463_URL } from "./links";

interface SubjectText {
  subject: number;
  name: string;
  title: string;
  /** Title for the 4.x (temporary) form. */
  tempTitle: string;
  cause: string;
  who: Actor[];
  userStep: string;
  adminStep: string;
  reason: Reason;
}

const SUBJECTS: SubjectText[] = [
  {
    subject: 0, tempTitle: "Delivery is delayed", name: "other", title: "The message couldn't be delivered",
    cause: "The receiving side refused the message without saying exactly why (RFC 3463 \"other or undefined status\"). The server's reply text below is the best clue.",
    who: ["sender", "sender-admin"], userStep: "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.",
    adminStep: "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.", reason: "onhold",
  },
  {
    subject: 1, tempTitle: "Delivery is delayed by an address problem", name: "addressing", title: "There is a problem with an address",
    cause: "The recipient's (or sender's) address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail (RFC 3463 addressing status).",
    who: ["sender"], userStep: USER_CHECK_ADDRESS,
    adminStep: "Check the address against the recipient domain's directory (or ask its admin) and look for forwarding rules that rewrite it.", reason: "userunknown",
  },
  {
    subject: 2, tempTitle: "Delivery is delayed: the recipient's mailbox can't take it yet", name: "mailbox", title: "There is a problem with the recipient's mailbox",
    cause: "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or unable to accept messages of this size (RFC 3463 mailbox status).",
    who: ["recipient-admin"], userStep: USER_TELL_RECIPIENT,
    adminStep: "Recipient side: check the mailbox's quota, state (disabled, on hold) and receive size limit.", reason: "mailboxfull",
  },
  {
    subject: 3, tempTitle: "Delivery is delayed by a problem on the receiving mail system", name: "mail system", title: "The receiving mail system had a problem",
    cause: "The receiving mail system couldn't handle the message: it may be out of space, misconfigured, or unable to accept this kind or size of message (RFC 3463 mail system status).",
    who: ["recipient-admin"], userStep: USER_TELL_RECIPIENT,
    adminStep: "Recipient side: check the mail server's health, disk space, size limits and configuration for the reply shown.", reason: "systemerror",
  },
  {
    subject: 4, tempTitle: "Delivery is delayed: the recipient's server can't be reached yet", name: "network and routing", title: "The message couldn't be routed to the recipient's server",
    cause: "The sending server couldn't reach or route to the recipient's mail server: DNS (MX) lookups failed, the connection timed out, or a routing loop was detected (RFC 3463 network and routing status).",
    who: ["recipient-admin", "sender-admin"], userStep: "Check the recipient's domain name for typing mistakes. If it's right, tell the recipient by another channel that their mail server can't be reached.",
    adminStep: "Check the recipient domain's MX records and that its servers answer on port 25; check your own outbound connectors, DNS and firewall.", reason: "networkerror",
  },
  {
    subject: 5, tempTitle: "Delivery is delayed by a protocol problem between the servers", name: "protocol", title: "The mail servers couldn't agree on how to deliver the message",
    cause: "Something went wrong in the SMTP conversation between the servers: an invalid command, too many recipients, or a syntax error (RFC 3463 mail delivery protocol status).",
    who: ["sender-admin"], userStep: "If you sent to many people at once, try sending to fewer recipients per message.",
    adminStep: "Check the sending server or application for SMTP protocol errors (HELO/EHLO name, recipient count, command syntax) against the reply shown.", reason: "syntaxerror",
  },
  {
    subject: 6, tempTitle: "Delivery is delayed: the receiving server can't take the content yet", name: "content", title: "The receiving server didn't accept the message's content",
    cause: "The message's content or format was refused: for example an unsupported encoding, bare line feeds, or a conversion the server couldn't do (RFC 3463 message content or media status).",
    who: ["sender", "sender-admin"], userStep: "Try sending the message again as plain HTML without unusual attachments, or from another mail program.",
    adminStep: "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.", reason: "contenterror",
  },
  {
    subject: 7, tempTitle: "Delivery is delayed by a security or policy check", name: "security or policy", title: "The message was refused by a security or policy rule",
    cause: "A security or policy check refused the message: the sender isn't allowed to send to this recipient, authentication (SPF, DKIM, DMARC) failed, or the sending server is blocked (RFC 3463 security or policy status).",
    who: ["sender-admin", "recipient-admin"], userStep: "Forward this bounce message to your email admin; if the recipient expects your mail, tell them too so their admin can allow it.",
    adminStep: "Read the reply for the rule that fired (blocklist, SPF/DKIM/DMARC, permissions, content filter) and fix it on the side that owns it.", reason: "securityerror",
  },
];

function classRows(cls: 4 | 5): TableRow[] {
  return SUBJECTS.map((s) => ({
    id: `generic-${cls}.${s.subject}`,
    codes: [`${cls}.${s.subject}.x`],
    title: cls === 4 ? s.tempTitle : s.title,
    cause: s.cause,
    whoMustAct: s.who,
    userSteps: cls === 4 ? [USER_RETRY_LATER, s.userStep] : [s.userStep, USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: s.adminStep }, ADMIN_MESSAGE_TRACE, ADMIN_NDR_DIAGNOSTIC],
    docsUrl: RFC3463_URL,
    reason: cls === 4 && s.subject === 0 ? "expired" : s.reason,
    generic: true,
  }));
}

/** Detail codes whose RFC 3463 meaning is worth stating when no specific row matches. */
const DETAILS: TableRow[] = [
  {
    id: "generic-x.1.2", codes: ["5.1.2", "4.1.2"], generic: true, docsUrl: RFC3463_URL, reason: "hostunknown",
    title: "The recipient's domain doesn't exist or doesn't receive mail",
    cause: "The part of the address after the @ doesn't lead to a mail system (RFC 3463 X.1.2 \"bad destination system address\").",
    whoMustAct: ["sender"], userSteps: ["Check the part of the address after the @ for typing mistakes.", USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Check that the recipient domain exists and publishes MX records.", command: "Resolve-DnsName -Type MX <domain>" }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.1.3", codes: ["5.1.3", "4.1.3"], generic: true, docsUrl: RFC3463_URL, reason: "syntaxerror",
    title: "The address isn't written correctly",
    cause: "The address has a syntax error (RFC 3463 X.1.3 \"bad destination mailbox address syntax\").",
    whoMustAct: ["sender"], userSteps: ["Check the address for spaces, missing @ or stray characters and type it again.", USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Check the address as it left your system (message trace) for rewriting by rules or connectors." }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.1.6", codes: ["5.1.6", "4.1.6"], generic: true, docsUrl: RFC3463_URL, reason: "hasmoved",
    title: "The recipient has moved",
    cause: "The mailbox has moved and no forwarding address is known (RFC 3463 X.1.6 \"destination mailbox has moved\").",
    whoMustAct: ["sender"], userSteps: ["Ask the recipient for their new address.", USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "If the recipient is in your organization, check its addresses and forwarding." }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.2.1", codes: ["5.2.1", "4.2.1"], generic: true, docsUrl: RFC3463_URL, reason: "suspend",
    title: "The recipient's mailbox isn't accepting messages",
    cause: "The mailbox exists but is disabled or not accepting messages (RFC 3463 X.2.1 \"mailbox disabled, not accepting messages\").",
    whoMustAct: ["recipient-admin"], userSteps: [USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Recipient side: check whether the mailbox is disabled, suspended or on hold." }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.2.2", codes: ["5.2.2", "4.2.2"], generic: true, docsUrl: RFC3463_URL, reason: "mailboxfull",
    title: "The recipient's mailbox is full",
    cause: "The recipient's mailbox is over its storage limit (RFC 3463 X.2.2 \"mailbox full\").",
    whoMustAct: ["recipient-admin"], userSteps: [USER_TELL_RECIPIENT, "Try again later, after they have made room."],
    adminSteps: [{ text: "Recipient side: free space in the mailbox or raise its quota." }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.3.4", codes: ["5.3.4", "4.3.4", "5.2.3", "4.2.3"], generic: true, docsUrl: RFC3463_URL, reason: "mesgtoobig",
    title: "The message is too large",
    cause: "The message is bigger than the receiving system accepts (RFC 3463 X.3.4 \"message too big for system\", X.2.3 \"message length exceeds administrative limit\").",
    whoMustAct: ["sender"], userSteps: ["Send the message again without the large attachments: share a link to the file instead, or split it over several messages."],
    adminSteps: [{ text: "Compare the message size with the size limits on both sides (organization, connectors, mailbox).", command: "Get-TransportConfig | Format-List MaxSendSize,MaxReceiveSize" }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.4.4", codes: ["5.4.4", "4.4.4"], generic: true, docsUrl: RFC3463_URL, reason: "hostunknown",
    title: "No route to the recipient's domain was found",
    cause: "The sending server found no way to reach the recipient's domain, usually because DNS has no mail (MX) record for it (RFC 3463 X.4.4 \"unable to route\").",
    whoMustAct: ["sender", "recipient-admin"], userSteps: ["Check the part of the address after the @ for typing mistakes.", USER_TELL_RECIPIENT],
    adminSteps: [{ text: "Check the recipient domain's MX records.", command: "Resolve-DnsName -Type MX <domain>" }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-5.4.1-routing", codes: ["5.4.1"], generic: true, docsUrl: RFC3463_URL, reason: "onhold", match: { host: "not-microsoft" },
    title: "The recipient's mail system couldn't be reached or refused the message",
    cause: "The server answered with 5.4.1, which RFC 3463 defines as \"no answer from host\" (a routing or connection problem); many mail systems also use it when the recipient's domain refuses the message. The server isn't Microsoft's, so Microsoft's meanings of 5.4.1 (Relay Access Denied, an address that doesn't exist) don't apply: the server's reply below is the best clue.",
    whoMustAct: ["recipient-admin", "sender-admin"], userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      { text: "Check that the recipient domain's MX records name the servers that should receive its mail, and that those servers accept mail for the domain.", command: "Resolve-DnsName -Type MX <domain>" },
      { text: "Check that those MX hosts answer on port 25 from the internet.", command: "Test-NetConnection <mx-host> -Port 25" },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  {
    id: "generic-x.4.7", codes: ["5.4.7", "4.4.7", "4.4.1", "4.4.2", "5.4.2"], generic: true, docsUrl: RFC3463_URL, reason: "expired",
    title: "The recipient's server didn't answer in time",
    cause: "The sending server couldn't get an answer from the recipient's server and gave up (RFC 3463 X.4.1 \"no answer from host\", X.4.2 \"bad connection\", X.4.7 \"delivery time expired\").",
    whoMustAct: ["recipient-admin"], userSteps: [USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Check that the recipient domain's MX hosts answer on port 25 from the internet.", command: "Test-NetConnection <mx-host> -Port 25" }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.5.3", codes: ["5.5.3", "4.5.3"], generic: true, docsUrl: RFC3463_URL, reason: "exceedlimit",
    title: "The message had too many recipients",
    cause: "The server accepts fewer recipients per message (RFC 3463 X.5.3 \"too many recipients\").",
    whoMustAct: ["sender"], userSteps: ["Send the message to fewer recipients at a time, or use a distribution group."],
    adminSteps: [{ text: "Check recipient limits on the sending application or server and split large sends." }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.7.1", codes: ["5.7.1", "4.7.1"], generic: true, docsUrl: RFC3463_URL, reason: "securityerror",
    title: "You aren't allowed to send to this recipient",
    cause: "The receiving side's policy doesn't allow this sender to send to this recipient (RFC 3463 X.7.1 \"delivery not authorized, message refused\").",
    whoMustAct: ["recipient-admin", "sender-admin"], userSteps: [USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it." }, ADMIN_MESSAGE_TRACE],
  },
];

/** RFC 7505: 5.1.10 elsewhere means "null MX", while Exchange Online uses it for "recipient not found". */
const NULL_MX: TableRow = {
  id: "rfc7505-null-mx", codes: ["5.1.10", "5.7.27"], docsUrl: "https://datatracker.ietf.org/doc/html/rfc7505", reason: "notaccept",
  ndrTexts: ["host/domain does not accept mail", "Domain does not accept mail"],
  title: "The recipient's domain doesn't accept email",
  cause: "The recipient's domain publishes a \"null MX\" record, which says it never receives email (RFC 7505).",
  whoMustAct: ["sender"], userSteps: ["Check the part of the address after the @; if it's right, contact the recipient another way: their domain receives no email."],
  adminSteps: [{ text: "Confirm the domain's MX record is the null MX (\".\" with preference 0).", command: "Resolve-DnsName -Type MX <domain>" }],
  match: { host: "not-microsoft", phrases: ["null MX"] },
};

export const GENERIC_ROWS: TableRow[] = [
  NULL_MX,
  ...classRows(5),
  ...classRows(4),
  {
    id: "generic-2", codes: ["2.x.x"], generic: true, docsUrl: RFC3463_URL, reason: "delivered",
    title: "The message was delivered",
    cause: "This status reports success (RFC 3463 class 2): the message was delivered or relayed on.",
    whoMustAct: ["sender"], userSteps: ["Nothing to do: this is a delivery report, not a failure."],
    adminSteps: [{ text: "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived." }, ADMIN_MESSAGE_TRACE],
  },
  ...DETAILS,
  {
    id: "generic-no-code", codes: [], generic: true, docsUrl: RFC3463_URL, reason: "undefined",
    title: "The message couldn't be delivered (no error code given)",
    cause: "The bounce doesn't include a standard status code, so the exact reason isn't known. The server's reply text, if any, is the best clue.",
    whoMustAct: ["sender", "sender-admin"], userSteps: [USER_CHECK_ADDRESS, USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Find the server that refused the message and its reply in the full bounce or the message trace." }, ADMIN_MESSAGE_TRACE, ADMIN_NDR_DIAGNOSTIC],
  },
];
