/**
 * Routing rules of the guidance matcher: the ndr-knowledge.md §3.5 vectors, the codes that mean
 * different things by text (5.4.1, 5.2.2, 5.7.1), numeric ranges and the generic fallback.
 */
import { selectGuidance, type GuidanceFacts } from "../../src/classifier/guidance";

function pick(diagnostic: string, status = "", extra: Partial<GuidanceFacts> = {}) {
  return selectGuidance({ status, reply: "", diagnostic, ...extra });
}

describe("ndr-knowledge §3.5 test vectors", () => {
  it.each([
    ["550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BL0PR02MB4416.namprd02.prod.outlook.com]", "exo-5.4.1-dbeb-recipient-not-found"],
    [
      "Remote Server returned '550 5.4.1 [a@b.gov]: Recipient address rejected: Access denied [CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]'",
      "exo-5.4.1-dbeb-recipient-not-found",
    ],
    ["#550 5.4.1 Relay Access Denied ##", "exo-5.4.1-relay-access-denied"],
    ["550 5.7.64 TenantAttribution; Relay Access Denied [AM0PR01MB1234.eurprd01.prod.outlook.com]", "exo-5.7.64-tenant-attribution"],
    ["554 5.7.1 <x@live.ca>: Relay access denied", "relay-postfix-relay-access-denied"],
    ["550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "onprem-5.7.54-unable-to-relay-non-accepted-domain"],
  ])("%s → %s", (diagnostic, id) => {
    const m = pick(diagnostic);
    expect(m.entry.id).toBe(id);
    expect(m.confidence).toBe("high");
  });
});

describe("5.4.1: relay vs Directory-Based Edge Blocking", () => {
  it("the DBEB phrase wins even when the report's title says Relay Access Denied", () => {
    const m = pick("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "5.4.1", {
      bodyText: "Fix delivery issues for error code 550 5.4.1 Relay Access Denied",
    });
    expect(m.entry.id).toBe("exo-5.4.1-dbeb-recipient-not-found");
  });

  it("AS(201806281) alone is enough for DBEB", () => {
    expect(pick("550 5.4.1 Access denied. AS(201806281) [DB5EUR01FT088.eop-EUR01.prod.protection.outlook.com]").entry.id).toBe(
      "exo-5.4.1-dbeb-recipient-not-found",
    );
  });

  it("TenantAttribution or ATTR36 goes to 5.7.64 whatever the code", () => {
    expect(pick("550 5.4.1 TenantAttribution; Relay Access Denied", "5.4.1").entry.id).toBe("exo-5.7.64-tenant-attribution");
    const attr36 = pick("550 5.7.64 Relay Access Denied ATTR36. For more details please refer to: https://support.microsoft.com/kb/3169958");
    expect(attr36.entry.id).toBe("exo-5.7.64-attr36");
    expect(attr36.confidence).toBe("high");
  });

  // Issue 10 §3: every other text under 5.4.1 has its own reading, never the relay steps by default.
  it.each([
    ["550 5.4.1 No answer from host", "exo-5.4.1-no-answer-from-host"],
    ["550 5.4.1 The outbound connection attempt was not answered", "exo-5.4.1-no-answer-from-host"],
    ["550 5.4.1 Unable to relay", "exo-5.4.1-unable-to-relay"],
    ["541 5.4.1 Mail rejected by destination domain", "x-5.4.1-mail-rejected-by-destination-domain"],
  ])("5.4.1 %s → %s, chosen by its words", (diagnostic, id) => {
    for (const extra of [{}, { remoteMta: "dns;fabrikam-com.mail.protection.outlook.com" }, { remoteMta: "mx.zoho.com" }]) {
      const m = pick(diagnostic, "5.4.1", extra);
      expect(m.entry.id).toBe(id);
      expect(m.by).toBe("phrase");
      expect(m.confidence).toBe("high");
    }
  });

  it("the same words without 5.4.1 don't choose the 5.4.1 rows", () => {
    expect(pick("550 5.7.1 Unable to relay", "5.7.1", { remoteMta: "mx.example.org" }).entry.id).toBe("onprem-5.7.1-unable-to-relay");
    expect(pick("421 4.4.1 No answer from host", "4.4.1").entry.id).not.toBe("exo-5.4.1-no-answer-from-host");
  });

  it("'Relay access denied' with 5.7.1 on a Microsoft host is not the third-party entry", () => {
    const m = pick("550 5.7.1 Relay access denied [CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]");
    expect(m.entry.id).not.toMatch(/^relay-/);
    expect(m.entry.id).toBe("exo-5.4.1-relay-access-denied");
    expect(m.confidence).toBe("medium");
  });

  it("a Postfix 'Recipient address rejected: Access denied' (5.7.1, no Microsoft host) is a local rule, not DBEB", () => {
    expect(pick("554 5.7.1 <x@y.org>: Recipient address rejected: Access denied").entry.id).toBe("relay-postfix-recipient-access-denied");
  });

  it("the Microsoft host can come from Remote-MTA", () => {
    const m = selectGuidance({
      status: "5.7.1",
      reply: "554",
      diagnostic: "554 5.7.1 <x@y.org>: Recipient address rejected: Access denied",
      remoteMta: "dns;contoso-com.mail.protection.outlook.com",
    });
    expect(m.entry.id).toBe("exo-5.4.1-dbeb-recipient-not-found");
  });

  it("with no remote server, a Microsoft reporting server counts as the refusing one", () => {
    const facts = { status: "5.7.1", reply: "550", diagnostic: "550 5.7.1 Unable to relay" };
    expect(selectGuidance({ ...facts, reportingMta: "dns;AM7PR02MB5846.eurprd02.prod.outlook.com" }).entry.id).toBe("exo-5.7.1-unable-to-relay");
    expect(selectGuidance({ ...facts, reportingMta: "dns;AM7PR02MB5846.eurprd02.prod.outlook.com", remoteMta: "dns;mx.example.org" }).entry.id).toBe(
      "onprem-5.7.1-unable-to-relay",
    );
  });

  it("5.4.1 with no known text from a Microsoft server is the cautious 5.4.1 reading, never the relay steps", () => {
    for (const [diagnostic, host] of [
      ["", { remoteMta: "dns;fabrikam-com.mail.protection.outlook.com" }],
      ["", { reportingMta: "dns;AM0PR01MB6002.eurprd01.prod.exchangelabs.com" }],
      ["550 5.4.1 [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]", {}],
    ] as const) {
      const m = pick(diagnostic, "5.4.1", host);
      expect(m.entry.id).toBe("exo-5.4.1-unrecognised");
      expect(m.entry.generic).toBe(true);
      expect(m.entry.reason).toBe("onhold");
      expect(m.confidence).toBe("low");
      expect(m.by).toBe("class");
    }
  });

  it.each([
    ["Zoho, code only", "541 5.4.1 Rejected for policy reasons", { remoteMta: "mx.zoho.com", reportingMta: "mbox.example.org" }],
    ["no server named at all", "", {}],
    ["a Postfix relay", "550 5.4.1 <x@example.org>: routing failed", { remoteMta: "dns;mx.example.org" }],
  ])("a bare 5.4.1 without a Microsoft server (%s) is the generic routing entry, not Microsoft's", (_name, diagnostic, extra) => {
    const m = pick(diagnostic, "5.4.1", extra);
    expect(m.entry.id).toBe("generic-5.4.1-routing");
    expect(m.entry.generic).toBe(true);
    expect(m.entry.reason).toBe("onhold");
    expect(m.confidence).toBe("low");
    expect(m.by).toBe("class");
  });

  it("'Relay Access Denied' in the text still names the relay entry from any server", () => {
    const m = pick("550 5.4.1 Relay Access Denied", "5.4.1", { remoteMta: "mx.zoho.com" });
    expect(m.entry.id).toBe("exo-5.4.1-relay-access-denied");
    expect(m.by).toBe("phrase");
  });

  it("the DBEB entry isn't chosen by a bare 5.4.1 from elsewhere either", () => {
    const m = pick("550 5.4.1 rejected", "5.4.1", { remoteMta: "mx.example.org" });
    expect(m.entry.id).not.toMatch(/^exo-/);
  });
});

