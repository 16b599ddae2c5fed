import { fillDomain, plainDomainOf, stepsForDomain } from "../../src/taskpane/diagnosis/fillDomain";

describe("filling the recipient's domain into guidance steps", () => {
  it("writes Exchange Online's MX host with hyphens, and the domain elsewhere", () => {
    expect(fillDomain("MX points to <domain>.mail.protection.outlook.com; check <domain>.", "contoso.co.uk")).toBe(
      "MX points to contoso-co-uk.mail.protection.outlook.com; check contoso.co.uk.",
    );
    expect(fillDomain("Resolve-DnsName -Type MX <domain>", "fabrikam.com")).toBe("Resolve-DnsName -Type MX fabrikam.com");
  });

  it("keeps the placeholder when the domain is unknown or not a plain DNS name", () => {
    const text = "Get-AcceptedDomain <domain>";
    expect(fillDomain(text, undefined)).toBe(text);
    expect(fillDomain(text, "evil.com; Remove-Mailbox x")).toBe(text);
    expect(fillDomain(text, "localhost")).toBe(text);
    expect(fillDomain(text, "a..b")).toBe(text);
  });

  it("reads a plain domain from a recipient address", () => {
    expect(plainDomainOf("Megan.Bowen@Fabrikam.COM")).toBe("fabrikam.com");
    expect(plainDomainOf("<jo@tailspin.example>")).toBe("tailspin.example");
    expect(plainDomainOf("jo@exämple.com")).toBeUndefined();
    expect(plainDomainOf("no-at-sign")).toBeUndefined();
    expect(plainDomainOf(`jo@${"a.".repeat(300)}com`)).toBeUndefined();
  });

  it("fills text and command of every step, leaving where links alone", () => {
    const [step] = stepsForDomain(
      [{ text: "Check <domain>", commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX <domain>" }], where: { label: "Domains", url: "https://admin.microsoft.com/#/Domains" } }],
      "fabrikam.com",
    );
    expect(step).toEqual({ text: "Check fabrikam.com", commands: [{ shell: "windows-powershell", text: "Resolve-DnsName -Type MX fabrikam.com" }], where: { label: "Domains", url: "https://admin.microsoft.com/#/Domains" } });
  });
});
