/** The SPF verdict's include test, written as a comparison instead of a pattern built at run time. */
import type { DohResult } from "../../src/dns/types";
import { spfVerdict } from "../../src/dns/verdicts";

function txt(record: string): DohResult {
  return { ok: true, rcode: "NOERROR", answers: [{ type: "TXT", name: "contoso.com", ttl: 300, text: record }] };
}

const statusOf = (record: string): string => spfVerdict("contoso.com", txt(record)).status;

test.each([
  "v=spf1 include:spf.protection.outlook.com -all",
  "v=spf1 +include:spf.protection.outlook.com ~all",
  "v=spf1 ?include:SPF.Protection.Outlook.COM -all",
  "v=spf1 ip4:192.0.2.1 ~include:spf.protection.outlook.com. -all",
  "V=SPF1 INCLUDE:SPF.PROTECTION.OUTLOOK.COM -ALL",
])("covers Exchange Online: %s", (record) => {
  expect(statusOf(record)).toBe("pass");
});

test.each([
  ['a "-" qualifier means fail, not coverage', "v=spf1 -include:spf.protection.outlook.com ~all"],
  ["another include", "v=spf1 include:spf.protection.outlook.com.evil.example -all"],
  ["a prefix", "v=spf1 include:xspf.protection.outlook.com -all"],
  ["two dots", "v=spf1 include:spf.protection.outlook.com.. -all"],
  ["a Kelvin sign for the k", "v=spf1 include:spf.protection.outloo\u212a.com -all"],
  ["a long s for the s", "v=spf1 include:\u017fpf.protection.outlook.com -all"],
  ["no include at all", "v=spf1 a mx -all"],
])("does not cover it: %s", (_why, record) => {
  expect(statusOf(record)).toBe("warn");
});