describe("5.2.2: submission quota vs mailbox full", () => {
  it("Submission quota exceeded → sender-side rate limit", () => {
    expect(pick("554 5.2.2 Submission quota exceeded", "5.2.2").entry.id).toBe("exo-5.2.2-submission-quota-exceeded");
  });
  it.each([
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded",
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
  ])("%s → Exchange's mailbox full", (d) => {
    const m = pick(d, "5.2.2");
    expect(m.entry.id).toBe("exo-5.2.2-mailbox-full");
    expect(m.confidence).toBe("high");
  });
  it('another server\'s "Mailbox is full" → the neutral mailbox-full entry (no public folders, no Microsoft article)', () => {
    const m = pick("552 5.2.2 <x@y.org>: Recipient address rejected: Mailbox is full", "5.2.2");
    expect(m.entry.id).toBe("mailbox-full");
    expect(m.entry.provider).toBeUndefined();
    expect(m.confidence).toBe("high");
  });
  it("5.2.2 by code alone reads as mailbox full (the RFC meaning)", () => {
    expect(pick("", "5.2.2").entry.id).toBe("exo-5.2.2-mailbox-full");
  });
});

describe("5.7.1: not authorized vs unable to relay vs not authenticated", () => {
  it.each([
    ["550 5.7.1 RESOLVER.RST.NotAuthorized; Delivery not authorized", "exo-5.7.1-delivery-not-authorized"],
    ["550 5.7.1 Unable to relay [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]", "exo-5.7.1-unable-to-relay"],
    ["550 5.7.1 Unable to relay", "onprem-5.7.1-unable-to-relay"],
    ["530 5.7.1 Client was not authenticated", "exo-5.7.1-client-not-authenticated"],
    ["550 5.7.1. Unable To Relay: Blocked by Customer Allow list", "eop-5.7.1-unable-to-relay-blocked-by-allow-list"],
    ["550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal", "exo-5.7.1-blocklist"],
    ["550 5.7.1 <x@y>... Relaying denied. IP name lookup failed [192.0.2.1]", "relay-sendmail-relaying-denied"],
    ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "relay-qmail-rcpthosts"],
    ["550 5.7.0 Mail relay denied [192.0.2.1]. Invalid credentials for relay for one of the domains in: example.org", "relay-gmail-relay-denied"],
  ])("%s → %s", (d, id) => {
    expect(pick(d).entry.id).toBe(id);
  });
  it("5.7.57's longer text beats 5.7.1's 'Client was not authenticated'", () => {
    expect(pick("530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM").entry.id).toBe(
      "exo-5.7.57-client-not-authenticated-anonymous",
    );
  });
  it("5.7.1 with text nobody documents falls back to the RFC meaning", () => {
    const m = pick("550 5.7.1 Message rejected due to local policy", "5.7.1");
    expect(m.entry.id).toBe("generic-x.7.1");
    expect(m.confidence).toBe("low");
  });
});

