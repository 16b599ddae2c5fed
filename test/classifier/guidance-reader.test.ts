/**
 * Issue 11: every guidance entry speaks to its reader. The five-second answer (headline, one
 * short cause), no sentence said twice, admin steps that know whose organisation they are for,
 * commands that run as copied, and wording that fits the provider that refused the message.
 */
import { GUIDANCE, guidanceById, selectGuidance } from "../../src/classifier/guidance";
import type { CommandShell, GuidanceEntry, StepCommand } from "../../src/classifier/types";
import { entrySentences } from "../../src/i18n/guidance/phrasebook";

const byId = (id: string): GuidanceEntry => {
  const e = guidanceById(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const allCommands = (e: GuidanceEntry): StepCommand[] => e.adminSteps.flatMap((s) => s.commands ?? []);

/** Sentences of an entry's prose as a reader meets them (the title is a label, not prose). */
function sentencesOf(e: GuidanceEntry): string[] {
  // Conditions are qualifiers the pane shows once per group ("only if …"), not sentences.
  const texts = [e.headline, e.cause, e.detail, e.tellRecipient, ...e.userSteps, ...e.adminSteps.map((a) => a.text)];
  return texts
    .filter((t): t is string => typeof t === "string")
    .flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-Z"“])|\s+—\s+/))
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9 ]+/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((s) => s.length > 0);
}

describe("the five-second answer", () => {
  it.each(GUIDANCE.map((e) => [e.id, e] as const))("%s: headline and one short cause", (_id, e) => {
    expect(e.headline.trim().length).toBeGreaterThan(20);
    expect(e.headline.length).toBeLessThanOrEqual(110);
    // Only the placeholders the pane fills; no admin placeholders or jargon in the first line.
    for (const p of e.headline.match(/\{[^}]*\}/g) ?? []) expect(["{domain}", "{recipient}"]).toContain(p);
    expect(e.headline).not.toMatch(/<[^>]*>/);
    expect(e.headline).not.toMatch(/\b(?:MX|SPF|DKIM|DMARC|DANE|TLSA|STARTTLS|SMTP|EOP|RFC|NDR|TNEF|PTR|connector)\b/);
    expect(e.headline).not.toMatch(/\.$/);
    // One sentence of at most 30 words, and no placeholder the pane would have to fill.
    expect(e.cause.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(e.cause).not.toMatch(/[.!?]\s+[A-Z]/);
    expect(e.cause).not.toMatch(/[{<][a-z-]+[}>]/);
    expect(e.cause).toMatch(/\.$/);
    if (e.detail !== undefined) expect(e.detail.trim().length).toBeGreaterThan(20);
    if (e.tellRecipient !== undefined) expect(e.tellRecipient).toMatch(/\.$/);
  });

  it.each(GUIDANCE.map((e) => [e.id, e] as const))("%s: says nothing twice", (_id, e) => {
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const s of sentencesOf(e)) {
      if (seen.has(s)) repeated.push(s);
      seen.add(s);
    }
    expect(repeated).toEqual([]);
  });

  it("the seed case names the domain twice in its headline and says whose side the problem is on", () => {
    const e = byId("exo-5.4.1-relay-access-denied");
    expect(e.headline.match(/\{domain\}/g)).toHaveLength(2);
    expect(e.headline).toMatch(/set-up problem at \{domain\}, not something you did/);
    expect(e.tellRecipient).toMatch(/MX record and accepted domains/);
  });

  it("DBEB: the address doesn't exist, and 'Access denied' is explained once only", () => {
    const e = byId("exo-5.4.1-dbeb-recipient-not-found");
    expect(e.headline).toMatch(/doesn't exist at \{domain\}/);
    const mentions = entrySentences(e).filter((t) => /access denied/i.test(t));
    expect(mentions).toEqual([e.headline]);
  });

  it("only the codes that are about backscatter warn of spam forged in your name", () => {
    const warned = GUIDANCE.filter((e) => entrySentences(e).some((t) => /forged in your name/i.test(t))).map((e) => e.id);
    expect(warned).toEqual(["exo-5.1.10-recipient-not-found"]);
    for (const id of ["exo-5.1.1-bad-destination-mailbox", "generic-x.1.1", "generic-5.1"]) expect(warned).not.toContain(id);
  });
});

describe("admin steps know whose organisation they are for", () => {
  it.each(GUIDANCE.map((e) => [e.id, e] as const))("%s: audiences and conditions are well formed", (_id, e) => {
    for (const s of e.adminSteps) {
      if (s.audience !== undefined) expect(["recipient-org", "sender-org"]).toContain(s.audience);
      if (s.condition !== undefined) {
        // Shown as "For your admin (only if …)": a clause for the sender's own admin.
        expect(s.audience).toBe("sender-org");
        expect(s.condition).toMatch(/^[a-z]/);
        expect(s.condition).not.toMatch(/[.;:]$/);
        expect(s.condition).not.toMatch(/[()]/);
      }
    }
  });

  it("relay 5.4.1: the domain, MX and accepted-domain steps are the recipient's; only hybrid and EOP steps reach the sender, with conditions", () => {
    const e = byId("exo-5.4.1-relay-access-denied");
    const recipientSide = e.adminSteps.filter((s) => s.audience === "recipient-org");
    const senderSide = e.adminSteps.filter((s) => s.audience === "sender-org");
    expect(recipientSide.length + senderSide.length).toBe(e.adminSteps.length);
    for (const s of recipientSide) expect(`${s.text} ${allCommandsOf(s)}`).not.toMatch(/Hybrid|Get-(?:Send|Inbound|Outbound)Connector|HybridConfiguration/);
    for (const s of e.adminSteps.filter((s) => /MX record|accepted domain|Active|propagation/i.test(s.text))) expect(s.audience).toBe("recipient-org");
    expect(senderSide).toHaveLength(2);
    for (const s of senderSide) {
      expect(s.condition).toMatch(/hybrid|on-premises Exchange through Exchange Online Protection/);
      expect(allCommandsOf(s)).toMatch(/Connector|HybridConfiguration/);
    }
  });

  it("entries the other organisation must fix say what to send it", () => {
    const missing = GUIDANCE.filter((e) => e.whoMustAct.length === 1 && e.whoMustAct[0] === "recipient-admin" && !e.tellRecipient).map((e) => e.id);
    expect(missing).toEqual([
      // Retried by the sending server and fixed by the other side's own monitoring: nothing to send yet.
      "onprem-4.3.1-insufficient-resources",
      "onprem-4.3.2-service-not-available",
      "onprem-4.4.2-connection-dropped",
      "onprem-5.3.0-too-many-related-errors",
      "onprem-5.3.3-unrecognized-command",
    ]);
  });
});

function allCommandsOf(s: { commands?: StepCommand[] }): string {
  return (s.commands ?? []).map((c) => c.text).join("\n");
}

// Which shell each cmdlet belongs to. A cmdlet the table uses must be listed here, so a new
// one is classified by someone who knows where it runs.
const EXO_ONLY = [
  "Get-EXORecipient",
  "Get-EXOMailboxStatistics",
  "Get-EXOMailboxFolderStatistics",
  "Get-MessageTraceV2",
  "Get-InboundConnector",
  "Get-OutboundConnector",
  "Get-HostedConnectionFilterPolicy",
  "Get-TenantAllowBlockListItems",
  "Get-BlockedSenderAddress",
  "Remove-BlockedSenderAddress",
  "Set-UnifiedGroup",
  "Get-DkimSigningConfig",
];
const ONPREM_ONLY = [
  "Get-SendConnector",
  "Get-ReceiveConnector",
  "New-ReceiveConnector",
  "Add-ADPermission",
  "Get-HybridConfiguration",
  "Get-Queue",
  "Get-Message",
  "Get-ServerComponentState",
  "Get-TransportService",
  "Get-ExchangeDiagnosticInfo",
  "Get-TransportAgent",
  "Get-MailboxDatabase",
  "Get-ContentFilterConfig",
  "Get-Service",
];
/** In both Exchange Online PowerShell and the Exchange Management Shell. */
const EXCHANGE_EITHER = [
  "Get-AcceptedDomain",
  "Set-AcceptedDomain",
  "Get-Mailbox",
  "Set-Mailbox",
  "Get-Recipient",
  "Get-InboxRule",
  "Get-TransportRule",
  "Get-DistributionGroup",
  "Set-DistributionGroup",
  "Get-TransportConfig",
  "Get-MailPublicFolder",
  "Set-MailPublicFolder",
  "Get-OrganizationConfig",
  "Get-PublicFolder",
  "New-RemoteDomain",
  "Set-RemoteDomain",
  "New-MailContact",
  "Get-CASMailbox",
  "Set-MailUser",
  "Get-JournalRule",
];
const WINDOWS_ONLY = ["Resolve-DnsName", "Test-NetConnection", "Start-ADSyncSyncCycle"];
/** PowerShell's own cmdlets: fine in any PowerShell shell. */
const POWERSHELL_CORE = ["Where-Object", "Format-List", "Sort-Object", "Select-Object", "Get-Date"];

const SHELLS: CommandShell[] = ["exchange-online-powershell", "exchange-management-shell", "windows-powershell", "dns-lookup"];
const PANE_FILLS = ["<domain>", "<recipient>", "<sender>", "<sender-domain>"];
/** Names for values the pane knows, under another name: they must use the pane's placeholder. */
const ALIASES = [
  "<address>",
  "<email>",
  "<recipient-address>",
  "<recipient-domain>",
  "<your-domain>",
  "<sender-address>",
  "<user>",
  "<mailbox>",
  "<group>",
  "<folder>",
  "<name>",
  "<from>",
  "<to>",
  "<your-address>",
  "<target-domain>",
];

function shellOf(cmdlet: string): CommandShell[] | undefined {
  if (EXO_ONLY.includes(cmdlet)) return ["exchange-online-powershell"];
  if (ONPREM_ONLY.includes(cmdlet)) return ["exchange-management-shell"];
  if (EXCHANGE_EITHER.includes(cmdlet)) return ["exchange-online-powershell", "exchange-management-shell"];
  if (WINDOWS_ONLY.includes(cmdlet)) return ["windows-powershell"];
  if (POWERSHELL_CORE.includes(cmdlet)) return ["exchange-online-powershell", "exchange-management-shell", "windows-powershell"];
  return undefined;
}

/** Problems that would stop a command from running as copied. */
function commandProblems(c: StepCommand): string[] {
  const problems: string[] = [];
  if (!SHELLS.includes(c.shell)) problems.push(`unknown shell ${c.shell}`);
  if (c.text.trim() !== c.text || c.text.includes("\n\n") || c.text.length === 0) problems.push("blank lines or edges");
  // Several commands go on separate lines, not after ";".
  if (c.text.includes(";")) problems.push("';' between commands");
  // A parenthesis holding only words and spaces is commentary, not PowerShell.
  for (const m of c.text.matchAll(/\(([^()]*)\)/g)) if (/^[A-Za-z][A-Za-z ,'-]*\s[A-Za-z ,'-]*$/.test(m[1])) problems.push(`commentary (${m[1]})`);
  for (const p of c.text.match(/<[^<>\s]*>/g) ?? []) {
    if (ALIASES.includes(p)) problems.push(`placeholder alias ${p}`);
    else if (!PANE_FILLS.includes(p) && !/^<[a-z]+(?:-[a-z0-9]+)+>$/.test(p)) problems.push(`unclear placeholder ${p}`);
  }
  // A cmdlet opens a line, a pipeline stage or a sub-expression; "Ms-Exch-…" inside quotes is an argument.
  const cmdlets = [...c.text.matchAll(/(?:^|[|({]\s*)([A-Z][a-z]+-[A-Z][A-Za-z0-9]+)\b/gm)].map((m) => m[1]);
  if (c.shell === "dns-lookup") {
    if (!/^(?:nslookup|dig)\b/.test(c.text)) problems.push("dns-lookup must be nslookup or dig");
    if (cmdlets.length > 0) problems.push(`cmdlets in a DNS lookup: ${cmdlets.join(", ")}`);
  }
  for (const cmdlet of new Set(cmdlets)) {
    const shells = shellOf(cmdlet);
    if (!shells) problems.push(`unclassified cmdlet ${cmdlet}`);
    else if (!shells.includes(c.shell)) problems.push(`${cmdlet} doesn't run in ${c.shell}`);
  }
  const exo = cmdlets.some((x) => EXO_ONLY.includes(x));
  const onprem = cmdlets.some((x) => ONPREM_ONLY.includes(x));
  if (exo && onprem) problems.push("Exchange Online and on-premises cmdlets in one block");
  return problems;
}

describe("commands run as copied", () => {
  it.each(GUIDANCE.map((e) => [e.id, e] as const))("%s", (_id, e) => {
    const problems = allCommands(e).flatMap((c) => commandProblems(c).map((p) => `${p}: ${c.text}`));
    expect(problems).toEqual([]);
    for (const s of e.adminSteps) {
      // One block per shell within a step.
      const shells = (s.commands ?? []).map((c) => c.shell);
      expect(new Set(shells).size).toBe(shells.length);
      // Commands live in `commands`, never in the prose.
      expect(s.text).not.toMatch(/\((?:on-premises )?Exchange (?:Management|Online) (?:Shell|PowerShell)\)/);
    }
  });

  it("the checker catches what issue 11 found in copied text", () => {
    const bad: [StepCommand, RegExp][] = [
      [{ shell: "exchange-online-powershell", text: "Get-InboundConnector; Get-OutboundConnector" }, /';'/],
      [{ shell: "exchange-management-shell", text: "Get-HybridConfiguration (on-premises Exchange Management Shell)" }, /commentary/],
      [{ shell: "exchange-online-powershell", text: "Get-EXORecipient -Identity <address>" }, /alias <address>/],
      [{ shell: "exchange-online-powershell", text: "Get-InboundConnector\nGet-SendConnector" }, /Exchange Online and on-premises|doesn't run/],
      [{ shell: "windows-powershell", text: "Get-AcceptedDomain" }, /doesn't run in windows-powershell/],
      [{ shell: "dns-lookup", text: "Resolve-DnsName -Type MX <domain>" }, /nslookup or dig/],
      [{ shell: "exchange-online-powershell", text: "Get-Frobnicator" }, /unclassified/],
      [{ shell: "exchange-online-powershell", text: "Get-Mailbox <x>" }, /unclear placeholder/],
    ];
    for (const [c, re] of bad) expect(commandProblems(c).join("; ")).toMatch(re);
    // PowerShell's own parentheses are syntax, not commentary.
    expect(commandProblems({ shell: "exchange-online-powershell", text: "Get-MessageTraceV2 -StartDate (Get-Date).AddDays(-2) -EndDate (Get-Date)" })).toEqual(
      [],
    );
  });
});

const MICROSOFT_WORDS = /\b(?:Exchange|Microsoft 365|Office 365|Outlook\.com|public folders?|admin center|EAC|EOP)\b/;

describe("provider-aware wording", () => {
  it("Microsoft's own rows are marked, and the neutral rows link to no Microsoft article", () => {
    for (const e of GUIDANCE) {
      if (/^(?:exo|eop|outlookcom)-/.test(e.id)) expect([e.id, e.provider]).toEqual([e.id, "microsoft"]);
      if (e.provider !== "microsoft") expect([e.id, e.docsUrl]).not.toEqual([e.id, expect.stringMatching(/microsoft\.com/)]);
    }
  });

  it.each(GUIDANCE.filter((e) => e.provider !== "microsoft").map((e) => [e.id, e] as const))(
    "%s speaks to any mail service: no Microsoft wording for the recipient's side",
    (_id, e) => {
      for (const t of [e.headline, e.cause, e.tellRecipient ?? "", ...e.userSteps]) expect(t).not.toMatch(MICROSOFT_WORDS);
      for (const s of e.adminSteps.filter((a) => a.audience === "recipient-org")) {
        expect(s.text).not.toMatch(MICROSOFT_WORDS);
        expect((s.commands ?? []).map((c) => c.shell)).not.toContain("exchange-online-powershell");
        expect((s.commands ?? []).map((c) => c.shell)).not.toContain("exchange-management-shell");
      }
    },
  );

  it("a full mailbox elsewhere reads as one: no public folder, no admin, no Microsoft article", () => {
    for (const id of ["generic-x.2.2", "mailbox-full"]) {
      const e = byId(id);
      expect(e.provider).toBeUndefined();
      expect(entrySentences(e).join(" ")).not.toMatch(/public folder|recipient's admin/i);
      expect(e.tellRecipient).toMatch(/their email provider/);
    }
  });

  const NOT_MICROSOFT = { remoteMta: "dns;alt1.gmail-smtp-in.l.google.com", reportingMta: "dns;mail.example.org" };
  const MICROSOFT = { remoteMta: "dns;contoso-com.mail.protection.outlook.com" };

  it("a Microsoft row is never chosen by its code alone for another provider's server", () => {
    const offenders: string[] = [];
    for (const e of GUIDANCE.filter((x) => x.provider === "microsoft")) {
      for (const pattern of e.codes) {
        const code = pattern.replace(/-\d+$/, "");
        const m = selectGuidance({ status: code, reply: "", diagnostic: "", ...NOT_MICROSOFT });
        if (m.entry.provider === "microsoft") offenders.push(`${code} → ${m.entry.id}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it.each([
    ["5.2.2", "452 4.2.2 The recipient's inbox is out of storage space.", "mailbox-full"],
    ["5.2.2", "552 5.2.2 Mailbox quota exceeded", "generic-x.2.2"],
    ["5.1.1", "550 5.1.1 The email account that you tried to reach does not exist.", "generic-x.1.1"],
    ["4.4.7", "", "generic-x.4.7"],
    ["5.7.26", "550 5.7.26 Unauthenticated email is not accepted due to domain's DMARC policy.", "generic-x.7.26"],
  ])("Gmail-style %s %j → %s", (status, diagnostic, id) => {
    expect(selectGuidance({ status, reply: "", diagnostic, ...NOT_MICROSOFT }).entry.id).toBe(id);
  });

  it("Microsoft's servers, and bounces that name no server, keep the Microsoft rows", () => {
    expect(selectGuidance({ status: "5.2.2", reply: "", diagnostic: "", ...MICROSOFT }).entry.id).toBe("exo-5.2.2-mailbox-full");
    expect(selectGuidance({ status: "5.1.1", reply: "", diagnostic: "", ...MICROSOFT }).entry.id).toBe("exo-5.1.1-bad-destination-mailbox");
    expect(selectGuidance({ status: "5.1.1", reply: "", diagnostic: "" }).entry.id).toBe("exo-5.1.1-bad-destination-mailbox");
    // Exchange's own words still count from a customer's server (on-premises Exchange).
    expect(
      selectGuidance({ status: "5.1.1", reply: "550", diagnostic: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", reportingMta: "mx4.example.org" }).entry
        .id,
    ).toBe("exo-5.1.1-bad-destination-mailbox");
  });
});
