/**
 * 5.4.1 beyond its two Exchange Online meanings (exo-541.ts): each other text under the code gets
 * its own reading, and a 5.4.1 whose text says nothing known gets a cautious one, never the
 * Relay Access Denied steps by default (issue 10 §3). RFC 3463 defines X.4.1 as "No answer from
 * host"; on-premises Exchange uses it that way, Zoho for "Mail rejected by destination domain",
 * some servers for "Unable to relay".
 */
import {
  ADMIN_MESSAGE_TRACE,
  IF_DEVICE_SENT,
  IF_OWN_EXCHANGE,
  RECIPIENT_MX_ANSWERS,
  RECIPIENT_SERVER_DOWN_TELL,
  RELAY_TELL,
  SERVER_NO_ANSWER_HEADLINE,
  USER_CHECK_ADDRESS,
  USER_FORWARD_TO_ADMIN,
  USER_RETRY_LATER,
  USER_TELL_RECIPIENT,
} from "./common-steps";
import { ANONYMOUS_RELAY_URL, EAC_ACCEPTED_DOMAINS, EAC_MAILBOXES, EXSRV_NDR_URL, HUB_URL, ONPREM_EAC_CONNECTORS, RCA, RFC3463_URL } from "./links";
import { microsoftRows } from "./provider";
import type { TableRow } from "./row";

/** Rows translations have not been written for yet (the locale tests list them as pending). */
export const EXO_541_FAMILY_IDS = [
  "exo-5.4.1-no-answer-from-host",
  "exo-5.4.1-unable-to-relay",
  "x-5.4.1-mail-rejected-by-destination-domain",
  "exo-5.4.1-unrecognised",
] as const;

