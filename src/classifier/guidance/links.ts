/** Addresses used by the table: Microsoft docs and admin-center pages (data, shared by many rows). */

const LEARN_NDR = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/";

/** A per-code Exchange Online NDR article under Microsoft's documented URL convention. */
export function ndrArticle(slug: string): string {
  return `${LEARN_NDR}${slug}`;
}

export const HUB_URL = ndrArticle("non-delivery-reports-in-exchange-online");
export const DMARC_URL = `${HUB_URL}#why-does-dmarc-fail`;
export const MTA_STS_URL = "https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts";
export const DANE_URL = "https://learn.microsoft.com/en-us/purview/how-smtp-dane-works";
export const IPV6_INBOUND_URL = "https://learn.microsoft.com/en-us/defender-office-365/support-for-anonymous-inbound-email-messages-over-ipv6";
export const DELIST_URL =
  "https://learn.microsoft.com/en-us/defender-office-365/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis";
export const SENDING_LIMITS_URL =
  "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits";
export const DBEB_URL = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking";
export const ANONYMOUS_RELAY_URL = "https://learn.microsoft.com/en-us/exchange/mail-flow/connectors/allow-anonymous-relay";
export const EXSRV_NDR_URL =
  "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages";
export const MFP_SMTP_URL =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365";
export const STORE_DRIVER_URL =
  "https://techcommunity.microsoft.com/t5/exchange-team-blog/store-driver-fault-isolation-improvements-in-exchange-2010-sp1/ba-p/586093";
export const RFC3463_URL = "https://datatracker.ietf.org/doc/html/rfc3463";
export const RFC7671_URL = "https://datatracker.ietf.org/doc/html/rfc7671";
export const RFC5322_URL = "https://datatracker.ietf.org/doc/html/rfc5322#section-3.6.2";
export const POSTFIX_RELAY_URL = "https://www.postfix.org/SMTPD_ACCESS_README.html";
export const SENDMAIL_RELAY_URL = "https://www.sendmail.org/~ca/email/relayingdenied.html";
export const EXIM_RELAY_URL = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-how_exim_receives_and_delivers_mail.html";
export const GOOGLE_RELAY_URL = "https://support.google.com/a/answer/2956491";
export const QMAIL_RCPTHOSTS_URL = "https://cr.yp.to/qmail/faq/servers.html";
export const RFC5321_RELAY_URL = "https://datatracker.ietf.org/doc/html/rfc5321#section-3.6";
export const MAIL_SENDER_REQS_URL = "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-about";

/** Admin consoles. */
export const M365_DOMAINS = { label: "Microsoft 365 admin center > Settings > Domains", url: "https://admin.microsoft.com/#/Domains" };
export const M365_SERVICE_HEALTH = { label: "Microsoft 365 admin center > Health > Service health", url: "https://admin.microsoft.com/#/servicehealth" };
export const M365_USERS = { label: "Microsoft 365 admin center > Users > Active users", url: "https://admin.microsoft.com/#/users" };
export const EAC_ACCEPTED_DOMAINS = {
  label: "Exchange admin center > Mail flow > Accepted domains",
  url: "https://admin.exchange.microsoft.com/#/accepteddomains",
};
export const EAC_CONNECTORS = { label: "Exchange admin center > Mail flow > Connectors", url: "https://admin.exchange.microsoft.com/#/connectors" };
export const EAC_RULES = { label: "Exchange admin center > Mail flow > Rules", url: "https://admin.exchange.microsoft.com/#/transportrules" };
export const EAC_MESSAGE_TRACE = { label: "Exchange admin center > Mail flow > Message trace", url: "https://admin.exchange.microsoft.com/#/messagetrace" };
export const EAC_MAILBOXES = { label: "Exchange admin center > Recipients > Mailboxes", url: "https://admin.exchange.microsoft.com/#/mailboxes" };
export const EAC_GROUPS = { label: "Exchange admin center > Recipients > Groups", url: "https://admin.exchange.microsoft.com/#/groups" };
export const EAC_CONTACTS = { label: "Exchange admin center > Recipients > Contacts", url: "https://admin.exchange.microsoft.com/#/contacts" };
export const EAC_PUBLIC_FOLDERS = { label: "Exchange admin center > Public folders", url: "https://admin.exchange.microsoft.com/#/publicfolders" };
export const DEFENDER_RESTRICTED = { label: "Microsoft Defender portal > Restricted entities", url: "https://security.microsoft.com/restrictedusers" };
export const DEFENDER_TABL = { label: "Microsoft Defender portal > Tenant Allow/Block Lists", url: "https://security.microsoft.com/tenantAllowBlockList" };
export const DEFENDER_CONNECTION_FILTER = {
  label: "Microsoft Defender portal > Anti-spam policies > Connection filter policy",
  url: "https://security.microsoft.com/antispam",
};
export const DELIST_PORTAL = { label: "Microsoft delist portal", url: "https://sender.office.com" };
export const RCA = { label: "Microsoft Remote Connectivity Analyzer", url: "https://testconnectivity.microsoft.com" };
export const HCW = { label: "Hybrid Configuration Wizard (on-premises Exchange server)", url: "https://aka.ms/HybridWizard" };
export const ONPREM_EAC_CONNECTORS = { label: "On-premises Exchange admin center > Mail flow > Send/Receive connectors" };
export const ADMIN_NDR_DIAGNOSTICS = { label: "Microsoft 365 admin center: NDR diagnostics", url: "https://aka.ms/PillarEmailNDR" };