describe("other relay wording", () => {
  it.each([
    ["550 relay not permitted", "relay-exim-relay-not-permitted"],
    ["550 5.7.1 <x@y>: Recipient address rejected: No relaying", "relay-third-party-denied"],
    ["550 x@y is not permitted to relay through this server without authentication", "relay-third-party-denied"],
    ["550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied", "exo-5.7.367-forwarded-relaying-denied"],
  ])("%s → %s", (d, id) => {
    expect(pick(d).entry.id).toBe(id);
  });
});

describe("code ranges match numerically", () => {
  it.each([
    ["4.7.500", "exo-4.7.500-699-temporarily-restricted"],
    ["4.7.650", "exo-4.7.500-699-temporarily-restricted"],
    ["4.7.699", "exo-4.7.500-699-temporarily-restricted"],
    ["4.7.850", "exo-4.7.850-899-temporarily-restricted-ip"],
    ["4.7.899", "exo-4.7.850-899-temporarily-restricted-ip"],
    ["5.7.606", "exo-5.7.606-649-banned-sending-ip"],
    ["5.7.620", "exo-5.7.606-649-banned-sending-ip"],
    ["5.7.649", "exo-5.7.606-649-banned-sending-ip"],
    ["5.7.950", "onprem-5.7.900-999-transport-rule"],
  ])("%s → %s", (status, id) => {
    expect(pick("", status).entry.id).toBe(id);
  });
  it.each([
    ["4.7.700", "generic-4.7"],
    ["4.7.499", "generic-4.7"],
    ["5.7.650", "generic-5.7"],
    ["5.7.605", "generic-5.7"],
  ])("%s is outside every range → %s", (status, id) => {
    expect(pick("", status).entry.id).toBe(id);
  });
  it("4.7.60 is not 4.7.600", () => {
    expect(pick("", "4.7.60").entry.id).toBe("generic-4.7");
  });
});

