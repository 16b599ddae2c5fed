/** Hand-built diagnoses for the pure forward tests (component tests use the real classifier). */
import type { Diagnosis, GuidanceEntry, RecipientDiagnosis } from "../../src/classifier/types";
import type { ExplainedSource } from "../../src/taskpane/reader/explainedSource";

export const relayEntry: GuidanceEntry = {
  id: "test-5.4.1-relay",
  codes: ["5.4.1"],
  title: "The recipient's domain isn't set up to receive this mail",
  headline: "{domain} can't receive email right now — this is a set-up problem at {domain}, not something you did",
  cause: "The receiving server refused mail for this domain.",
  whoMustAct: ["recipient-admin"],
  userSteps: ["Wait up to 72 hours if the domain was just set up, then send again."],
  adminSteps: [
    {
      text: "Check the domain's MX record.",
      where: { label: "Microsoft 365 admin center > Domains", url: "https://admin.microsoft.com/#/Domains" },
      commands: [{ shell: "exchange-online-powershell", text: "Get-AcceptedDomain | Format-Table Name,DomainType" }],
    },
  ],
  reason: "norelaying",
};

export function recipient(overrides: Partial<RecipientDiagnosis> = {}): RecipientDiagnosis {
  return {
    address: "jo@fabrikam.com",
    action: "failed",
    status: "5.4.1",
    reply: "550",
    diagnostic: "550 5.4.1 Relay Access Denied [DB8EUR06FT012.eop-eur06.prod.protection.outlook.com]",
    reason: "norelaying",
    guidance: relayEntry,
    confidence: "high",
    evidence: [{ source: "delivery-status", text: "Status: 5.4.1", note: "status code" }],
    ...overrides,
  };
}

export function diagnosis(overrides: Partial<Diagnosis> = {}): Diagnosis {
  return {
    isBounce: true,
    kind: "bounce",
    layout: "exo-new",
    recipients: [recipient()],
    reportingMta: "AM9PR02MB7321.eurprd02.prod.outlook.com",
    original: { subject: "Quarterly figures", date: "Tue, 14 May 2024 09:12:39 +0000", messageId: "<abc@contoso.com>" },
    evidence: [],
    warnings: [],
    ...overrides,
  };
}

export const outlookSource: ExplainedSource = {
  label: "This message",
  origin: "message",
  path: "mime",
  fromOutlook: true,
  item: { subject: "Undeliverable: Quarterly figures", date: "2024-05-14T09:12:44Z" },
  failures: [],
};
