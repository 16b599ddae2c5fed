/**
 * 5.4.1 beyond its two Exchange Online meanings (exo-541.ts): each other text under the code gets
 * its own reading, and a 5.4.1 whose text says nothing known gets a cautious one, never the
 * Relay Access Denied steps by default (issue 10 §3). RFC 3463 defines X.4.1 as "No answer from
 * host"; on-premises Exchange uses it that way, Zoho for "Mail rejected by destination domain",
 * some servers for "Unable to relay".
 */
import type { TableRow } from "./row";
import { ADMIN_MESSAGE_TRACE, USER_CHECK_ADDRESS, USER_FORWARD_TO_ADMIN, USER_RETRY_LATER, USER_TELL_RECIPIENT } from "./common-steps";
import { ANONYMOUS_RELAY_URL, EAC_ACCEPTED_DOMAINS, EAC_MAILBOXES, EXSRV_NDR_URL, HUB_URL, ONPREM_EAC_CONNECTORS, RCA, RFC3463_URL } from "./links";

/** Rows translations have not been written for yet (the locale tests list them as pending). */
export const EXO_541_FAMILY_IDS = ["exo-5.4.1-no-answer-from-host", "exo-5.4.1-unable-to-relay", "x-5.4.1-mail-rejected-by-destination-domain", "exo-5.4.1-unrecognised"] as const;

export const EXO_541_FAMILY_ROWS: TableRow[] = [
  {
    id: "exo-5.4.1-no-answer-from-host",
    codes: ["5.4.1"],
    ndrTexts: ["No answer from host"],
    title: "The recipient's mail server didn't answer",
    cause: "The sending server tried to reach the recipient's mail server and got no answer (5.4.1 \"No answer from host\"). This is a network or routing problem between the servers, not a problem with the address or the message.",
    whoMustAct: ["sender-admin", "recipient-admin"],
    userSteps: [USER_RETRY_LATER, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Check that the recipient domain's MX hosts resolve from your sending server and answer on port 25.",
        command: "Resolve-DnsName -Type MX <domain>; Test-NetConnection <mx-host> -Port 25",
      },
      {
        text: "On-premises Exchange: check the Send connector's smart host and DNS settings, and that a firewall allows outbound port 25; look at the queue for the same error.",
        where: ONPREM_EAC_CONNECTORS,
        command: "Get-SendConnector | Format-List Name,SmartHosts,DNSRoutingEnabled; Get-Queue | Where-Object LastError -like '*5.4.1*'",
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
    cause: "The server that answered (5.4.1 \"Unable to relay\") doesn't accept mail for the recipient's domain and won't forward it: the domain's MX record points to a server that doesn't host it, or the sending device or application isn't allowed to relay through that server.",
    whoMustAct: ["sender-admin", "recipient-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Recipient side: check that the domain's MX record points to the server that accepts mail for it, and that the domain is an accepted domain there.",
        where: EAC_ACCEPTED_DOMAINS,
        command: "Resolve-DnsName -Type MX <domain>; Get-AcceptedDomain",
      },
      {
        text: "Sending side: if a device or application sent the message through your server, give it a dedicated relay connector for its IP addresses, or make it sign in (port 587).",
        where: ONPREM_EAC_CONNECTORS,
        command: "Get-ReceiveConnector | Format-List Name,RemoteIPRanges,PermissionGroups",
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: ANONYMOUS_RELAY_URL,
    reason: "norelaying",
    // "Unable to relay" under 5.7.1 is the on-premises row; under 5.4.1 it is this one.
    match: { textNeedsCode: true, noCodeOnly: true, unless: ["Blocked by Customer Allow list"] },
  },
  {
    id: "x-5.4.1-mail-rejected-by-destination-domain",
    codes: ["5.4.1"],
    ndrTexts: ["Mail rejected by destination domain"],
    title: "The recipient's domain refused the message",
    cause: "The recipient's mail system answered 5.4.1 \"Mail rejected by destination domain\": the domain refused the message without saying why. Usually the domain isn't set up to receive mail on that service (for example its mail hosting moved or ended), or the domain's own rules refuse your sender or your server.",
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Check that the recipient domain's MX records still name the mail service that refused the message; a domain whose hosting moved often keeps old records.",
        command: "Resolve-DnsName -Type MX <domain>",
      },
      {
        text: "Ask the recipient's admin whether their domain refuses your domain or your sending IP address, and which server should receive its mail.",
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: RFC3463_URL,
    reason: "onhold",
    match: { textNeedsCode: true, noCodeOnly: true },
  },
  {
    id: "exo-5.4.1-unrecognised",
    codes: ["5.4.1"],
    generic: true,
    title: "The recipient's server refused the message (code 5.4.1)",
    cause: "Microsoft's servers refused the message with code 5.4.1, but the reply doesn't carry one of its documented texts. Microsoft uses 5.4.1 for two unrelated problems: \"Relay Access Denied\" (the destination isn't set up to accept mail for the domain) and \"Recipient address rejected: Access denied\" (the address doesn't exist). The server's reply below is the best clue to which one this is.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: [USER_CHECK_ADDRESS, USER_TELL_RECIPIENT, USER_FORWARD_TO_ADMIN],
    adminSteps: [
      ADMIN_MESSAGE_TRACE,
      {
        text: "Recipient organization: check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.",
        where: EAC_MAILBOXES,
        command: "Get-EXORecipient -Identity <address>",
      },
      {
        text: "Recipient organization: check that the domain's MX record points to <domain>.mail.protection.outlook.com and that it is an accepted domain.",
        where: RCA,
        command: "Resolve-DnsName -Type MX <domain>; Get-AcceptedDomain <domain>",
      },
    ],
    docsUrl: HUB_URL,
    reason: "onhold",
    match: { host: "microsoft" },
  },
];
