/** The Exchange Online MX host of a domain: one function for the guidance, the pane and the DNS checks. */
import { classifyMxHost, exchangeOnlineMxHost } from "../../../src/classifier/mail/exoMxHost";

describe("exchangeOnlineMxHost", () => {
  it.each([
    ["contoso.com", "contoso-com.mail.protection.outlook.com"],
    ["Contoso.CO.uk", "contoso-co-uk.mail.protection.outlook.com"],
    ["contoso.com.", "contoso-com.mail.protection.outlook.com"],
    ["sub-domain.contoso.com", "sub-domain.contoso.com".replace(/\./g, "-") + ".mail.protection.outlook.com"],
  ])("%s → %s", (domain, host) => {
    expect(exchangeOnlineMxHost(domain)).toBe(host);
  });

  it.each(["", "localhost", "-f.netrc", "a b.com", "contoso..com", "x@contoso.com", "192.0.2.1"])("refuses %p", (domain) => {
    expect(exchangeOnlineMxHost(domain)).toBeUndefined();
  });
});

describe("classifyMxHost", () => {
  it("tells the domain's own host, another tenant's host and anything else apart", () => {
    expect(classifyMxHost("contoso-com.mail.protection.outlook.com", "contoso.com")).toBe("exo");
    expect(classifyMxHost("contoso-com.o-v1.mx.microsoft", "contoso.com")).toBe("exo");
    expect(classifyMxHost("fabrikam-com.mail.protection.outlook.com", "contoso.com")).toBe("exo-other-name");
    expect(classifyMxHost("mx.contoso.com", "contoso.com")).toBe("elsewhere");
    expect(classifyMxHost(".mail.protection.outlook.com", "contoso.com")).toBe("elsewhere");
  });
});
