/**
 * The zone the DNS tests resolve against: one domain per situation an admin can meet, plus names
 * that make the resolver fail in each way the engine must report.
 */
import type { Answer } from "dns-packet";
import type { TestZone } from "./dohTestServer";

const mx = (name: string, preference: number, exchange: string): Answer => ({ type: "MX", name, ttl: 300, class: "IN", data: { preference, exchange } });
const txt = (name: string, ...strings: string[]): Answer => ({ type: "TXT", name, ttl: 300, class: "IN", data: strings });
const cname = (name: string, target: string): Answer => ({ type: "CNAME", name, ttl: 300, class: "IN", data: target });

const EXO_SPF = "v=spf1 include:spf.protection.outlook.com -all";

/** Longer than any time-out the tests use, so "slow" always means "too slow". */
export const SLOW_ANSWER_MS = 3000;

export function buildTestZone(): TestZone {
  return {
    records: {
      // Everything right for Microsoft 365, classic MX form.
      "contoso.com": [mx("contoso.com", 0, "contoso-com.mail.protection.outlook.com"), txt("contoso.com", EXO_SPF), txt("contoso.com", "MS=ms12345678")],
      "autodiscover.contoso.com": [cname("autodiscover.contoso.com", "autodiscover.outlook.com")],
      // Everything right, DNSSEC MX form; SPF split across two strings of one TXT record.
      "contoso.co.uk": [mx("contoso.co.uk", 0, "contoso-co-uk.o-v1.mx.microsoft"), txt("contoso.co.uk", "v=spf1 include:spf.prot", "ection.outlook.com ~all")],
      "autodiscover.contoso.co.uk": [cname("autodiscover.contoso.co.uk", "AUTODISCOVER.OUTLOOK.COM.")],
      // Exchange Online plus a backup MX; two SPF records; autodiscover to on-premises.
      "fabrikam.com": [
        mx("fabrikam.com", 10, "fabrikam-com.mail.protection.outlook.com"),
        mx("fabrikam.com", 20, "backup-mx.fabrikam.net"),
        txt("fabrikam.com", "v=spf1 include:spf.protection.outlook.com -all"),
        txt("fabrikam.com", "v=spf1 ip4:203.0.113.0/24 -all"),
      ],
      "autodiscover.fabrikam.com": [cname("autodiscover.fabrikam.com", "mail.fabrikam.com")],
      // Mail goes through a third-party filter; SPF without Microsoft.
      "tailspin.example": [
        mx("tailspin.example", 10, "eu-smtp-inbound-1.mimecast.com"),
        mx("tailspin.example", 20, "eu-smtp-inbound-2.mimecast.com"),
        txt("tailspin.example", "v=spf1 include:_netblocks.mimecast.com -all"),
      ],
      // Points at Exchange Online, but at another domain's host; SPF hands over with redirect=.
      "wingtip.example": [mx("wingtip.example", 0, "woodgrove-com.mail.protection.outlook.com"), txt("wingtip.example", "v=spf1 redirect=_spf.woodgrove.com")],
      // The domain exists but publishes no MX, no SPF and no autodiscover.
      "nomail.example": [txt("nomail.example", "google-site-verification=abc")],
      // RFC 7505 null MX.
      "nullmx.example": [mx("nullmx.example", 0, ".")],
    },
    misbehave: {
      "servfail.example": { kind: "rcode", rcode: 2 },
      "refused.example": { kind: "rcode", rcode: 5 },
      "formerr.example": { kind: "rcode", rcode: 1 },
      "slow.example": { kind: "delay", ms: SLOW_ANSWER_MS },
      "garbage.example": { kind: "garbage", bytes: Buffer.from("this is not a DNS message at all, just text bytes") },
      "http500.example": { kind: "http-status", status: 500 },
      "html.example": { kind: "content-type", contentType: "text/html; charset=utf-8", body: "<html><script>alert(1)</script></html>" },
      "cutbody.example": { kind: "cut-body" },
      "wrongid.example": { kind: "wrong-id" },
      "wrongquestion.example": { kind: "wrong-question" },
      "tcflag.example": { kind: "truncated-flag" },
      "oversized.example": { kind: "oversized" },
    },
  };
}
