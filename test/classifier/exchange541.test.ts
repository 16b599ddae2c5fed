/** Issue 2 core: 550 5.4.1 "Relay Access Denied" vs Directory-Based Edge Blocking, in every layout. */
import { classifyFixture } from "./fixtureLoader";

describe("Exchange Online 5.4.1 Relay Access Denied", () => {
  test.each([
    ["exo-new-5.4.1-relay-access-denied.eml", "exo-new", "fabrikam-com.mail.protection.outlook.com"],
    ["exo-classic-5.4.1-relay-access-denied.eml", "exo-classic", "fabrikam-com.mail.protection.outlook.com"],
  ])("%s → norelaying", async (file, layout, remote) => {
    const d = await classifyFixture(file);
    expect(d.isBounce).toBe(true);
    expect(d.kind).toBe("bounce");
    expect(d.layout).toBe(layout);
    expect(d.recipients).toHaveLength(1);
    const r = d.recipients[0];
    expect(r.address).toBe("megan.bowen@fabrikam.com");
    expect(r.status).toBe("5.4.1");
    expect(r.reply).toBe("550");
    expect(r.reason).toBe("norelaying");
    expect(r.action).toBe("failed");
    expect(r.diagnostic).toMatch(/^550 5\.4\.1 Relay Access Denied/);
    expect(r.remoteMta).toBe(remote);
    expect(r.guidance.id).toEqual(expect.any(String));
    expect(r.evidence.some((e) => e.text.includes("Relay Access Denied"))).toBe(true);
  });

  test("new layout: reporting server, original message and report subject", async () => {
    const d = await classifyFixture("exo-new-5.4.1-relay-access-denied.eml");
    expect(d.reportingMta).toBe("AM0PR01MB6002.eurprd01.prod.exchangelabs.com");
    expect(d.arrivalDate).toBe("Tue, 14 May 2024 09:11:58 +0000");
    expect(d.reportSubject).toBe("Undeliverable: Quarterly figures");
    expect(d.original).toMatchObject({
      subject: "Quarterly figures",
      messageId: "<AM0PR01MB6001A1B2C3D4E5F6@AM0PR01MB6001.eurprd01.prod.exchangelabs.com>",
      from: "Alex Wilber <alex.wilber@contoso.com>",
    });
    expect(d.recipients[0].displayName).toBe("Megan Bowen");
    expect(d.evidence.some((e) => e.text.startsWith("X-MS-Exchange-Message-Is-Ndr"))).toBe(true);
  });
});

describe("Directory-Based Edge Blocking (5.4.1 Recipient address rejected: Access denied)", () => {
  test.each([
    ["exo-new-5.4.1-dbeb-recipient-rejected.eml", "exo-new", "megan.bowen@northwind.com"],
    ["exo-classic-5.4.1-dbeb-recipient-rejected.eml", "exo-classic", "megan.bowen@agency.gov"],
    ["postfix-dbeb-5.4.1-from-outlook-protection.eml", "postfix", "former.employee@northwind.com"],
  ])("%s → userunknown, not norelaying", async (file, layout, address) => {
    const d = await classifyFixture(file);
    expect(d.isBounce).toBe(true);
    expect(d.layout).toBe(layout);
    const r = d.recipients[0];
    expect(r.address).toBe(address);
    expect(r.status).toBe("5.4.1");
    expect(r.reply).toBe("550");
    expect(r.reason).toBe("userunknown");
    expect(r.diagnostic).toMatch(/Recipient address rejected: Access denied/);
    expect(r.remoteMta).toMatch(/\.protection\.outlook\.com$/);
  });

  test("Postfix report: folded Diagnostic-Code is unfolded, command and remote host read", async () => {
    const d = await classifyFixture("postfix-dbeb-5.4.1-from-outlook-protection.eml");
    const r = d.recipients[0];
    expect(r.diagnostic).toBe(
      "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT088.eop-EUR01.prod.protection.outlook.com 2024-05-14T08:05:41.592Z 08DB72B25E50380B]",
    );
    expect(r.command).toBe("RCPT");
    expect(r.remoteMta).toBe("northwind-com.mail.protection.outlook.com");
    expect(d.reportingMta).toBe("mail.example.net");
    expect(d.original?.messageId).toBe("<invoice-2024-117@example.net>");
  });
});
