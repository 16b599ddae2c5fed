/**
 * Fallback rows chosen by RFC 3463 class (2 success, 4 temporary, 5 permanent) and subject
 * (X.0 other … X.7 security), plus well-known detail codes and the "no code at all" row.
 * Code patterns use "x" for "any"; the matcher prefers the most specific pattern.
 *
 * These rows answer for every mail service, Microsoft's or not (provider.ts sends a bare code
 * from another provider's server here), so their words fit any of them: no Exchange terms for the
 * recipient's side, "the recipient" or "their email provider" rather than an admin where a
 * consumer mailbox is likely, Microsoft tools only as conditional steps for the sender's own admin.
 */
import type { Actor, AdminStep, Reason, StepAudience } from "../types";
import {
  ADDRESS_WRONG_HEADLINE,
  ADMIN_MESSAGE_TRACE,
  ADMIN_NDR_DIAGNOSTIC,
  ADMIN_OUTBOUND_TEST,
  HEADLINE_NO_MAILBOX,
  MAILBOX_FULL_HEADLINE,
  RECIPIENT_MX_ANSWERS,
  RECIPIENT_SERVER_DOWN_TELL,
  SENDER_IDENTITY_HEADLINE,
  SERVER_NO_ANSWER_HEADLINE,
  TOO_LARGE_HEADLINE,
  USER_ASK_FOR_ADDRESS,
  USER_CHECK_ADDRESS,
  USER_FORWARD_TO_ADMIN,
  USER_ONLY_ADMIN_CAN_FIX,
  USER_RETRY_LATER,
  USER_SEND_SMALLER,
  USER_TELL_RECIPIENT,
} from "./common-steps";
import { RFC3463_URL } from "./links";
import type { TableRow } from "./row";

/** What to send the other side when only its mail system can explain or fix the refusal. */
const GENERIC_TELL = "Send them this bounce: their email provider or admin can see from it why their system refused your message.";
const MX_LOOKUP = [{ shell: "dns-lookup" as const, text: "nslookup -type=MX <domain>" }];

interface SubjectText {
  subject: number;
  name: string;
  title: string;
  headline: string;
  /** Title and headline for the 4.x (temporary) form. */
  tempTitle: string;
  tempHeadline: string;
  cause: string;
  tellRecipient?: string;
  who: Actor[];
  userStep: string;
  adminStep: string;
  adminAudience?: StepAudience;
  reason: Reason;
}