describe("generic fallback by class and subject", () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])("5.%i.99 → generic-5.%i", (subject) => {
    const m = pick("", `5.${subject}.99`);
    expect(m.entry.id).toBe(`generic-5.${subject}`);
    expect(m.entry.generic).toBe(true);
    expect(m.confidence).toBe("low");
  });
  it.each([0, 1, 2, 3, 4, 5, 6, 7])("4.%i.99 → generic-4.%i", (subject) => {
    expect(pick("", `4.${subject}.99`).entry.id).toBe(`generic-4.${subject}`);
  });
  it("class 2 is a success", () => {
    const m = pick("", "2.0.0");
    expect(m.entry.id).toBe("generic-2");
    expect(m.entry.reason).toBe("delivered");
  });
  it.each([
    ["5.1.2", "generic-x.1.2"],
    ["4.2.2", "exo-5.2.2-mailbox-full"],
    ["5.3.4", "generic-x.3.4"],
    ["5.4.4", "generic-x.4.4"],
    ["5.5.3", "generic-x.5.3"],
  ])("well-known detail %s → %s", (status, id) => {
    expect(pick("", status).entry.id).toBe(id);
  });
  it("no code anywhere → the no-code row", () => {
    const m = pick("Something went wrong");
    expect(m.entry.id).toBe("generic-no-code");
    expect(m.confidence).toBe("low");
  });
  it("an undefined subject still uses its class", () => {
    expect(pick("", "5.9.9").entry.id).toBe("generic-5.0");
  });
  it("an SMTP reply code without an enhanced code gives the class", () => {
    expect(selectGuidance({ status: "", reply: "450", diagnostic: "try later" }).entry.id).toBe("generic-4.0");
  });
});

describe("which code decides", () => {
  it("the code in the reply text is used when Status is missing", () => {
    expect(pick("550 5.7.606 Access denied, banned sending IP [192.0.2.7]").entry.id).toBe("exo-5.7.606-649-banned-sending-ip");
  });
  it("a specific code in the text beats a vague Status: 5.0.0", () => {
    const m = pick("554 5.7.1 <x@y.org>: Relay access denied", "5.0.0");
    expect(m.entry.id).toBe("relay-postfix-relay-access-denied");
    expect(m.matched).toContain("5.7.1");
  });
  it("the first code of a chained reply decides, not the quoted one", () => {
    expect(pick("550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam").entry.id).toBe("exo-5.7.350-remote-spam");
  });
  it("text alone gives medium confidence", () => {
    const m = pick("Recipient address rejected: Access denied. AS(201806281)");
    expect(m.entry.id).toBe("exo-5.4.1-dbeb-recipient-not-found");
    expect(m.confidence).toBe("medium");
  });
  it("body prose is used when the reply says nothing specific", () => {
    const m = selectGuidance({
      status: "5.1.10",
      reply: "",
      diagnostic: "",
      bodyText: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    });
    expect(m.entry.id).toBe("exo-5.1.10-recipient-not-found");
    expect(m.confidence).toBe("high");
  });
  it("a phrase in the body that disagrees with the code doesn't override the code", () => {
    const m = selectGuidance({
      status: "5.1.10",
      reply: "550",
      diagnostic: "550 5.1.10 lookup failed",
      bodyText: "Original message: our group says Delivery not authorized",
    });
    expect(m.entry.id).toBe("exo-5.1.10-recipient-not-found");
    expect(m.confidence).toBe("medium");
  });
  it("with no code at all, the body's prose may decide", () => {
    const m = selectGuidance({
      status: "",
      reply: "",
      diagnostic: "",
      bodyText: "Your message couldn't be delivered. Recipient address rejected: Access denied",
    });
    expect(m.entry.id).toBe("exo-5.4.1-dbeb-recipient-not-found");
    expect(m.confidence).toBe("medium");
  });
  it("matching ignores case and folded whitespace", () => {
    expect(pick("550 5.4.1 RECIPIENT ADDRESS\r\n   REJECTED: access DENIED").entry.id).toBe("exo-5.4.1-dbeb-recipient-not-found");
  });
});
