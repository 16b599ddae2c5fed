/** Address and domain validation, extraction from report text, and report forms of a recipient. */
import {
  domainOfAddress,
  domainPartOf,
  emailsIn,
  firstEmail,
  isAdminAddress,
  isDomainName,
  isEmailAddress,
  isHostLabel,
  isInternationalDomainName,
  isInvisibleOrDirectional,
  isNumericLabel,
  normaliseRecipient,
  reportFormAddress,
} from "../../../src/classifier/mail/address";
import { linearBound, measureScaling } from "../../properties/support/cpuScaling";

describe("isEmailAddress (strict addr-spec)", () => {
  it.each(["admin@example.com", "first.last+tag@sub.example.co.uk", '"odd name"@example.com', "user@[192.0.2.1]", "ünïcode@exämple.de"])("accepts %s", (a) => {
    expect(isEmailAddress(a)).toBe(true);
  });
  it.each([
    "",
    "Admin <admin@example.com>",
    "admin@localhost",
    "admin@",
    "@example.com",
    "a..b@example.com",
    ".a@example.com",
    "a@-x.com",
    "a@x-.com",
    `${"a".repeat(65)}@example.com`,
    "a@b@example.com",
    "a@exa mple.com",
    "a@exa\u202emple.com",
  ])("refuses %p", (a) => {
    expect(isEmailAddress(a)).toBe(false);
  });
});

describe("isAdminAddress (an address the product sends to or stores)", () => {
  it.each(["helpdesk@contoso.com", "  it.support+ndr@sub.contoso.co.uk ", '"help desk"@contoso.com', "it@[192.0.2.1]", "ñandú@bücher.example"])(
    "accepts %p",
    (a) => {
      expect(isAdminAddress(a)).toBe(true);
    },
  );
  // The build once accepted these while the pane ignored them as its organisation default
  // (src/outlook/emailAddress.ts had no such rule; src/outlook/orgDefault.ts added one of its own).
  it.each([
    "help\u202Edesk@contoso.com",
    "helpdesk@contoso.com\u200E",
    "help\u0085desk@contoso.com",
    "helpdesk@con\u061Ctoso.com",
    "\uFEFFhelpdesk@contoso.com",
    "Helpdesk <helpdesk@contoso.com>",
    "a@localhost",
    "a@@contoso.com",
  ])("refuses %p", (a) => {
    expect(isAdminAddress(a)).toBe(false);
  });
  it("names the characters it refuses", () => {
    for (const c of [0x00, 0x1f, 0x7f, 0x85, 0x9f, 0x061c, 0x200b, 0x200e, 0x2028, 0x202e, 0x2066, 0x2069, 0xfeff])
      expect(isInvisibleOrDirectional(c)).toBe(true);
    for (const c of [0x20, 0x41, 0xa0, 0xe9, 0x200a, 0x2030, 0x3042]) expect(isInvisibleOrDirectional(c)).toBe(false);
  });
});

describe("isDomainName (DNS and command-line safe)", () => {
  it.each(["example.com", "xn--bcher-kva.example", "a-b.c-d.example"])("accepts %s", (d) => expect(isDomainName(d)).toBe(true));
  it.each(["-f.netrc", "example", "exa_mple.com", "example.com.", "1.2.3.4", "bücher.example", "a..b.com", "a.-b.com", "x".repeat(64) + ".com"])(
    "refuses %p",
    (d) => {
      expect(isDomainName(d)).toBe(false);
    },
  );
});

describe("the parts of a host name", () => {
  it("labels and numeric top-level labels", () => {
    expect(isHostLabel("a-b")).toBe(true);
    expect(isHostLabel("-f")).toBe(false);
    expect(isHostLabel("b\u00fccher")).toBe(false);
    expect(isNumericLabel("123")).toBe(true);
    expect(isNumericLabel("")).toBe(false);
    expect(isNumericLabel("1a")).toBe(false);
    // An IP address is not a domain name (src/taskpane/common/addresses.ts once took it for one).
    expect(isDomainName("192.0.2.1")).toBe(false);
  });
  it("international names for showing, never for commands", () => {
    expect(isInternationalDomainName("b\u00fccher.example")).toBe(true);
    expect(isInternationalDomainName("-f.netrc")).toBe(false);
    expect(isInternationalDomainName("exa\u202emple.com")).toBe(false);
    expect(isInternationalDomainName("192.0.2.1")).toBe(false);
  });
});

describe("domainPartOf (as written, unvalidated)", () => {
  it.each([
    ["a@b@Example.NET.", "example.net"],
    ["<jo@Fabrikam.COM>", "fabrikam.com"],
    ["jo@ example.com (comment)", "example.com"],
    ["jo@[192.0.2.1]", "192.0.2.1"],
    ["jo@mailhub0", "mailhub0"],
    ["jo@b\u00fccher.example", "b\u00fccher.example"],
  ])("%p → %p", (a, d) => expect(domainPartOf(a)).toBe(d));
  it.each(["no-at-sign", "a@", "a@...", "a@]]]", `a@${"x".repeat(254)}`])("%p → undefined", (a) => expect(domainPartOf(a)).toBeUndefined());
});

describe("domainOfAddress", () => {
  it("international names only when asked for", () => {
    expect(domainOfAddress("jo@B\u00fccher.example")).toBeUndefined();
    expect(domainOfAddress("jo@B\u00fccher.example", { international: true })).toBe("b\u00fccher.example");
    expect(domainOfAddress("jo@-f.netrc", { international: true })).toBeUndefined();
  });
  it("stops at the end of the address and keeps long runs linear", () => {
    expect(domainOfAddress(`<jo@Fabrikam.COM${">].".repeat(20000)}`)).toBe("fabrikam.com");
    expect(domainOfAddress(`a@${"]".repeat(60000)}`)).toBeUndefined();
  });

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
    const make = (n: number): string => "a".repeat(n) + "RFC-822=" + "b".repeat(n) + "@".repeat(n) + "smtp:".repeat(n);
    const s = measureScaling((t: string) => [firstEmail(t), emailsIn(t), reportFormAddress(t)], make(200), make(6400), { smallRepeats: 4 });
    expect(s.bigMs).toBeLessThan(linearBound(s, 32));
  });
});
