/**
 * 5.4.1 in Exchange Online: two unrelated situations behind one code (ndr-knowledge.md §3).
 * Situation A "Relay Access Denied" (domain/MX/connector set-up) and situation B "Recipient address
 * rejected: Access denied" (Directory-Based Edge Blocking: the address doesn't exist).
 */
import { IF_HYBRID, IF_ONPREM_THROUGH_EOP, USER_TELL_RECIPIENT } from "./common-steps";
import {
  EAC_ACCEPTED_DOMAINS,
  EAC_MAILBOXES,
  EAC_PUBLIC_FOLDERS,
  EAC_CONTACTS,
  HCW,
  M365_DOMAINS,
  M365_SERVICE_HEALTH,
  ndrArticle,
  ONPREM_EAC_CONNECTORS,
  RCA,
} from "./links";
import { microsoftRows } from "./provider";
import type { TableRow } from "./row";

/** Phrases that mean DBEB; they rule out the relay reading even when a title says "Relay Access Denied". */
// "All recipient addresses rejected : Access denied" is EOP's form when every recipient is unknown
// (seen from *.prod.protection.outlook.com in the Sisimai corpus; not in Microsoft's docs).
export const DBEB_PHRASES = ["Recipient address rejected: Access denied", "AS(201806281)", "All recipient addresses rejected : Access denied"];
/** Phrases that mean connector attribution (5.7.64), whatever the code. */
export const ATTRIBUTION_PHRASES = ["TenantAttribution", "ATTR36"];

