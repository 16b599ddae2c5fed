/**
 * The recipient side's transport-security failures (MTA-STS, DANE, certificates). Exchange Online
 * reports each one twice: as 4.x.x while it retries (exo-temporary.ts) and as 5.x.x when it gives
 * up (exo-security.ts, exo-addressing.ts). Both rows say the same things, written once here.
 */
import type { AdminStep } from "../types";

interface SecurityCheck {
  /** Microsoft's documented text (the same for the 4.x.x and the 5.x.x form). */
  ndrText: string;
  cause: string;
  fix: AdminStep;
}

const TLSA_LOOKUP = [{ shell: "windows-powershell" as const, text: "Resolve-DnsName -Type TLSA _25._tcp.<mx-host>" }];

export const MTA_STS_MX: SecurityCheck = {
  ndrText: "MX hosts of <domain> failed MTA-STS validation",
  cause: "The recipient's security policy (MTA-STS) doesn't name its own mail server, so Exchange Online won't deliver there.",
  fix: {
    text: "Make the MTA-STS policy's mx: lines cover every MX host of the domain (https://mta-sts.<domain>/.well-known/mta-sts.txt).",
    commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>\nResolve-DnsName -Type TXT _mta-sts.<domain>" }],
    audience: "recipient-org",
  },
};
export const MTA_STS_CERTIFICATE: SecurityCheck = {
  ndrText: "Remote certificate failed MTA-STS validation. Reason: <validityStatus>",
  cause: "The recipient's mail server presented a certificate that can't be trusted under its own security policy (MTA-STS).",
  fix: { text: "Install a certificate from a trusted CA whose names (CN/SAN) cover every MX host, with the full chain.", audience: "recipient-org" },
};
export const STARTTLS_NOT_SUPPORTED: SecurityCheck = {
  ndrText: "starttls-not-supported: Destination mail server must support TLS to receive mail.",
  cause: "The recipient's domain requires encrypted delivery, but its mail server doesn't offer encryption (STARTTLS) or the encrypted connection fails.",
  fix: { text: "Enable STARTTLS on the MX hosts and check the TLS handshake.", audience: "recipient-org" },
};
export const CERTIFICATE_EXPIRED: SecurityCheck = {
  ndrText: "certificate-expired: Destination mail server's certificate is expired.",
  cause: "The destination server presented an expired certificate, which DANE doesn't allow.",
  fix: { text: "Renew the mail server's certificate and update TLSA records if they pin it.", commands: TLSA_LOOKUP, audience: "recipient-org" },
};
export const TLSA_INVALID: SecurityCheck = {
  ndrText: "tlsa-invalid: The domain failed DANE validation.",
  cause: "The recipient's mail server certificate doesn't match the security records (DANE) its domain publishes.",
  fix: { text: "Make the TLSA records match the certificate the MX hosts present.", commands: TLSA_LOOKUP, audience: "recipient-org" },
};
export const DNSSEC_INVALID: SecurityCheck = {
  ndrText: "dnssec-invalid: Destination domain returned invalid DNSSEC records",
  cause: "The destination domain claims DNSSEC, but Exchange Online can't validate its records.",
  fix: { text: "Fix the domain's DNSSEC signing (DS/DNSKEY records, expired signatures).", audience: "recipient-org" },
};
export const CERTIFICATE_HOST_MISMATCH: SecurityCheck = {
  ndrText: "certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
  cause: "The destination server's certificate name (CN/SAN) doesn't match the domain or MX host.",
  fix: { text: "Reissue the certificate so its names cover the MX host names.", audience: "recipient-org" },
};
