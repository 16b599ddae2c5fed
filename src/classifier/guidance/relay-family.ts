/**
 * "Relay denied" beyond Exchange Online's 5.4.1: on-premises Exchange, EOP's allow-list case,
 * forwarded mail sent from Microsoft's relay pool, and the wording of other MTAs
 * (ndr-knowledge.md §3.4, §5; classifier-research.md §1.4, §2.7). Relay refusals from servers
 * that aren't Microsoft's must never be explained with the Microsoft 5.4.1 article.
 */
import type { TableRow } from "./row";
import { ADMIN_MESSAGE_TRACE, IF_DEVICE_SENT, RELAY_TELL, IF_OWN_OUTGOING_SERVER, USER_FORWARD_TO_ADMIN, USER_TELL_RECIPIENT } from "./common-steps";
import { ATTRIBUTION_PHRASES, DBEB_PHRASES } from "./exo-541";
import {
  ANONYMOUS_RELAY_URL, DEFENDER_CONNECTION_FILTER, EAC_CONNECTORS, EAC_ACCEPTED_DOMAINS, EXIM_RELAY_URL, GOOGLE_RELAY_URL, QMAIL_RCPTHOSTS_URL, RFC5321_RELAY_URL,
  ndrArticle, ONPREM_EAC_CONNECTORS, POSTFIX_RELAY_URL, SENDMAIL_RELAY_URL,
} from "./links";

/** What the sender can do about any relay refusal: it's a server set-up question, not theirs. */
const RELAY_USER_STEPS = [
  "Check the recipient's address, especially the part after the @: a server refuses to relay when it doesn't handle that domain.",
  "If a device or application sent this, its outgoing server or sign-in settings are probably wrong: tell its owner.",
  USER_TELL_RECIPIENT,
  USER_FORWARD_TO_ADMIN,
];
const NOT_MICROSOFT_RELAY = { host: "not-microsoft" as const, noCodeOnly: true, unless: [...ATTRIBUTION_PHRASES] };

/** The relay refusals of other MTAs say the same thing to the person whose mail bounced. */
const RELAY_HEADLINE = "A mail server refused to pass your message on to {domain} — an email admin must fix its settings";
/** The refusing server's MX check, runnable anywhere (these servers' admins rarely use Windows). */
const MX_LOOKUP = [{ shell: "dns-lookup" as const, text: "nslookup -type=MX <domain>" }];

