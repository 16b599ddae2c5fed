/** The guidance table is data: every entry must be complete enough to show and to forward. */
import { GUIDANCE, guidanceById } from "../../src/classifier/guidance";
import type { Actor } from "../../src/classifier/types";
import { REASONS } from "../../src/roundtrip/vocabulary";

const ACTORS: Actor[] = ["sender", "sender-admin", "recipient-admin"];
// Every Reason of types.ts (the exhaustive list the block validator uses); a typo in the table
// (e.g. Sisimai's old "relayingdenied") must fail here.
const CODE_PATTERN = /^[245]\.(x|\d{1,3}(-\d{1,3})?)\.(x|\d{1,3}(-\d{1,3})?)$/;

describe("guidance table integrity", () => {
  it("has unique ids", () => {
    const ids = GUIDANCE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds the hub rows, the relay family and the generic fallbacks", () => {
    expect(GUIDANCE.filter((e) => e.id.startsWith("exo-")).length).toBeGreaterThanOrEqual(69);
    expect(GUIDANCE.filter((e) => e.generic).length).toBeGreaterThanOrEqual(18);
    expect(GUIDANCE.filter((e) => e.reason === "norelaying").length).toBeGreaterThanOrEqual(10);
  });

  it.each(GUIDANCE.map((e) => [e.id, e] as const))("%s is complete", (_id, e) => {
    expect(e.title.trim().length).toBeGreaterThan(5);
    expect(e.headline.trim().length).toBeGreaterThan(20);
    expect(e.cause.trim().length).toBeGreaterThan(20);
    expect(e.userSteps.length).toBeGreaterThanOrEqual(1);
    expect(e.userSteps.every((s) => s.trim().length > 10)).toBe(true);
    expect(e.adminSteps.length).toBeGreaterThanOrEqual(1);
    expect(e.adminSteps.every((s) => s.text.trim().length > 10)).toBe(true);
    expect(e.whoMustAct.length).toBeGreaterThanOrEqual(1);
    expect(e.whoMustAct.every((a) => ACTORS.includes(a))).toBe(true);
    expect(new Set(e.whoMustAct).size).toBe(e.whoMustAct.length);
    expect(e.docsUrl).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    expect(REASONS).toContain(e.reason);
    for (const c of e.codes) expect(c).toMatch(CODE_PATTERN);
    for (const s of e.adminSteps) if (s.where?.url) expect(s.where.url).toMatch(/^https:\/\//);
  });

  it("generic rows carry no documented NDR text, and exactly one has no code", () => {
    const generic = GUIDANCE.filter((e) => e.generic);
    expect(generic.every((e) => !e.ndrTexts || e.ndrTexts.length === 0)).toBe(true);
    expect(generic.filter((e) => e.codes.length === 0).map((e) => e.id)).toEqual(["generic-no-code"]);
  });

  it("generic rows cover every class/subject pair", () => {
    for (const cls of [4, 5]) for (let s = 0; s <= 7; s++) expect(guidanceById(`generic-${cls}.${s}`)?.codes).toEqual([`${cls}.${s}.x`]);
  });

  it("entries are frozen and carry no matcher hints", () => {
    for (const e of GUIDANCE) {
      expect(Object.isFrozen(e)).toBe(true);
      expect(Object.keys(e)).not.toContain("match");
    }
  });

  it("Exchange Online per-code links follow Microsoft's URL convention", () => {
    const exo = GUIDANCE.filter((e) => e.id.startsWith("exo-") && e.docsUrl?.includes("learn.microsoft.com/en-us/troubleshoot"));
    expect(exo.length).toBeGreaterThan(30);
    for (const e of exo)
      expect(e.docsUrl).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\/troubleshoot\/exchange\/email-delivery\/ndr\/[a-z0-9-]+(#[a-z-]+)?$/);
  });

  it("the flagship relay entry names the recipient's admin and gives the documented admin checks", () => {
    const e = guidanceById("exo-5.4.1-relay-access-denied");
    expect(e).toBeDefined();
    if (!e) return;
    expect(e.whoMustAct[0]).toBe("recipient-admin");
    expect(e.reason).toBe("norelaying");
    expect(e.docsUrl).toBe("https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online");
    expect(e.userSteps.join(" ")).toMatch(/72 hours/);
    const commands = e.adminSteps.flatMap((s) => (s.commands ?? []).map((c) => c.text)).join(" ");
    for (const c of ["Resolve-DnsName -Type MX", "Get-AcceptedDomain", "Get-InboundConnector", "Get-OutboundConnector", "Get-HybridConfiguration"])
      expect(commands).toContain(c);
    const urls = e.adminSteps.map((s) => s.where?.url ?? "");
    for (const u of [
      "https://admin.microsoft.com/#/Domains",
      "https://admin.exchange.microsoft.com/#/accepteddomains",
      "https://admin.microsoft.com/#/servicehealth",
    ])
      expect(urls).toContain(u);
    expect(e.adminSteps.map((s) => s.text).join(" ")).toContain(".mail.protection.outlook.com");
  });

  it("the DBEB entry says the address doesn't exist and that 'Access denied' isn't a block", () => {
    const e = guidanceById("exo-5.4.1-dbeb-recipient-not-found");
    expect(e?.reason).toBe("userunknown");
    expect(e?.headline).toMatch(/doesn't exist.*"Access denied" doesn't mean you're blocked/);
    expect(e?.adminSteps.flatMap((s) => (s.commands ?? []).map((c) => c.text)).join(" ")).toContain("Set-AcceptedDomain");
  });
});
