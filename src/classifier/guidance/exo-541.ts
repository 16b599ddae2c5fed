/**
 * 5.4.1 in Exchange Online: two unrelated situations behind one code (ndr-knowledge.md §3).
 * Situation A "Relay Access Denied" (domain/MX/connector set-up) and situation B "Recipient address
 * rejected: Access denied" (Directory-Based Edge Blocking: the address doesn't exist).
 */
import type { TableRow } from "./row";
import { ADMIN_MESSAGE_TRACE } from "./common-steps";
import { EAC_ACCEPTED_DOMAINS, EAC_MAILBOXES, EAC_PUBLIC_FOLDERS, EAC_CONTACTS, HCW, M365_DOMAINS, M365_SERVICE_HEALTH, ndrArticle, ONPREM_EAC_CONNECTORS, RCA } from "./links";

/** Phrases that mean DBEB; they rule out the relay reading even when a title says "Relay Access Denied". */
// "All recipient addresses rejected : Access denied" is EOP's form when every recipient is unknown
// (seen from *.prod.protection.outlook.com in the Sisimai corpus; not in Microsoft's docs).
export const DBEB_PHRASES = ["Recipient address rejected: Access denied", "AS(201806281)", "All recipient addresses rejected : Access denied"];
/** Phrases that mean connector attribution (5.7.64), whatever the code. */
export const ATTRIBUTION_PHRASES = ["TenantAttribution", "ATTR36"];

export const EXO_541_ROWS: TableRow[] = [
  {
    id: "exo-5.4.1-relay-access-denied",
    codes: ["5.4.1"],
    ndrTexts: ["Relay Access Denied"],
    title: "The destination mail server doesn't accept mail for that domain",
    cause:
      "The server that refused the message isn't set up to accept mail for the recipient's domain. This is a mail-server or DNS set-up problem (MX record, accepted domain or connectors), usually on the receiving side; when an on-premises Exchange organization sends to the internet through Exchange Online Protection, it is the sending organization's connectors.",
    whoMustAct: ["recipient-admin", "sender-admin"],
    userSteps: [
      "If the recipient's domain was recently moved or changed (for example to Microsoft 365), wait and send again later: DNS changes can take up to 72 hours to reach every server.",
      "There may be a service outage that nobody in your organization can fix. Try again later.",
      "If it continues, forward this bounce message to your email admin; they may need to contact the recipient's admin.",
    ],
    adminSteps: [
      {
        text: "Check that the recipient domain's MX record points to <domain>.mail.protection.outlook.com and that it is the only MX record. Test it with the Remote Connectivity Analyzer.",
        where: RCA,
        command: "Resolve-DnsName -Type MX <domain>",
      },
      {
        text: "Check that the domain shows as Active (healthy) in the Microsoft 365 admin center; if not, open it and run Troubleshoot / Check DNS.",
        where: M365_DOMAINS,
        command: "Get-AcceptedDomain <domain> | Format-List DomainName,DomainType",
      },
      {
        text: "Check that the domain is listed as an accepted domain of type Authoritative (or Internal Relay if it is a correctly configured shared domain).",
        where: EAC_ACCEPTED_DOMAINS,
        command: "Get-AcceptedDomain",
      },
      {
        text: "If DNS was changed recently, wait for propagation (up to 72 hours) before changing anything else.",
        command: "Resolve-DnsName -Type MX <domain> -Server 8.8.8.8",
      },
      {
        text: "Hybrid: check the on-premises Send and Receive connectors created by the Hybrid Configuration Wizard, and the Exchange Online connectors for your on-premises organization; rerun the Hybrid Configuration Wizard if they don't match your servers.",
        where: HCW,
        command: "Get-InboundConnector; Get-OutboundConnector; Get-HybridConfiguration (on-premises Exchange Management Shell)",
      },
      {
        text: "On-premises users sending to the internet through Exchange Online Protection: the on-premises Internet Send connector must smart-host to your domain's EOP MX host, and the EOP inbound connector of type On-premises must be enabled, force TLS, and match your certificate subject, domains and on-premises IP addresses.",
        where: ONPREM_EAC_CONNECTORS,
        command: "Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces; Get-InboundConnector | Format-List Name,Enabled,ConnectorType,RequireTls,TlsSenderCertificateName,SenderIPAddresses",
      },
      { text: "Check Service health for an Exchange Online incident.", where: M365_SERVICE_HEALTH },
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
    cause:
      "The recipient's organization uses Microsoft 365, and its servers rejected the address because no such mailbox, group or contact exists there (Directory-Based Edge Blocking). In practice it often means the person has left or the address is misspelled. \"Access denied\" doesn't mean you are blocked.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: [
      "Check the spelling of the address and send the message again.",
      "Make sure the person still works at that organization.",
      "Ask the recipient (for example by phone) for their correct address.",
      "Don't keep retrying the same address: it will be refused every time.",
      "The words \"Access denied\" don't mean you or your organization are blocked; they are how Microsoft reports an address that doesn't exist.",
    ],
    adminSteps: [
      {
        text: "Recipient organization: check that the address exists as a mailbox, group, contact or proxy address in Exchange Online.",
        where: EAC_MAILBOXES,
        command: "Get-EXORecipient -Identity <address>",
      },
      {
        text: "Recipient organization: if every address in the domain is rejected, force a resync: set the accepted domain to Internal Relay, then back to Authoritative.",
        where: EAC_ACCEPTED_DOMAINS,
        command: "Set-AcceptedDomain <domain> -DomainType InternalRelay; Set-AcceptedDomain <domain> -DomainType Authoritative",
      },
      {
        text: "Recipient organization, hybrid with directory sync: for one on-premises mailbox, change its SMTP proxy address to a temporary value and back, then allow up to 24 hours for sync.",
        command: "Start-ADSyncSyncCycle -PolicyType Delta",
      },
      {
        text: "Recipient organization: mail-enabled public folders hosted on-premises must be synced to Exchange Online (Sync-ModernMailPublicFolders script).",
        where: EAC_PUBLIC_FOLDERS,
        command: "Get-MailPublicFolder <address>",
      },
      {
        text: "Recipient organization: on-premises dynamic distribution groups don't sync; create a cloud mail contact with the group's address (or keep the domain on Internal Relay until every recipient exists in Exchange Online).",
        where: EAC_CONTACTS,
        command: "New-MailContact -Name <name> -ExternalEmailAddress <address>",
      },
      {
        text: "Directory-Based Edge Blocking needs the MX record to point to Microsoft 365; in hybrid, check it does.",
        where: M365_DOMAINS,
        command: "Resolve-DnsName -Type MX <domain>",
      },
      { ...ADMIN_MESSAGE_TRACE, text: "Sender organization: nothing to fix on your side except list hygiene; a message trace confirms the recipient side refused it." },
    ],
    docsUrl: ndrArticle("fix-error-code-550-5-4-1"),
    reason: "userunknown",
    // Listed before 5.7.504 (same phrase), so it wins when no code decides.
    // Its words choose it; a bare 5.4.1 says nothing of edge blocking.
    match: { phrases: DBEB_PHRASES.slice(1), noCodeOnly: true },
  },
];