export const RELAY_FAMILY_ROWS: TableRow[] = [
  {
    id: "onprem-5.7.1-unable-to-relay",
    provider: "microsoft",
    codes: ["5.7.1"],
    ndrTexts: ["Unable to relay"],
    title: "The mail server won't pass this message on",
    headline: RELAY_HEADLINE,
    cause: "A mail server received your message for a domain it doesn't handle and refused to pass it on.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["sender-admin", "recipient-admin"],
    userSteps: RELAY_USER_STEPS,
    adminSteps: [
      {
        text: "Check that the domain's MX record points to the server that accepts mail for it.",
        commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" }],
        audience: "recipient-org",
      },
      {
        text: "Create a Receive connector for the devices' IP addresses with anonymous relay; leave the default connectors alone.",
        where: ONPREM_EAC_CONNECTORS,
        commands: [
          {
            shell: "exchange-management-shell",
            text: "New-ReceiveConnector -Name \"Anonymous Relay\" -TransportRole FrontendTransport -Custom -Bindings 0.0.0.0:25 -RemoteIpRanges <device-ip>\nGet-ReceiveConnector \"Anonymous Relay\" | Add-ADPermission -User \"NT AUTHORITY\\ANONYMOUS LOGON\" -ExtendedRights \"Ms-Exch-SMTP-Accept-Any-Recipient\"",
          },
        ],
        audience: "sender-org",
        condition: IF_DEVICE_SENT,
      },
      { text: "Or make the device authenticate (port 587 with a user name and password).", audience: "sender-org", condition: IF_DEVICE_SENT },
      {
        text: "If RCPT TO still gets \"550 5.7.1 Unable to relay\", the session didn't use the relay connector or it lacks the permission.",
        commands: [{ shell: "exchange-management-shell", text: "Get-ReceiveConnector | Format-List Name,RemoteIPRanges,PermissionGroups" }],
        audience: "sender-org",
        condition: IF_DEVICE_SENT,
      },
    ],
    docsUrl: ANONYMOUS_RELAY_URL,
    reason: "norelaying",
    match: { noCodeOnly: true, unless: ["Blocked by Customer Allow list"] },
  },
  {
    id: "onprem-5.7.54-unable-to-relay-non-accepted-domain",
    provider: "microsoft",
    codes: ["5.7.54"],
    ndrTexts: ["SMTP; Unable to relay recipient in non-accepted domain"],
    title: "The mail server won't send to addresses outside its own domains",
    headline: "Your organization's server won't send outside the organization — your email admin must fix it",
    cause: "An Exchange server refused to relay for a device or application that didn't sign in, so outside addresses fail.",
    whoMustAct: ["sender-admin"],
    userSteps: ["If you sent from a device or application, tell its owner: it needs relay permission or must sign in (port 587).", USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Give the device a dedicated relay Receive connector for its IP addresses, or make it sign in on port 587.",
        where: ONPREM_EAC_CONNECTORS,
        commands: [{ shell: "exchange-management-shell", text: "Get-ReceiveConnector | Format-List Name,Bindings,RemoteIPRanges,PermissionGroups" }],
        audience: "sender-org",
      },
      { text: "Don't grant Accept-Any-Recipient to anonymous users on the Default Frontend connector: that makes the server an open relay.", audience: "sender-org" },
    ],
    docsUrl: ANONYMOUS_RELAY_URL,
    reason: "norelaying",
    match: { phrases: ["Unable to relay recipient in non-accepted domain"] },
  },
  {
    id: "eop-5.7.1-unable-to-relay-blocked-by-allow-list",
    provider: "microsoft",
    codes: ["5.7.1"],
    ndrTexts: ["Unable To Relay: Blocked by Customer Allow list"],
    title: "The recipient's mail filter can't check your server and refused it",
    headline: "The mail filter at {domain} refused your message by mistake — only their admin can fix it",
    cause: "A conflict in the recipient's mail filter settings made it refuse your sending server.",
    tellRecipient:
      "Send them this bounce: its error line points their email admin to their own connection filter settings.",
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT],
    adminSteps: [
      {
        text: "Remove the IP address from the connection filter's IP Allow list (it's already in a connector).",
        where: DEFENDER_CONNECTION_FILTER,
        commands: [{ shell: "exchange-online-powershell", text: "Get-HostedConnectionFilterPolicy | Format-List IPAllowList" }],
        audience: "recipient-org",
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: ndrArticle("unable-to-relay-blocked-by-allow-list"),
    reason: "blocked",
    match: { phrases: ["Blocked by Customer Allow list"], noCodeOnly: true },
  },
  {
    id: "exo-5.7.367-forwarded-relaying-denied",
    provider: "microsoft",
    codes: ["5.7.367"],
    ndrTexts: ["Remote server returned not permitted to relay"],
    title: "A forwarded message was refused by the next server",
    headline: "The next mail server refused a forwarded copy — your email admin must check the forwarding",
    cause: "Microsoft 365 forwarded the message from a special pool of servers because it failed sender checks, and the next server refused it.",
    whoMustAct: ["sender-admin"],
    userSteps: ["If you set up forwarding to this address, send to the final address directly instead.", USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "Turn on Enhanced Filtering for Connectors so SPF is checked against the real source of the message.",
        where: EAC_CONNECTORS,
        commands: [{ shell: "exchange-online-powershell", text: "Get-InboundConnector | Format-List Name,EFSkipLastIP,EFSkipIPs" }],
        audience: "sender-org",
        condition: "mail reaches Microsoft 365 through another filtering service first",
      },
      {
        text: "Make sure the sending domains are accepted domains, and reduce the number of forwarding hops.",
        where: EAC_ACCEPTED_DOMAINS,
        commands: [{ shell: "exchange-online-powershell", text: "Get-AcceptedDomain" }],
        audience: "sender-org",
      },
    ],
    docsUrl: ndrArticle("forwarded-message-rejected-5-7-367-ndr"),
    reason: "norelaying",
  },
  {
    id: "relay-postfix-relay-access-denied",
    codes: ["5.7.1", "4.7.1"],
    ndrTexts: ["Relay access denied", "Recipient address rejected: Relay access denied"],
    title: "The recipient's server refused to accept mail for that domain",
    headline: RELAY_HEADLINE,
    cause: "A mail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: RELAY_USER_STEPS,
    adminSteps: [
      {
        text: "The domain must be in the server's mydestination, virtual_mailbox_domains or relay_domains, and the MX record must point to it.",
        commands: MX_LOOKUP,
        audience: "recipient-org",
      },
      {
        text: "Programs that send through that server must sign in (SASL on port 587) or be listed in its mynetworks.",
        audience: "sender-org",
        condition: IF_OWN_OUTGOING_SERVER,
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: POSTFIX_RELAY_URL,
    reason: "norelaying",
    match: { ...NOT_MICROSOFT_RELAY, rank: 1 },
  },
  {
    id: "relay-postfix-recipient-access-denied",
    codes: ["5.7.1"],
    ndrTexts: ["Recipient address rejected: Access denied"],
    title: "The recipient's server refused this address by its own rule",
    headline: "The mail server for {domain} refused this address by its own rule — only their admin can change that",
    cause: "The recipient's server refused the address by a local access rule: it may be blocked, retired or internal-only.",
    tellRecipient: "If the address is right, send them this bounce: their email admin can see which rule refused it.",
    whoMustAct: ["recipient-admin"],
    userSteps: ["Check the address; if it's right, only the recipient's admin can change the rule.", USER_TELL_RECIPIENT],
    adminSteps: [
      { text: "Check the server's recipient access rules (smtpd_recipient_restrictions and the access maps it names) for the address.", audience: "recipient-org" },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: POSTFIX_RELAY_URL,
    reason: "rejected",
    match: { ...NOT_MICROSOFT_RELAY, unless: ["AS(201806281)"] },
  },
  {
    id: "relay-sendmail-relaying-denied",
    codes: ["5.7.1"],
    ndrTexts: ["Relaying denied", "Insecure Mail Relay"],
    title: "The recipient's server refused to relay the message",
    headline: RELAY_HEADLINE,
    cause: "A Sendmail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: RELAY_USER_STEPS,
    adminSteps: [
      {
        text: "Add the domain to the server's local-host-names or relay-domains (or the access database) and check the MX record.",
        commands: MX_LOOKUP,
        audience: "recipient-org",
      },
      {
        text: "Sign in to the server to send, and make sure the sending IP address has matching forward and reverse DNS.",
        commands: [{ shell: "dns-lookup", text: "nslookup <sending-ip>" }],
        audience: "sender-org",
        condition: IF_OWN_OUTGOING_SERVER,
      },
    ],
    docsUrl: SENDMAIL_RELAY_URL,
    reason: "norelaying",
    match: { ...NOT_MICROSOFT_RELAY, unless: [...ATTRIBUTION_PHRASES, "not permitted to relay"] },
  },
  {
    id: "relay-exim-relay-not-permitted",
    codes: ["5.7.1", "5.0.0"],
    ndrTexts: ["relay not permitted"],
    title: "The recipient's server refused to relay the message",
    headline: RELAY_HEADLINE,
    cause: "An Exim server refused the message because the recipient's domain isn't one it handles and the sender isn't allowed to relay through it.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: RELAY_USER_STEPS,
    adminSteps: [
      {
        text: "The domain must be in the server's local_domains or relay_to_domains, and the MX record must point to it.",
        commands: MX_LOOKUP,
        audience: "recipient-org",
      },
      { text: "Sign in to the server, or have the sending host added to relay_from_hosts.", audience: "sender-org", condition: IF_OWN_OUTGOING_SERVER },
    ],
    docsUrl: EXIM_RELAY_URL,
    reason: "norelaying",
    match: NOT_MICROSOFT_RELAY,
  },
  {
    id: "relay-qmail-rcpthosts",
    codes: ["5.7.1"],
    ndrTexts: ["sorry, that domain isn't in my list of allowed rcpthosts"],
    title: "The recipient's server doesn't accept mail for that domain",
    headline: "The server you reached doesn't handle email for {domain} — check the address",
    cause: "A qmail server refused the message because the recipient's domain isn't in its list of domains it receives for.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["recipient-admin"],
    userSteps: RELAY_USER_STEPS,
    adminSteps: [
      {
        text: "Add the domain to control/rcpthosts on that server, or point the MX record to the right server.",
        commands: MX_LOOKUP,
        audience: "recipient-org",
      },
    ],
    docsUrl: QMAIL_RCPTHOSTS_URL,
    reason: "norelaying",
    match: { ...NOT_MICROSOFT_RELAY, phrases: ["isn't in my list of allowed rcpthosts"] },
  },
  {
    id: "relay-gmail-relay-denied",
    codes: ["5.7.0", "5.7.1"],
    ndrTexts: ["Mail relay denied", "Invalid credentials for relay"],
    title: "Google refused to relay the message",
    headline: "Google's relay service refused your message — your organization's relay settings need fixing",
    cause: "Google's SMTP relay refused the message: the sending IP isn't in its settings, or the sign-in didn't match a user.",
    whoMustAct: ["sender-admin"],
    userSteps: ["If you sent from a device or application, tell its owner: its relay settings for Google are wrong.", USER_FORWARD_TO_ADMIN],
    adminSteps: [
      {
        text: "In the SMTP relay service settings, add the sending IP address or require SMTP authentication with a valid user.",
        where: { label: "Google Admin console > Gmail > Routing", url: "https://admin.google.com/ac/apps/gmail/routing" },
        audience: "sender-org",
      },
      { text: "Check the sending server connects to smtp-relay.gmail.com with TLS and the right credentials.", audience: "sender-org" },
    ],
    docsUrl: GOOGLE_RELAY_URL,
    reason: "norelaying",
    match: { ...NOT_MICROSOFT_RELAY, phrases: ["does not support SMTP Authenticated Relay"] },
  },
  {
    id: "relay-third-party-denied",
    codes: ["5.7.1", "4.7.1", "5.7.0", "5.0.0", "5.5.0"],
    ndrTexts: ["Relaying disallowed", "Recipient address rejected: No relaying"],
    title: "The receiving server refused to relay the message",
    headline: RELAY_HEADLINE,
    cause: "A mail server refused the message because it doesn't receive mail for the recipient's domain and doesn't trust the sender to relay.",
    tellRecipient: RELAY_TELL,
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: RELAY_USER_STEPS,
    adminSteps: [
      { text: "Check that the domain's MX record points to a server that accepts mail for the domain.", commands: MX_LOOKUP, audience: "recipient-org" },
      {
        text: "Sign in to that server to send (port 587), or get relay permission for your IP address.",
        audience: "sender-org",
        condition: IF_OWN_OUTGOING_SERVER,
      },
      ADMIN_MESSAGE_TRACE,
    ],
    docsUrl: RFC5321_RELAY_URL,
    reason: "norelaying",
    match: {
      ...NOT_MICROSOFT_RELAY,
      unless: [...ATTRIBUTION_PHRASES, ...DBEB_PHRASES],
      phrases: [
        "relay denied", "no relaying", "not a gateway", "not allowed to relay", "unable to relay for", "we don't handle mail for",
        "this system is not configured to relay mail", "is not permitted to relay through this server without authentication",
        "requires authentication when attempting to send to a non-local e-mail address", "relaying mail to", "as a relay",
        "not an open relay", "specified domain is not allowed", "relay not allowed",
      ],
    },
  },
];