const SUBJECTS: SubjectText[] = [
  {
    subject: 0,
    name: "other",
    title: "The message couldn't be delivered",
    tempTitle: "Delivery is delayed",
    headline: "Your message couldn't be delivered and the server didn't say why — its reply is the best clue",
    tempHeadline: "Your message to {domain} is delayed — the server keeps trying, nothing to do yet",
    cause: "The receiving side refused the message without saying exactly why.",
    who: ["sender", "sender-admin"],
    userStep: "Read the server's reply below; if it names a reason (address, size, spam, policy), act on that.",
    adminStep: "Read the full SMTP reply and the server that gave it; look up that server's own documentation for the reply.",
    reason: "onhold",
  },
  {
    subject: 1,
    name: "addressing",
    title: "There is a problem with an address",
    tempTitle: "Delivery is delayed by an address problem",
    headline: "There's a problem with the recipient's address — check it for typing mistakes",
    tempHeadline: "Your message is delayed by an address problem — check the address in the meantime",
    cause: "An address wasn't accepted: it may be misspelled, no longer exist, or point to a domain that doesn't receive mail.",
    who: ["sender"],
    userStep: USER_CHECK_ADDRESS,
    adminStep: "Check the address against the recipient's directory and look for forwarding rules that rewrite it.",
    reason: "userunknown",
  },
  {
    subject: 2,
    name: "mailbox",
    title: "There is a problem with the recipient's mailbox",
    tempTitle: "Delivery is delayed: the recipient's mailbox can't take it yet",
    headline: "The mailbox of {recipient} couldn't take your message — only their side can fix that",
    tempHeadline: "Your message is delayed: the mailbox of {recipient} can't take it yet",
    cause: "The address exists, but its mailbox couldn't take the message: it may be full, disabled, or limited in size.",
    tellRecipient: GENERIC_TELL,
    who: ["recipient-admin"],
    userStep: USER_TELL_RECIPIENT,
    adminStep: "Check the mailbox's quota, state (disabled, on hold) and receive size limit.",
    adminAudience: "recipient-org",
    reason: "mailboxfull",
  },
  {
    subject: 3,
    name: "mail system",
    title: "The receiving mail system had a problem",
    tempTitle: "Delivery is delayed by a problem on the receiving mail system",
    headline: "The mail system at {domain} had a problem with your message — only their side can fix it",
    tempHeadline: "Your message is delayed by a problem on the mail system at {domain}",
    cause: "The receiving mail system couldn't handle the message: it may be out of space or misconfigured.",
    tellRecipient: GENERIC_TELL,
    who: ["recipient-admin"],
    userStep: USER_TELL_RECIPIENT,
    adminStep: "Check the mail server's health, disk space, size limits and configuration for the reply shown.",
    adminAudience: "recipient-org",
    reason: "systemerror",
  },
  {
    subject: 4,
    name: "network and routing",
    title: "The message couldn't be routed to the recipient's server",
    tempTitle: "Delivery is delayed: the recipient's server can't be reached yet",
    headline: "Your message couldn't reach the mail server at {domain} — usually a problem on their side",
    tempHeadline: "Your message is delayed: the mail server at {domain} can't be reached yet",
    cause: "The sending server couldn't find or reach the recipient's mail server, or the message went round in a loop.",
    tellRecipient: RECIPIENT_SERVER_DOWN_TELL,
    who: ["recipient-admin", "sender-admin"],
    userStep: "Check the part of the address after the @ for typing mistakes.",
    adminStep: "Check the domain's MX records and that its servers answer on port 25; check your own outbound settings.",
    reason: "networkerror",
  },
  {
    subject: 5,
    name: "protocol",
    title: "The mail servers couldn't agree on how to deliver the message",
    tempTitle: "Delivery is delayed by a protocol problem between the servers",
    headline: "The mail servers couldn't agree on how to deliver your message — the sending side must fix it",
    tempHeadline: "Your message is delayed by a problem between the mail servers",
    cause: "Something went wrong in the conversation between the mail servers.",
    who: ["sender-admin"],
    userStep: "If you sent to many people at once, try sending to fewer recipients per message.",
    adminStep: "Check the sending server or application for the SMTP error the reply names (HELO name, recipient count, syntax).",
    adminAudience: "sender-org",
    reason: "syntaxerror",
  },
  {
    subject: 6,
    name: "content",
    title: "The receiving server didn't accept the message's content",
    tempTitle: "Delivery is delayed: the receiving server can't take the content yet",
    headline: "The server at {domain} didn't accept your message's content — try sending it in a simpler form",
    tempHeadline: "Your message is delayed: the receiving server can't take its content yet",
    cause: "The message's content or format was refused, for example its encoding or line breaks.",
    who: ["sender", "sender-admin"],
    userStep: "Try sending the message again as plain HTML without unusual attachments, or from another mail program.",
    adminStep: "Check the message's format (encoding, line endings, attachments) against the receiving server's reply.",
    reason: "contenterror",
  },
  {
    subject: 7,
    name: "security or policy",
    title: "The message was refused by a security or policy rule",
    tempTitle: "Delivery is delayed by a security or policy check",
    headline: "A security or policy check refused your message — your admin or the recipient's can find out which",
    tempHeadline: "Your message is delayed by a security or policy check",
    cause: "A security or policy check refused the message: a sending restriction, failed sender checks (SPF, DKIM, DMARC) or a blocked server.",
    tellRecipient: GENERIC_TELL,
    who: ["sender-admin", "recipient-admin"],
    userStep: "If the recipient expects your mail, let them know another way so their admin can allow it.",
    adminStep: "Read the reply for the rule that fired and fix it on the side that owns it.",
    reason: "securityerror",
  },
];

function classRows(cls: 4 | 5): TableRow[] {
  return SUBJECTS.map((s) => {
    const step: AdminStep = { text: s.adminStep };
    if (s.adminAudience) step.audience = s.adminAudience;
    const row: TableRow = {
      id: `generic-${cls}.${s.subject}`,
      codes: [`${cls}.${s.subject}.x`],
      title: cls === 4 ? s.tempTitle : s.title,
      headline: cls === 4 ? s.tempHeadline : s.headline,
      cause: s.cause,
      whoMustAct: s.who,
      userSteps: cls === 4 ? [USER_RETRY_LATER, s.userStep] : [s.userStep, USER_FORWARD_TO_ADMIN],
      adminSteps: [step, ADMIN_MESSAGE_TRACE, ADMIN_NDR_DIAGNOSTIC],
      docsUrl: RFC3463_URL,
      reason: cls === 4 && s.subject === 0 ? "expired" : s.reason,
      generic: true,
    };
    if (s.tellRecipient) row.tellRecipient = s.tellRecipient;
    return row;
  });
}

