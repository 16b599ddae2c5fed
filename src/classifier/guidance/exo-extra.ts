/**
 * Microsoft codes and texts outside the hub table: the per-code articles' other strings
 * (ndr-knowledge.md §2 "two meanings", "Other common ones") and codes seen in the wild (§6).
 */
import type { TableRow } from "./row";
import { microsoftRows } from "./provider";
import {
  ADMIN_MESSAGE_TRACE, ADMIN_OUTBOUND_TEST, DESTINATION_SECURITY_HEADLINE_DELAYED, DESTINATION_SECURITY_TELL, MAILBOX_FULL_HEADLINE, SERVER_BLOCKED_HEADLINE,
  USER_FORWARD_TO_ADMIN, USER_ONLY_ADMIN_CAN_FIX, USER_RETRY_LATER, USER_SEND_SMALLER, USER_TELL_RECIPIENT,
} from "./common-steps";
import {
  DELIST_PORTAL, DELIST_URL, EAC_GROUPS, EAC_MAILBOXES, EAC_PUBLIC_FOLDERS, EXSRV_NDR_URL, M365_DOMAINS,
  MAIL_SENDER_REQS_URL, ndrArticle,
} from "./links";

/** Every row here is worded for Microsoft's servers (see provider.ts). */
export const EXO_EXTRA_ROWS: TableRow[] = microsoftRows([
  {
    id: "exo-5.2.2-mailbox-full",
    codes: ["5.2.2", "4.2.2"],
    ndrTexts: ["mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded"],
    title: "The recipient's mailbox is full",
    headline: MAILBOX_FULL_HEADLINE,
    cause: "The recipient's mailbox (or the public folder you wrote to) is over its storage quota, so it can't take new mail.",
    tellRecipient: "Send them this bounce: they or their email admin must free space in the mailbox or raise its quota.",
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT, "Try again later, after they have made room (deleted or archived mail)."],
    adminSteps: [
      {
        text: "Free space in the mailbox (archive, empty Deleted Items) or raise its quota.",
        where: EAC_MAILBOXES,
        commands: [
          {
            shell: "exchange-online-powershell",
            text: "Get-EXOMailboxStatistics -Identity <recipient> | Format-List TotalItemSize\nGet-Mailbox -Identity <recipient> | Format-List ProhibitSendReceiveQuota",
          },
        ],
        audience: "recipient-org",
      },
      {
        text: "Mail-enabled public folder: check its ProhibitPostQuota and its mailbox's quota.",
        where: EAC_PUBLIC_FOLDERS,
        commands: [
          {
            shell: "exchange-online-powershell",
            text: "Get-PublicFolder -Identity <public-folder-path> | Format-List ProhibitPostQuota\nGet-OrganizationConfig | Format-List DefaultPublicFolderProhibitPostQuota",
          },
        ],
        audience: "recipient-org",
      },
    ],
    docsUrl: ndrArticle("cannot-send-mail-mepf"),
    reason: "mailboxfull",
    // Exchange's own words only: "mailbox full" and "over quota" from other servers pick the neutral
    // rows (mailbox-full, generic-x.2.2), whose wording fits any mail service.
    match: { phrases: ["QuotaExceeded", "AggregateGroupMailbox is full"], rank: 1 },
  },
  {
    id: "exo-5.2.3-recipient-size-limit",
    codes: ["5.2.3"],
    ndrTexts: ["RESOLVER.RST.RecipSizeLimit; message too large for this recipient"],
    title: "The message is too large for this recipient",
    headline: "Your message is too large for {recipient} — send it without the large attachment",
    cause: "The message is bigger than the recipient (or their organization) accepts.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: [USER_SEND_SMALLER],
    adminSteps: [
      {
        text: "Raise the recipient's maximum receive size if appropriate.",
        where: EAC_MAILBOXES,
        commands: [{ shell: "exchange-online-powershell", text: "Get-Mailbox -Identity <recipient> | Format-List MaxReceiveSize" }],
        audience: "recipient-org",
      },
    ],
    docsUrl: EXSRV_NDR_URL,
    reason: "exceedlimit",
    match: { phrases: ["message too large for this recipient", "RecipSizeLimit"] },
  },
  {
    id: "exo-5.1.20-multiple-from",
    codes: ["5.1.20"],
    ndrTexts: ["Multiple From addresses are not allowed without Sender address"],
    title: "The message has more than one From address",
    headline: "The message has more than one sender address — send it from a single address",
    cause: "The message lists several From addresses but no single Sender address, which Exchange Online refuses.",
    whoMustAct: ["sender", "sender-admin"],
    userSteps: ["Send the message from a single address. If an application sent it, tell its owner.", USER_FORWARD_TO_ADMIN],
    adminSteps: [{ text: "Fix the sending application: use one From address, or add a single Sender header.", audience: "sender-org" }, ADMIN_MESSAGE_TRACE],
    docsUrl: ndrArticle("fix-error-code-550-5-1-20-multiple-from-addresses"),
    reason: "notcompliantrfc",
  },
  {
    id: "exo-4.4.317-untrusted-root",
    codes: ["4.4.317", "5.4.317"],
    ndrTexts: ["Cannot connect to remote server [Message=UntrustedRoot]"],
    title: "The recipient's mail server certificate isn't trusted",
    headline: DESTINATION_SECURITY_HEADLINE_DELAYED,
    cause: "The recipient's mail server sends its certificate without the intermediate certificates, so it can't be trusted.",
    tellRecipient: DESTINATION_SECURITY_TELL,
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT, USER_RETRY_LATER],
    adminSteps: [{ text: "Configure the mail server to send the full certificate chain (leaf plus intermediates).", audience: "recipient-org" }, ADMIN_MESSAGE_TRACE],
    docsUrl: ndrArticle("fix-error-code-450-4-4-317-untrusted-root"),
    reason: "failedstarttls",
    match: { phrases: ["UntrustedRoot"] },
  },
  {
    id: "exo-5.7.193-group-refuses-external",
    codes: ["5.7.193"],
    ndrTexts: ["UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group."],
    title: "This Microsoft 365 group doesn't accept mail from outside",
    headline: "The group {recipient} only accepts email from its members — only its owner can change that",
    cause: "The Microsoft 365 group only accepts mail from its members or from inside its organization.",
    tellRecipient: "Send them this bounce and ask the group's owner to let outside senders write to it.",
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT],
    adminSteps: [
      {
        text: "Group owner or admin: allow external senders to email the group.",
        where: EAC_GROUPS,
        commands: [{ shell: "exchange-online-powershell", text: "Set-UnifiedGroup -Identity <recipient> -RequireSenderAuthenticationEnabled $false" }],
        audience: "recipient-org",
      },
    ],
    docsUrl: ndrArticle("550-5-7-193-when-external-users-send-to-microsoft-365-group"),
    reason: "rejected",
    match: { phrases: ["UnifiedGroupAgent"] },
  },
  {
    id: "exo-4.3.2-mailbox-busy-max-objects",
    codes: ["4.3.2", "5.3.2"],
    ndrTexts: ["mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded"],
    title: "A folder in the recipient's mailbox is full",
    headline: "A folder in the mailbox of {recipient} is full — they have to move items out of it",
    cause: "A folder in the recipient's mailbox has reached the limit of 1,000,000 items, so nothing more can be delivered to it.",
    tellRecipient: "Send them this bounce: they or their email admin must move items out of the full folder.",
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT],
    adminSteps: [
      {
        text: "Move items out of the full folder (often Inbox or a folder filled by a rule) or archive them.",
        where: EAC_MAILBOXES,
        commands: [
          {
            shell: "exchange-online-powershell",
            text: "Get-EXOMailboxFolderStatistics -Identity <recipient> | Sort-Object ItemsInFolder -Descending | Select-Object -First 5 Name,ItemsInFolder",
          },
        ],
        audience: "recipient-org",
      },
    ],
    docsUrl: ndrArticle("remote-server-returned-mailbox-busy"),
    reason: "mailboxfull",
    match: { phrases: ["MapiExceptionMaxObjsExceeded"] },
  },
  {
    id: "exo-5.7.1-blocklist",
    codes: ["5.7.1"],
    ndrTexts: ["Service unavailable; Client host [x.x.x.x] blocked using Blocklist 1"],
    title: "Microsoft has blocked the server your mail was sent from",
    headline: SERVER_BLOCKED_HEADLINE,
    cause: "The IP address your mail came from is on Microsoft's block list.",
    whoMustAct: ["sender-admin"],
    userSteps: [USER_ONLY_ADMIN_CAN_FIX],
    adminSteps: [
      { text: "Forward the bounce to delist@messaging.microsoft.com or use the delist portal.", where: DELIST_PORTAL, audience: "sender-org" },
      ADMIN_OUTBOUND_TEST,
    ],
    docsUrl: DELIST_URL,
    reason: "blocked",
    match: { phrases: ["blocked using Blocklist"], noCodeOnly: true },
  },
  {
    id: "exo-5.7.350-remote-spam",
    codes: ["5.7.350"],
    ndrTexts: ["Remote server returned message detected as spam"],
    title: "The recipient's server thought your message was spam",
    headline: "The recipient's server took your message for spam — change what looks like spam, or tell them",
    cause: "Exchange Online passed the message on, and the next server refused it as spam.",
    tellRecipient: "If your message was legitimate, send them this bounce: their email admin can see why their filter refused it.",
    whoMustAct: ["sender", "recipient-admin"],
    userSteps: ["Remove anything that looks like spam (many links, URL shorteners, large images, attachments) and try again.", USER_TELL_RECIPIENT],
    adminSteps: [
      {
        text: "Read the remote server's reply after \"->\"; check your SPF/DKIM/DMARC and sending IP reputation.",
        commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type TXT _dmarc.<sender-domain>" }],
        audience: "sender-org",
      },
      ADMIN_OUTBOUND_TEST,
    ],
    docsUrl: ndrArticle("non-delivery-reports-in-exchange-online"),
    reason: "spamdetected",
  },
  {
    id: "exo-5.7.515-authentication-level",
    codes: ["5.7.515"],
    ndrTexts: ["does not meet the required authentication level"],
    title: "Outlook.com requires stronger authentication for your domain",
    headline: "Outlook.com wants stronger sender checks for your domain — your email admin must set them up",
    cause: "Outlook.com, Hotmail and Live require high-volume senders' domains to pass SPF, DKIM and DMARC; your domain doesn't yet.",
    whoMustAct: ["sender-admin"],
    userSteps: [USER_ONLY_ADMIN_CAN_FIX],
    adminSteps: [
      {
        text: "Publish SPF, sign with DKIM and publish a DMARC record with alignment for the sending domain.",
        where: M365_DOMAINS,
        commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type TXT _dmarc.<sender-domain>" }],
        audience: "sender-org",
      },
      ADMIN_OUTBOUND_TEST,
    ],
    docsUrl: MAIL_SENDER_REQS_URL,
    reason: "authfailure",
  },
  {
    id: "exo-5.7.129-recipient-restriction",
    codes: ["5.7.129"],
    title: "The recipient can't receive mail",
    headline: "{recipient} can't receive email — the address may belong to someone who has left",
    cause: "The recipient can't receive mail, typically because the on-premises account behind it was disabled.",
    tellRecipient: "Send them this bounce: their email admin should re-enable the account or remove its address.",
    whoMustAct: ["recipient-admin"],
    userSteps: [USER_TELL_RECIPIENT, "If the person has left, ask for another contact."],
    adminSteps: [
      {
        text: "Re-enable the account and sync, or delete it if it was disabled on purpose.",
        commands: [{ shell: "windows-powershell", text: "Start-ADSyncSyncCycle -PolicyType Delta" }],
        audience: "recipient-org",
      },
    ],
    docsUrl: ndrArticle("fix-error-code-550-5-7-1-in-exchange-online"),
    reason: "suspend",
  },
  {
    id: "outlookcom-s3150-network-blocked",
    codes: ["5.7.1"],
    ndrTexts: ["part of their network is on our block list (S3150)"],
    title: "Outlook.com has blocked the network your mail was sent from",
    headline: "Outlook.com has blocked the network your mail came from — your email admin or provider must fix it",
    cause: "Outlook.com refused mail from your sending server's network because it's on their block list.",
    whoMustAct: ["sender-admin"],
    userSteps: [USER_ONLY_ADMIN_CAN_FIX],
    adminSteps: [
      {
        text: "Request delisting through the Outlook.com sender support form and fix whatever made the network look abusive.",
        where: { label: "Outlook.com sender support", url: "https://olcsupport.office.com" },
        audience: "sender-org",
      },
      ADMIN_OUTBOUND_TEST,
    ],
    docsUrl: DELIST_URL,
    reason: "blocked",
    match: { phrases: ["(S3150)"], noCodeOnly: true },
  },
]);