/** Worded for Microsoft's servers and software (see provider.ts). */
const MICROSOFT_ROWS: TableRow[] = microsoftRows([
  {
    id: "exo-5.4.1-no-answer-from-host",
    codes: ["5.4.1"],
    ndrTexts: ["No answer from host"],
    title: "The recipient's mail server didn't answer",
    headline: SERVER_NO_ANSWER_HEADLINE,
    cause: "The sending server got no answer from the recipient's mail server: a network or routing problem between the servers, not a wrong address.",
    detail:
      '"No answer from host" is what RFC 3463 defines 5.4.1 to mean. On-premises Exchange reports it when its Send connector can\'t reach the next server: DNS, a smart host, or a firewall that blocks port 25.',
    tellRecipient: RECIPIENT_SERVER_DOWN_TELL,
    whoMustAct: ["sender-admin", "recipient-admin"],
    userSteps: [USER_RETRY_LATER, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      RECIPIENT_MX_ANSWERS,
      {
        text: "Check the Send connector's smart hosts and DNS routing, that the firewall lets outbound port 25 through, and the queue for the same error.",
        where: ONPREM_EAC_CONNECTORS,
        commands: [
          {
            shell: "exchange-management-shell",
            text: "Get-SendConnector | Format-List Name,SmartHosts,DNSRoutingEnabled\nGet-Queue | Where-Object LastError -like '*5.4.1*'",
          },
        ],
        audience: "sender-org",
        condition: IF_OWN_EXCHANGE,
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: EXSRV_NDR_URL,
    reason: "networkerror",
    // The words mean this only under 5.4.1 (elsewhere "no answer" is a plain time-out).
    match: { phrases: ["The outbound connection attempt was not answered"], textNeedsCode: true, noCodeOnly: true },
  },
  {
    id: "exo-5.4.1-unable-to-relay",
    codes: ["5.4.1"],
    ndrTexts: ["Unable to relay"],
    title: "The receiving server won't pass the message on to that domain",
    headline: "The server that answered won't pass your message on to {domain} — an admin must fix its set-up",
    cause:
      "The server that answered doesn't accept mail for the recipient's domain and won't forward it, so the domain's mail records or the sender's relay permission are wrong.",
    detail:
      "Under 5.4.1, \"Unable to relay\" means the domain's MX record points to a server that doesn't host the domain, or a device or application sent the message through a server that doesn't let it relay.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Check that the recipient domain's MX record points to the server that accepts mail for it, and that the domain is an accepted domain there.",
        where: EAC_ACCEPTED_DOMAINS,
        commands: [
          { shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" },
          { shell: "exchange-online-powershell", text: "Get-AcceptedDomain -Identity <domain> | Format-List DomainName,DomainType" },
        ],
        audience: "recipient-org",
      },
      {
        text: "Give the device or application a dedicated relay connector for its IP addresses, or make it sign in on port 587.",
        where: ONPREM_EAC_CONNECTORS,
        commands: [{ shell: "exchange-management-shell", text: "Get-ReceiveConnector | Format-List Name,RemoteIPRanges,PermissionGroups" }],
        audience: "sender-org",
        condition: IF_DEVICE_SENT,
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: ANONYMOUS_RELAY_URL,
    reason: "norelaying",
    // "Unable to relay" under 5.7.1 is the on-premises row; under 5.4.1 it is this one.
    match: { textNeedsCode: true, noCodeOnly: true, unless: ["Blocked by Customer Allow list"] },
  },
  {
    id: "exo-5.4.1-unrecognised",
    codes: ["5.4.1"],
    generic: true,
    title: "The recipient's server refused the message (code 5.4.1)",
    headline: "Your message to {domain} was refused — the server's reply says which of two problems it is",
    cause: "Microsoft's servers refused the message with code 5.4.1 but without one of its documented texts, so the server's reply below is the best clue.",
    detail:
      'Microsoft uses 5.4.1 for two unrelated problems: "Relay Access Denied" (the destination isn\'t set up to accept mail for the domain) and "Recipient address rejected: Access denied" (the address doesn\'t exist).',
    tellRecipient:
      "Send them this bounce (its code, server reply and time): their email admin should check that the address exists and that the domain's MX record points to Microsoft 365.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Check that the address exists as a mailbox, group, contact or proxy address.",
        where: EAC_MAILBOXES,
        commands: [{ shell: "exchange-online-powershell", text: "Get-EXORecipient -Identity <recipient>" }],
        audience: "recipient-org",
      },
      {
        text: "Check that the domain's MX record points to <domain>.mail.protection.outlook.com and that the domain is an accepted domain.",
        where: RCA,
        commands: [
          { shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" },
          { shell: "exchange-online-powershell", text: "Get-AcceptedDomain -Identity <domain>" },
        ],
        audience: "recipient-org",
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: HUB_URL,
    reason: "onhold",
    match: { host: "microsoft" },
  },
]);

export const EXO_541_FAMILY_ROWS: TableRow[] = [
  ...MICROSOFT_ROWS,
  {
    id: "x-5.4.1-mail-rejected-by-destination-domain",
    codes: ["5.4.1"],
    ndrTexts: ["Mail rejected by destination domain"],
    title: "The recipient's domain refused the message",
    headline: "{domain} refused your message without saying why — their admin can tell you what to change",
    cause: "The recipient's mail system refused the message for the whole domain without giving a reason.",
    detail:
      "Services such as Zoho answer 5.4.1 \"Mail rejected by destination domain\" when the domain isn't set up to receive mail there (its hosting moved or ended), or when the domain's own rules refuse your sender or your server.",
    tellRecipient:
      "Send them this bounce (its code, server reply and time): their email admin should check that their domain still receives mail on that service and whether it refuses your address.",
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Check that the recipient domain's MX records still name the mail service that refused the message; a domain whose hosting moved often keeps old records.",
        commands: [{ shell: "dns-lookup", text: "nslookup -type=MX <domain>" }],
        audience: "recipient-org",
      },
      { text: "Ask the recipient's admin whether their domain refuses your domain or your sending IP address.", audience: "sender-org" },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: RFC3463_URL,
    reason: "onhold",
    match: { textNeedsCode: true, noCodeOnly: true },
  },
];
