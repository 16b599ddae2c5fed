/** Address and domain validation, extraction from report text, and report forms of a recipient. */
import { domainOfAddress, emailsIn, firstEmail, isDomainName, isEmailAddress, normaliseRecipient, reportFormAddress } from "../../../src/classifier/mail/address";
import { linearBound, measureScaling } from "../../properties/support/cpuScaling";

describe("isEmailAddress (strict addr-spec)", () => {
  it.each(["admin@example.com", "first.last+tag@sub.example.co.uk", '"odd name"@example.com', "user@[192.0.2.1]", "ünïcode@exämple.de"])("accepts %s", (a) => {
    expect(isEmailAddress(a)).toBe(true);
  });
  it.each(["", "Admin <admin@example.com>", "admin@localhost", "admin@", "@example.com", "a..b@example.com", ".a@example.com", "a@-x.com", "a@x-.com", `${"a".repeat(65)}@example.com`, "a@b@example.com", "a@exa mple.com", "a@exa\u202emple.com"])("refuses %p", (a) => {
    expect(isEmailAddress(a)).toBe(false);
  });
});

describe("isDomainName (DNS and command-line safe)", () => {
  it.each(["example.com", "xn--bcher-kva.example", "a-b.c-d.example"])("accepts %s", (d) => expect(isDomainName(d)).toBe(true));
  it.each(["-f.netrc", "example", "exa_mple.com", "example.com.", "1.2.3.4", "bücher.example", "a..b.com", "a.-b.com", "x".repeat(64) + ".com"])("refuses %p", (d) => {
    expect(isDomainName(d)).toBe(false);
  });
});

describe("domainOfAddress", () => {
  it("takes the domain after the last @, without brackets or trailing dots", () => {
    expect(domainOfAddress("User@Example.COM")).toBe("example.com");
    expect(domainOfAddress("<user@example.com>")).toBe("example.com");
    expect(domainOfAddress("user@example.com...")).toBe("example.com");
    expect(domainOfAddress("bob@-f.netrc")).toBeUndefined();
    expect(domainOfAddress("no-at-sign")).toBeUndefined();
    expect(domainOfAddress(undefined)).toBeUndefined();
  });
  it("is linear on a long run of dots", () => {
    const make = (n: number): string => "a@" + ".".repeat(n) + "x";
    const s = measureScaling((t: string) => domainOfAddress(t), make(30), make(960), { smallRepeats: 50 });
    expect(s.bigMs).toBeLessThan(linearBound(s, 32));
  });
});

describe("extraction from report text", () => {
  it("finds the first address and every address", () => {
    expect(firstEmail("Delivery to <jo@example.net> failed")).toBe("jo@example.net");
    expect(firstEmail("...jo@example.net.")).toBe("jo@example.net");
    expect(firstEmail("nothing here")).toBe("");
    expect(emailsIn("a@example.com, b@example.org; c@example.net")).toEqual(["a@example.com", "b@example.org", "c@example.net"]);
  });

  it.each([
    ["/O=EXAMPLE/OU=FIRST/CN=Recipients/RFC-822=jo@example.com/", "jo@example.com"],
    ["c=US;a= ;p=Example;o=Mail;RFC-822=jo(a)example.com;", "jo@example.com"],
    ["dda:SMTP=jo@example.com", "jo@example.com"],
    ["SMTP:jo@example.com", "jo@example.com"],
    ["IMCEASMTP-jo+40example+2Ecom@contoso.onmicrosoft.com", "jo@example.com"],
  ])("report form %s → %s", (raw, want) => {
    expect(reportFormAddress(raw)).toBe(want);
    expect(normaliseRecipient(raw)).toBe(want);
    expect(firstEmail(`Recipient: ${raw}`)).toBe(want);
  });

  it("normalises the usual wrappers", () => {
    expect(normaliseRecipient(" <jo@example.com> ")).toBe("jo@example.com");
    expect(normaliseRecipient("mailto:jo@example.com")).toBe("jo@example.com");
  });

  it("stays linear on near-misses", () => {
    const make = (n: number): string => "a".repeat(n) + "RFC-822=" + "b".repeat(n) + "@".repeat(n) + "smtp:" .repeat(n);
    const s = measureScaling((t: string) => [firstEmail(t), emailsIn(t), reportFormAddress(t)], make(200), make(6400), { smallRepeats: 4 });
    expect(s.bigMs).toBeLessThan(linearBound(s, 32));
  });
});
