import { plainDomainOf } from "../../src/taskpane/common/addresses";
import { commandSafeAddress, fillPlaceholders, knownValues, splitPlaceholders, unknownPlaceholders } from "../../src/taskpane/diagnosis/placeholders";

describe("fillPlaceholders", () => {
  const values = knownValues("Megan Bowen <megan.bowen@Fabrikam.com>", "alex@contoso.co.uk");

  it("fills the recipient's domain, Exchange Online's MX host with hyphens, and the addresses", () => {
    expect(fillPlaceholders("MX points to <domain>.mail.protection.outlook.com; check <domain>.", knownValues("jo@contoso.co.uk", undefined))).toBe(
      "MX points to contoso-co-uk.mail.protection.outlook.com; check contoso.co.uk.",
    );
    expect(fillPlaceholders("Get-EXORecipient -Identity <recipient>", values)).toBe("Get-EXORecipient -Identity megan.bowen@fabrikam.com");
    expect(fillPlaceholders("Get-MessageTrace -SenderAddress <sender> -RecipientAddress <address>", values)).toBe(
      "Get-MessageTrace -SenderAddress alex@contoso.co.uk -RecipientAddress megan.bowen@fabrikam.com",
    );
    expect(fillPlaceholders("Get-AcceptedDomain <sender-domain>", values)).toBe("Get-AcceptedDomain contoso.co.uk");
  });

  it("leaves what it can't know, and marks it", () => {
    const text = fillPlaceholders("New-MailContact -Name <name> -ExternalEmailAddress <recipient>", values);
    expect(text).toBe("New-MailContact -Name <name> -ExternalEmailAddress megan.bowen@fabrikam.com");
    expect(unknownPlaceholders(text)).toEqual(["<name>"]);
    expect(splitPlaceholders(text)).toEqual([
      { text: "New-MailContact -Name ", placeholder: false },
      { text: "<name>", placeholder: true },
      { text: " -ExternalEmailAddress megan.bowen@fabrikam.com", placeholder: false },
    ]);
  });

  it("never writes a value that could run as shell syntax or read as an option", () => {
    const hostile = [
      "x;Remove-Mailbox a@b.com",
      "-Confirm:$false@evil.com",
      "a$(calc)@evil.com",
      "a'b@evil.com",
      "a@evil.com; Remove-Mailbox x",
      "a@-evil.com",
      "a@evil..com",
      "a@exämple.com",
    ];
    for (const value of hostile) {
      const v = knownValues(value, value);
      expect(fillPlaceholders("Get-EXORecipient <recipient> <sender> <domain> <sender-domain>", v)).toMatch(/<recipient> <sender>/);
      expect(commandSafeAddress(value)).toBeUndefined();
    }
    expect(fillPlaceholders("Resolve-DnsName -Type MX <domain>", knownValues("jo@localhost", undefined))).toBe("Resolve-DnsName -Type MX <domain>");
  });

  it("takes a plain domain only", () => {
    expect(plainDomainOf("Megan.Bowen@Fabrikam.COM")).toBe("fabrikam.com");
    expect(plainDomainOf("<jo@tailspin.example>")).toBe("tailspin.example");
    expect(plainDomainOf("jo@exämple.com")).toBeUndefined();
    expect(plainDomainOf("no-at-sign")).toBeUndefined();
    expect(plainDomainOf(`jo@${"a.".repeat(300)}com`)).toBeUndefined();
    expect(plainDomainOf("jo@-evil.com")).toBeUndefined();
    expect(plainDomainOf("jo@evil-.com")).toBeUndefined();
  });

  it("an IP address is no domain: nothing is filled in (the pane's own check once took 192.0.2.1)", () => {
    const v = knownValues("jo@192.0.2.1", undefined);
    expect(v.domain).toBeUndefined();
    expect(fillPlaceholders("Resolve-DnsName -Type MX <domain>; <domain>.mail.protection.outlook.com", v)).toBe(
      "Resolve-DnsName -Type MX <domain>; <domain>.mail.protection.outlook.com",
    );
  });

  it("leaves unknown-looking text that isn't a placeholder alone", () => {
    expect(unknownPlaceholders("if a < b and c > d, <> or <1x>")).toEqual([]);
  });
});
