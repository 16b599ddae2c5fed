/**
 * Every row of the Exchange Online NDR code table (ndr-knowledge.md §1, 69 rows) must resolve,
 * from its code and its documented text, to its own specific entry with high confidence. Texts
 * are written with the placeholders filled in, as a real reply would carry them.
 */
import { GUIDANCE, selectGuidance } from "../../src/classifier/guidance";
import { codeMatches, parseCode } from "../../src/classifier/guidance/codes";

/** [row, status code, reply text as a server would send it, expected entry id] */
const HUB_ROWS: [number, string, string, string][] = [
  [1, "4.3.2", "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", "exo-4.3.2-recipient-thread-limit"],
  [2, "4.4.316", "451 4.4.316 Connection refused [Message=Socket error code 10061]", "exo-4.4.316-connection-refused"],
  [3, "4.4.7", "550 4.4.7 Message expired", "exo-4.4.7-message-expired"],
  [4, "4.4.8", "451 4.4.8 MX hosts of fabrikam.com failed MTA-STS validation", "exo-4.4.8-mta-sts-mx-mismatch"],
  [5, "4.5.3", "452 4.5.3 Too many recipients", "exo-4.5.3-too-many-recipients"],
  [6, "4.7.5", "451 4.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateChainErrors", "exo-4.7.5-mta-sts-certificate"],
  [
    7,
    "4.7.26",
    "450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation, this message is not signed",
    "exo-4.7.26-ipv6-needs-spf-or-dkim",
  ],
  [8, "4.7.321", "451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.", "exo-4.7.321-starttls-not-supported"],
  [9, "4.7.322", "451 4.7.322 certificate-expired: Destination mail server's certificate is expired.", "exo-4.7.322-certificate-expired"],
  [10, "4.7.323", "451 4.7.323 tlsa-invalid: The domain failed DANE validation.", "exo-4.7.323-tlsa-invalid"],
  [11, "4.7.324", "451 4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records", "exo-4.7.324-dnssec-invalid"],
  [
    12,
    "4.7.325",
    "451 4.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
    "exo-4.7.325-certificate-host-mismatch",
  ],
  [13, "4.7.501", "451 4.7.501 Access denied, please try again later (AS843)", "exo-4.7.500-699-temporarily-restricted"],
  [14, "4.7.851", "451 4.7.851 Access denied, please try again later", "exo-4.7.850-899-temporarily-restricted-ip"],
  [15, "5.0.350", "550 5.0.350 x-dg-ref header is too long", "exo-5.0.350-generic-remote-error"],
  [16, "5.1.0", "550 5.1.0 Sender denied", "exo-5.1.0-sender-denied"],
  [17, "5.1.1", "550 5.1.1 Bad destination mailbox address", "exo-5.1.1-bad-destination-mailbox"],
  [18, "5.1.8", "550 5.1.8 Access denied, bad outbound sender", "exo-5.1.8-bad-outbound-sender"],
  [19, "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "exo-5.1.10-recipient-not-found"],
  [20, "5.1.90", "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients", "exo-5.1.90-daily-recipient-limit"],
  [21, "5.2.2", "554 5.2.2 Submission quota exceeded", "exo-5.2.2-submission-quota-exceeded"],
  [22, "5.2.121", "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded", "exo-5.2.121-per-sender-receive-limit"],
  [23, "5.2.122", "550 5.2.122 Recipient's per hour message receive limit exceeded", "exo-5.2.122-recipient-receive-limit"],
  [
    24,
    "5.3.190",
    "550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled",
    "exo-5.3.190-journaling-not-supported",
  ],
  [25, "5.4.1", "550 5.4.1 Relay Access Denied", "exo-5.4.1-relay-access-denied"],
  [26, "5.4.1", "550 5.4.1 Recipient address rejected: Access denied", "exo-5.4.1-dbeb-recipient-not-found"],
  [27, "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "exo-5.4.6-5.4.14-routing-loop"],
  [27, "5.4.6", "554 5.4.6 Routing loop detected", "exo-5.4.6-5.4.14-routing-loop"],
  [28, "5.4.8", "550 5.4.8 MX hosts of fabrikam.com failed MTA-STS validation", "exo-5.4.8-mta-sts-mx-mismatch"],
  [29, "5.4.300", "550 5.4.300 Message expired", "exo-5.4.300-message-expired"],
  [30, "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable", "exo-5.5.0-mailbox-unavailable"],
  [31, "5.6.11", "550 5.6.11 Invalid characters", "exo-5.6.11-invalid-characters"],
  [32, "5.7.1", "550 5.7.1 Delivery not authorized", "exo-5.7.1-delivery-not-authorized"],
  [33, "5.7.1", "550 5.7.1 Unable to relay [SN1NAM02FT011.eop-nam02.prod.protection.outlook.com]", "exo-5.7.1-unable-to-relay"],
  [34, "5.7.1", "530 5.7.1 Client was not authenticated", "exo-5.7.1-client-not-authenticated"],
  [35, "5.7.5", "550 5.7.5 Remote certificate failed MTA-STS validation. Reason: NameMismatch", "exo-5.7.5-mta-sts-certificate"],
  [36, "5.7.12", "550 5.7.12 Sender was not authenticated by organization", "exo-5.7.12-sender-not-authenticated-by-organization"],
  [37, "5.7.23", "550 5.7.23 The message was rejected because of Sender Policy Framework violation", "exo-5.7.23-spf-violation"],
  [38, "5.7.57", "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM", "exo-5.7.57-client-not-authenticated-anonymous"],
  [39, "5.7.64", "550 5.7.64 TenantAttribution; Relay Access Denied", "exo-5.7.64-tenant-attribution"],
  [40, "5.7.124", "550 5.7.124 Sender not in allowed-senders list", "exo-5.7.124-not-in-allowed-senders"],
  [41, "5.7.133", "550 5.7.133 Sender not authenticated for group", "exo-5.7.133-group-refuses-external"],
  [42, "5.7.134", "550 5.7.134 Sender was not authenticated for mailbox", "exo-5.7.134-mailbox-refuses-external"],
  [43, "5.7.13", "550 5.7.13 Sender was not authenticated for public folder", "exo-5.7.13-5.7.135-public-folder-refuses-external"],
  [43, "5.7.135", "550 5.7.135 Sender was not authenticated for public folder", "exo-5.7.13-5.7.135-public-folder-refuses-external"],
  [44, "5.7.136", "550 5.7.136 Sender was not authenticated", "exo-5.7.136-mail-user-refuses-external"],
  [45, "5.7.25", "550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record", "exo-5.7.25-ipv6-needs-reverse-dns"],
  [46, "5.7.321", "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.", "exo-5.7.321-starttls-not-supported"],
  [47, "5.7.322", "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.", "exo-5.7.322-certificate-expired"],
  [48, "5.7.323", "550 5.7.323 tlsa-invalid: The domain failed DANE validation.", "exo-5.7.323-tlsa-invalid"],
  [49, "5.7.324", "550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records", "exo-5.7.324-dnssec-invalid"],
  [
    50,
    "5.7.325",
    "550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
    "exo-5.7.325-certificate-host-mismatch",
  ],
  [51, "5.7.501", "550 5.7.501 Access denied, spam abuse detected.", "exo-5.7.501-spam-abuse-detected"],
  [52, "5.7.502", "550 5.7.502 Access denied, banned sender", "exo-5.7.502-banned-sender"],
  [53, "5.7.503", "550 5.7.503 Access denied, banned sender", "exo-5.7.503-banned-sender"],
  [54, "5.7.504", "550 5.7.504 [jo@contoso.com]: Recipient address rejected: Access denied", "exo-5.7.504-recipient-rejected"],
  [55, "5.7.505", "550 5.7.505 Access denied, banned recipient", "exo-5.7.505-banned-recipient"],
  [56, "5.7.506", "550 5.7.506 Access Denied, Bad HELO", "exo-5.7.506-bad-helo"],
  [57, "5.7.507", "550 5.7.507 Access denied, rejected by recipient", "exo-5.7.507-rejected-by-recipient"],
  [58, "5.7.508", "550 5.7.508 Access denied, [2001:db8::25] has exceeded permitted limits within /64 range", "exo-5.7.508-ipv6-range-limit"],
  [
    59,
    "5.7.509",
    "550 5.7.509 Access denied, sending domain [fabrikam.com] does not pass DMARC verification and has a DMARC policy of reject.",
    "exo-5.7.509-dmarc-reject",
  ],
  [60, "5.7.510", "550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6", "exo-5.7.510-no-ipv6"],
  [61, "5.7.511", "550 5.7.511 Access denied, banned sender", "exo-5.7.511-banned-sending-ip"],
  [62, "5.7.512", "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant", "exo-5.7.512-rfc5322-from"],
  [
    63,
    "5.7.513",
    "550 5.7.513 Service unavailable, Client host [192.0.2.9] blocked by contoso.com using Customer Block list (AS16012607)",
    "exo-5.7.513-customer-block-list",
  ],
  [
    64,
    "5.7.606",
    "550 5.7.606 Access denied, banned sending IP [192.0.2.9]. To request removal from this list please visit https://sender.office.com/",
    "exo-5.7.606-649-banned-sending-ip",
  ],
  [
    65,
    "5.7.703",
    "550 5.7.703 Your message can't be delivered because messages to a@evil.example, b@evil.example are blocked by your organization using Tenant Allow Block List.",
    "exo-5.7.703-tenant-allow-block-list",
  ],
  [66, "5.7.705", "550 5.7.705 Access denied, tenant has exceeded threshold", "exo-5.7.705-5.7.708-tenant-sending-ban"],
  [66, "5.7.708", "550 5.7.708 Access denied, traffic not accepted from this IP", "exo-5.7.705-5.7.708-tenant-sending-ban"],
  [67, "5.7.750", "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains", "exo-5.7.750-unregistered-domains"],
  [68, "5.7.800", "550 5.7.800 Access denied, banned sender", "exo-5.7.800-banned-sender-domain"],
];

describe("Exchange Online hub table (§1)", () => {
  it("covers all 69 rows", () => {
    expect(new Set(HUB_ROWS.map((r) => r[0])).size).toBe(68); // row 69 has no code: tested below
  });

  it.each(HUB_ROWS)("row %i: %s resolves to its own entry", (_row, status, diagnostic, id) => {
    const m = selectGuidance({ status, reply: diagnostic.slice(0, 3), diagnostic });
    expect(m.entry.id).toBe(id);
    expect(m.confidence).toBe("high");
    expect(m.entry.generic).toBeFalsy();
    const code = parseCode(status);
    expect(code).toBeDefined();
    expect(m.entry.codes.some((p) => code !== undefined && codeMatches(p, code))).toBe(true);
  });

  it.each(HUB_ROWS)("row %i: %s by code alone still lands on an entry carrying that code", (_row, status) => {
    const m = selectGuidance({ status, reply: "", diagnostic: "" });
    const code = parseCode(status);
    expect(code).toBeDefined();
    expect(m.entry.codes.some((p) => code !== undefined && codeMatches(p, code))).toBe(true);
  });

  it("row 69 (no code): the submission-quota text", () => {
    const m = selectGuidance({ status: "", reply: "", diagnostic: "The message can't be submitted because the sender's submission quota was exceeded." });
    expect(m.entry.id).toBe("exo-submission-quota-exceeded");
    expect(m.confidence).toBe("medium");
  });

  it("the duplicated codes are separate entries (5.7.1 ×3, 5.4.1 ×2)", () => {
    const ids = HUB_ROWS.filter((r) => r[1] === "5.7.1" || r[1] === "5.4.1").map((r) => r[3]);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(GUIDANCE.some((e) => e.id === id)).toBe(true);
  });
});