/** A full mailbox reads the same from any provider: shared by the neutral row and the X.2.2 fallback. */
const MAILBOX_FULL: Omit<TableRow, "id" | "codes"> = {
  reason: "mailboxfull",
  docsUrl: RFC3463_URL,
  title: "The recipient's mailbox is full",
  headline: MAILBOX_FULL_HEADLINE,
  cause: "The recipient's mailbox is over its storage limit, so it can't take new mail.",
  tellRecipient: "Tell them their mailbox is full: they or their email provider must free space before mail can arrive.",
  whoMustAct: ["recipient-admin"],
  userSteps: [USER_TELL_RECIPIENT, "Try again later, after they have made room."],
  adminSteps: [{ text: "Free space in the mailbox or raise its quota.", audience: "recipient-org" }, ADMIN_MESSAGE_TRACE],
};

/** Detail codes whose RFC 3463 (or RFC 7372) meaning is worth stating when no specific row matches. */
const DETAILS: TableRow[] = [
  {
    id: "generic-x.1.1",
    codes: ["5.1.1", "4.1.1"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "userunknown",
    title: "The recipient's address doesn't exist",
    headline: HEADLINE_NO_MAILBOX,
    cause: "The recipient's mail server says this address doesn't exist: it may be misspelled, or the mailbox may have been closed.",
    whoMustAct: ["sender"],
    userSteps: [USER_CHECK_ADDRESS, USER_ASK_FOR_ADDRESS],
    adminSteps: [
      { text: "Nothing to fix on your side; if the address should exist, the recipient's email provider or admin has to check it.", audience: "sender-org" },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  {
    id: "generic-x.1.2",
    codes: ["5.1.2", "4.1.2"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "hostunknown",
    title: "The recipient's domain doesn't exist or doesn't receive mail",
    headline: "{domain} doesn't exist or doesn't receive email — check the part after the @",
    cause: "The part of the address after the @ doesn't lead to a mail system.",
    whoMustAct: ["sender"],
    userSteps: ["Check the part of the address after the @ for typing mistakes.", USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Check that the recipient domain exists and publishes MX records.", commands: MX_LOOKUP }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.1.3",
    codes: ["5.1.3", "4.1.3"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "syntaxerror",
    title: "The address isn't written correctly",
    headline: ADDRESS_WRONG_HEADLINE,
    cause: "The address has a syntax error, such as a space, a missing @ or a stray character.",
    whoMustAct: ["sender"],
    userSteps: ["Check the address for spaces, missing @ or stray characters and type it again.", USER_FORWARD_TO_ADMIN],
    adminSteps: [
      { text: "Check the address as it left your system (message trace) for rewriting by rules or connectors.", audience: "sender-org" },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  {
    id: "generic-x.1.6",
    codes: ["5.1.6", "4.1.6"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "hasmoved",
    title: "The recipient has moved",
    headline: "{recipient} has moved and left no new address — ask them for it",
    cause: "The mailbox has moved and the recipient's server doesn't know a forwarding address.",
    whoMustAct: ["sender"],
    userSteps: ["Ask the recipient for their new address.", USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "If the recipient is in your organization, check its addresses and forwarding." }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.2.1",
    codes: ["5.2.1", "4.2.1"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "suspend",
    title: "The recipient's mailbox isn't accepting messages",
    headline: "The mailbox of {recipient} isn't accepting messages — it may be disabled or closed",
    cause: "The mailbox exists but is disabled or not accepting messages.",
    tellRecipient: GENERIC_TELL,
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Check whether the mailbox is disabled, suspended or on hold.", audience: "recipient-org" }, ADMIN_MESSAGE_TRACE],
  },
  { id: "generic-x.2.2", codes: ["5.2.2", "4.2.2"], generic: true, ...MAILBOX_FULL },
  {
    id: "generic-x.3.4",
    codes: ["5.3.4", "4.3.4", "5.2.3", "4.2.3"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "mesgtoobig",
    title: "The message is too large",
    headline: TOO_LARGE_HEADLINE,
    cause: "The message is bigger than the receiving system accepts.",
    whoMustAct: ["sender"],
    userSteps: [USER_SEND_SMALLER],
    adminSteps: [
      {
        text: "Compare the message size with the size limits on both sides (organization, connectors, mailbox).",
        commands: [{ shell: "exchange-online-powershell", text: "Get-TransportConfig | Format-List MaxSendSize,MaxReceiveSize" }],
      },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  {
    id: "generic-x.4.4",
    codes: ["5.4.4", "4.4.4"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "hostunknown",
    title: "No route to the recipient's domain was found",
    headline: "No mail server could be found for {domain} — check the part of the address after the @",
    cause: "The sending server found no way to reach the recipient's domain, usually because the domain publishes no mail (MX) record.",
    tellRecipient: "If the address is right, tell them another way: their domain has no working mail (MX) record.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: ["Check the part of the address after the @ for typing mistakes.", USER_TELL_RECIPIENT],
    adminSteps: [{ text: "Check the recipient domain's MX records.", commands: MX_LOOKUP, audience: "recipient-org" }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-5.4.1-routing",
    codes: ["5.4.1"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "onhold",
    match: { host: "not-microsoft" },
    title: "The recipient's mail system couldn't be reached or refused the message",
    headline: "Your message couldn't be delivered to {domain} — the server's reply says why",
    cause: "The recipient's mail system couldn't be reached or refused the message; the server's reply below is the best clue.",
    tellRecipient: RECIPIENT_SERVER_DOWN_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Check that the domain's MX records name servers that accept mail for it.",
        commands: MX_LOOKUP,
        audience: "recipient-org",
      },
      {
        text: "Check that those MX hosts answer on port 25 from the internet.",
        commands: [{ shell: "windows-powershell", text: "Test-NetConnection -ComputerName <mx-host> -Port 25" }],
        audience: "recipient-org",
      },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  {
    id: "generic-x.4.7",
    codes: ["5.4.7", "4.4.7", "4.4.1", "4.4.2", "5.4.2"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "expired",
    title: "The recipient's server didn't answer in time",
    headline: SERVER_NO_ANSWER_HEADLINE,
    cause: "The sending server couldn't get an answer from the recipient's server in time and gave up.",
    tellRecipient: RECIPIENT_SERVER_DOWN_TELL,
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [RECIPIENT_MX_ANSWERS, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.5.3",
    codes: ["5.5.3", "4.5.3"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "exceedlimit",
    title: "The message had too many recipients",
    headline: "Your message had too many recipients — send it to fewer people at a time",
    cause: "The receiving server accepts fewer recipients per message.",
    whoMustAct: ["sender"],
    userSteps: ["Send the message to fewer recipients at a time, or use a distribution group."],
    adminSteps: [{ text: "Check recipient limits on the sending application or server and split large sends.", audience: "sender-org" }, ADMIN_MESSAGE_TRACE],
  },
  {
    id: "generic-x.7.1",
    codes: ["5.7.1", "4.7.1"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "securityerror",
    title: "You aren't allowed to send to this recipient",
    headline: "The recipient's mail system refused your message by its own policy — only their side can allow you",
    cause: "The receiving side's policy doesn't allow this sender to send to this recipient.",
    tellRecipient: GENERIC_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      { text: "Read the reply for the policy that refused it (blocklist, permissions, authentication) and contact the side that owns it." },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  {
    id: "generic-x.7.23",
    codes: ["5.7.23", "4.7.23", "5.7.24", "4.7.24"],
    generic: true,
    docsUrl: "https://datatracker.ietf.org/doc/html/rfc7372",
    reason: "authfailure",
    title: "Your domain's SPF record doesn't list the sending server",
    headline: SENDER_IDENTITY_HEADLINE,
    cause: "The recipient's server checked your domain's SPF record, and it doesn't list the server that sent your message.",
    whoMustAct: ["sender-admin"],
    userSteps: [USER_ONLY_ADMIN_CAN_FIX],
    adminSteps: [
      {
        text: "Check that your domain's SPF record lists every server and service that sends mail for it.",
        commands: [{ shell: "dns-lookup", text: "nslookup -type=TXT <sender-domain>" }],
        audience: "sender-org",
      },
      ADMIN_OUTBOUND_TEST,
    ],
  },
  {
    id: "generic-x.7.25",
    codes: ["5.7.25", "4.7.25"],
    generic: true,
    docsUrl: "https://datatracker.ietf.org/doc/html/rfc7372",
    reason: "requireptr",
    title: "The sending server has no matching reverse DNS name",
    headline: "Your mail server's address has no name in DNS — your email admin or provider must add one",
    cause: "The recipient's server requires the sending server's IP address to have a matching reverse DNS name, and it doesn't.",
    whoMustAct: ["sender-admin"],
    userSteps: [USER_ONLY_ADMIN_CAN_FIX],
    adminSteps: [
      {
        text: "Ask whoever runs the sending IP address (hosting provider, ISP) to publish a reverse DNS (PTR) name that matches the server's own name.",
        commands: [{ shell: "dns-lookup", text: "nslookup <sending-ip>" }],
        audience: "sender-org",
      },
      ADMIN_OUTBOUND_TEST,
    ],
  },
  {
    id: "generic-x.7.26",
    codes: ["5.7.26", "4.7.26"],
    generic: true,
    docsUrl: "https://datatracker.ietf.org/doc/html/rfc7372",
    reason: "authfailure",
    title: "Your message failed the recipient's sender checks",
    headline: SENDER_IDENTITY_HEADLINE,
    cause: "Your message failed the recipient's sender checks (SPF, DKIM or DMARC), so their server refused it.",
    whoMustAct: ["sender-admin"],
    userSteps: [USER_ONLY_ADMIN_CAN_FIX],
    adminSteps: [
      {
        text: "Make SPF and DKIM pass, aligned with the From domain, for every service that sends as your domain.",
        commands: [{ shell: "dns-lookup", text: "nslookup -type=TXT _dmarc.<sender-domain>" }],
        audience: "sender-org",
      },
      ADMIN_OUTBOUND_TEST,
    ],
  },
];

/** RFC 7505: 5.1.10 elsewhere means "null MX", while Exchange Online uses it for "recipient not found". */
const NULL_MX: TableRow = {
  id: "rfc7505-null-mx",
  codes: ["5.1.10", "5.7.27"],
  docsUrl: "https://datatracker.ietf.org/doc/html/rfc7505",
  reason: "notaccept",
  ndrTexts: ["host/domain does not accept mail", "Domain does not accept mail"],
  title: "The recipient's domain doesn't accept email",
  headline: "{domain} doesn't accept email at all — check the part of the address after the @",
  cause: "The recipient's domain says in its DNS that it never receives email.",
  whoMustAct: ["sender"],
  userSteps: ["Check the part of the address after the @; if it's right, contact the recipient another way."],
  adminSteps: [{ text: 'Confirm the domain\'s MX record is the null MX ("." with preference 0).', commands: MX_LOOKUP }],
  match: { host: "not-microsoft", phrases: ["null MX"] },
};

/**
 * "Mailbox full" in any other server's words. Exchange's own wording (QuotaExceeded, public
 * folders) stays in exo-5.2.2-mailbox-full, which also answers for Microsoft's servers; a bare
 * code from anyone else goes to generic-x.2.2.
 */
const MAILBOX_FULL_ROW: TableRow = {
  id: "mailbox-full",
  codes: ["5.2.2", "4.2.2"],
  ...MAILBOX_FULL,
  // Microsoft's servers keep their own row (by code, or by Exchange's words).
  match: { phrases: ["mailbox full", "mailbox is full", "over quota", "out of storage space"], noCodeOnly: true, host: "not-microsoft" },
};

export const GENERIC_ROWS: TableRow[] = [
  NULL_MX,
  MAILBOX_FULL_ROW,
  ...classRows(5),
  ...classRows(4),
  {
    id: "generic-2",
    codes: ["2.x.x"],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "delivered",
    title: "The message was delivered",
    headline: "Your message was delivered — this is a delivery report, not a failure",
    cause: "This report says the message was delivered or passed on.",
    whoMustAct: ["sender"],
    userSteps: ["Nothing to do: this is a delivery report, not a failure."],
    adminSteps: [
      { text: "Nothing to fix. A message trace shows where it went next if the recipient says it never arrived.", audience: "sender-org" },
      ADMIN_MESSAGE_TRACE,
    ],
  },
  ...DETAILS,
  {
    id: "generic-no-code",
    codes: [],
    generic: true,
    docsUrl: RFC3463_URL,
    reason: "undefined",
    title: "The message couldn't be delivered (no error code given)",
    headline: "Your message couldn't be delivered and no error code was given — the server's reply is the best clue",
    cause: "The bounce doesn't include a standard status code, so the exact reason isn't known.",
    whoMustAct: ["sender", "sender-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      { text: "Find the server that refused the message and its reply in the full bounce or the message trace." },
      ADMIN_MESSAGE_TRACE,
      ADMIN_NDR_DIAGNOSTIC,
    ],
  },
];