/** Every row here is worded for Microsoft's servers (see provider.ts). */
export const EXO_541_ROWS: TableRow[] = microsoftRows([
  {
    id: "exo-5.4.1-relay-access-denied",
    codes: ["5.4.1"],
    ndrTexts: ["Relay Access Denied"],
    title: "The destination mail server doesn't accept mail for that domain",
    headline: "{domain} can't receive email right now — this is a set-up problem at {domain}, not something you did",
    cause: "The mail server that refused your message isn't set up to accept email for the recipient's domain, usually a DNS or set-up problem on their side.",
    detail:
      "Microsoft 365 answers this when a domain's MX record, accepted domains or connectors don't match, typically just after the domain moved. An organization sending from on-premises Exchange through Exchange Online Protection gets it too when its own connectors are wrong.",
    tellRecipient: "Send them this bounce (its code, server reply and time): their email admin must check the domain's MX record and accepted domains.",
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [
      USER_TELL_RECIPIENT,
      "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.",
      "If messages to other organizations bounce the same way, forward this bounce to your email admin.",
    ],
    adminSteps: [
      {
        text: "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.",
        where: RCA,
        commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" }],
        audience: "recipient-org",
      },
      {
        text: "Check the domain shows as healthy in the Microsoft 365 admin center; if not, run its DNS check.",
        where: M365_DOMAINS,
        audience: "recipient-org",
      },
      {
        text: "Check that the domain is an accepted domain of type Authoritative (or Internal Relay for a shared domain).",
        where: EAC_ACCEPTED_DOMAINS,
        commands: [{ shell: "exchange-online-powershell", text: "Get-AcceptedDomain -Identity <domain> | Format-List DomainName,DomainType" }],
        audience: "recipient-org",
      },
      {
        text: "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.",
        commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain> -Server 8.8.8.8" }],
        audience: "recipient-org",
      },
      { text: "Check Service health for an Exchange Online incident.", where: M365_SERVICE_HEALTH, audience: "recipient-org" },
      {
        text: "Check the hybrid connectors on-premises and in Exchange Online; rerun the Hybrid Configuration Wizard if they don't match your servers.",
        where: HCW,
        commands: [
          {
            shell: "exchange-online-powershell",
            text: "Get-InboundConnector | Format-List Name,Enabled,ConnectorType,TlsSenderCertificateName\nGet-OutboundConnector | Format-List Name,Enabled,SmartHosts,RecipientDomains",
          },
          { shell: "exchange-management-shell", text: "Get-HybridConfiguration\nGet-SendConnector | Format-List Name,Enabled,SmartHosts,AddressSpaces" },
        ],
        audience: "sender-org",
        condition: IF_HYBRID,
      },
      {
        text: "The on-premises Send connector must smart-host to your EOP MX host, and the inbound On-premises connector must be enabled and match your certificate and IP addresses.",
        where: ONPREM_EAC_CONNECTORS,
        commands: [
          { shell: "exchange-management-shell", text: "Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces" },
          {
            shell: "exchange-online-powershell",
            text: "Get-InboundConnector | Format-List Name,Enabled,ConnectorType,RequireTls,TlsSenderCertificateName,SenderIPAddresses",
          },
        ],
        audience: "sender-org",
        condition: IF_ONPREM_THROUGH_EOP,
      },
    ],
    docsUrl: ndrArticle("fix-error-code-550-5-4-1-in-exchange-online"),
    reason: "norelaying",
    match: {
      unless: [...DBEB_PHRASES, ...ATTRIBUTION_PHRASES],
      // Only its words choose it: a bare 5.4.1, even from Microsoft, gets the cautious reading
      // (exo-5.4.1-unrecognised), and "No answer from host" has its own row (exo-541-family.ts).
      noCodeOnly: true,
    },
  },
  {
    id: "exo-5.4.1-dbeb-recipient-not-found",
    codes: ["5.4.1"],
    ndrTexts: ["Recipient address rejected: Access denied"],
    title: "The recipient's address doesn't exist",
    headline: "That address doesn't exist at {domain} — check it; \"Access denied\" doesn't mean you're blocked",
    cause: "The recipient's organization uses Microsoft 365 and has no mailbox, group or contact with this address.",
    detail:
      "Microsoft 365 turns away unknown addresses before accepting the message (Directory-Based Edge Blocking); usually the person has left or the address is misspelled.",
    tellRecipient: "If the address is right, send them this bounce: their email admin should check it exists in their directory.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: [
      "Check the spelling of the address and send the message again.",
      "Make sure the person still works at that organization.",
      "Ask the recipient (for example by phone) for their correct address.",
      "Don't keep retrying the same address: it will be refused every time.",
    ],
    adminSteps: [
      {
        text: "Check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.",
        where: EAC_MAILBOXES,
        commands: [{ shell: "exchange-online-powershell", text: "Get-EXORecipient -Identity <recipient>" }],
        audience: "recipient-org",
      },
      {
        text: "If every address in the domain is refused, set the accepted domain to Internal Relay, then back to Authoritative.",
        where: EAC_ACCEPTED_DOMAINS,
        commands: [
          {
            shell: "exchange-online-powershell",
            text: "Set-AcceptedDomain -Identity <domain> -DomainType InternalRelay\nSet-AcceptedDomain -Identity <domain> -DomainType Authoritative",
          },
        ],
        audience: "recipient-org",
      },
      {
        text: "Hybrid: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow 24 hours for sync.",
        commands: [{ shell: "windows-powershell", text: "Start-ADSyncSyncCycle -PolicyType Delta" }],
        audience: "recipient-org",
      },
      {
        text: "Mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).",
        where: EAC_PUBLIC_FOLDERS,
        commands: [
          {
            shell: "exchange-online-powershell",
            text: "Get-MailPublicFolder -ResultSize Unlimited | Where-Object { $_.PrimarySmtpAddress -eq '<recipient>' }",
          },
        ],
        audience: "recipient-org",
      },
      {
        text: "On-premises dynamic distribution groups don't sync: create a cloud mail contact with the group's address.",
        where: EAC_CONTACTS,
        commands: [{ shell: "exchange-online-powershell", text: "New-MailContact -Name <contact-name> -ExternalEmailAddress <recipient>" }],
        audience: "recipient-org",
      },
      {
        text: "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.",
        where: M365_DOMAINS,
        commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" }],
        audience: "recipient-org",
      },
      {
        text: "Nothing to fix on your side: remove the address from your contacts and mailing lists if it's gone for good.",
        audience: "sender-org",
      },
    ],
    docsUrl: ndrArticle("fix-error-code-550-5-4-1"),
    reason: "userunknown",
    // Listed before 5.7.504 (same phrase), so it wins when no code decides.
    // Its words choose it; a bare 5.4.1 says nothing of edge blocking.
    match: { phrases: DBEB_PHRASES.slice(1), noCodeOnly: true },
  },
]);
