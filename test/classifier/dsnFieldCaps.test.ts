/** Delivery-status values are cut to sane lengths where they are read, and the cut is said. */
import { classify } from "../../src/classifier";
import { parseDeliveryStatus } from "../../src/classifier/deliveryStatus";
import { MAX_ADDRESS_CHARS, MAX_HOST_CHARS, MAX_RECIPIENTS, MAX_REPLY_CHARS, MAX_SHORT_TEXT_CHARS } from "../../src/classifier/fieldCaps";
import type { Diagnosis } from "../../src/classifier/types";

interface Fields {
  reportingMta?: string;
  finalRecipient?: string;
  originalRecipient?: string;
  remoteMta?: string;
  diagnostic?: string;
  displayName?: string;
}

function dsnBounce(f: Fields): string {
  return [
    "From: MAILER-DAEMON@mx.example.org",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain",
    "",
    "This is the mail system at host mx.example.org.",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    `Reporting-MTA: dns; ${f.reportingMta ?? "mx.example.org"}`,
    "",
    `Final-Recipient: rfc822; ${f.finalRecipient ?? "jo@example.net"}`,
    `Original-Recipient: rfc822; ${f.originalRecipient ?? "jo@example.net"}`,
    `X-Display-Name: ${f.displayName ?? "Jo"}`,
    "Action: failed",
    "Status: 5.1.1",
    `Remote-MTA: dns; ${f.remoteMta ?? "mx.example.net"}`,
    `Diagnostic-Code: smtp; ${f.diagnostic ?? "550 5.1.1 user unknown"}`,
    "",
    "--B--",
    "",
  ].join("\r\n");
}

const cutFields = (d: Diagnosis): string[] => (d.warningCodes ?? []).filter((w) => w.code === "warn.field-cut").map((w) => w.params?.field ?? "");

test("an ordinary report is read whole and warns of nothing", async () => {
  const d = await classify(dsnBounce({}));
  expect(d.recipients[0]).toMatchObject({ address: "jo@example.net", diagnostic: "550 5.1.1 user unknown", remoteMta: "mx.example.net", displayName: "Jo" });
  expect(cutFields(d)).toEqual([]);
});

test("over-long fields are cut to their caps, each cut named once in the warnings", async () => {
  const d = await classify(
    dsnBounce({
      reportingMta: "r".repeat(100_000),
      finalRecipient: "a@" + ".".repeat(60_000) + "x",
      originalRecipient: "o".repeat(5000) + "@example.net",
      remoteMta: "b".repeat(100_000),
      diagnostic: "550 5.1.1 " + "[".repeat(200_000),
      displayName: "N".repeat(10_000),
    }),
  );
  const r = d.recipients[0];
  expect(r.address.length).toBe(MAX_ADDRESS_CHARS);
  expect(r.originalRecipient?.length).toBe(MAX_ADDRESS_CHARS);
  expect(r.remoteMta?.length).toBe(MAX_HOST_CHARS);
  expect(d.reportingMta?.length).toBeLessThanOrEqual(MAX_HOST_CHARS);
  expect(r.diagnostic.length).toBe(MAX_REPLY_CHARS);
  expect(r.diagnostic.startsWith("550 5.1.1 [[[")).toBe(true);
  expect(r.displayName?.length).toBe(MAX_SHORT_TEXT_CHARS);
  expect(r.status).toBe("5.1.1");
  expect(cutFields(d).sort()).toEqual(["Diagnostic-Code", "Final-Recipient", "Original-Recipient", "Remote-MTA", "Reporting-MTA", "X-Display-Name"]);
  // The English text says which field, and the warning texts and codes stay aligned.
  expect(d.warnings).toContain("The delivery-status field Final-Recipient was too long and was cut.");
  expect(d.warnings).toHaveLength(d.warningCodes?.length ?? -1);
});

test("a reply folded over 10,000 lines keeps its start, is cut, and the cut is said", () => {
  const folded = Array.from({ length: 10_000 }, (_, i) => ` 550-5.1.1 continuation line number ${i}`).join("\r\n");
  const warnings: string[] = [];
  const dsn = parseDeliveryStatus(
    `Final-Recipient: rfc822;a@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp;550-5.1.1 first\r\n${folded}\r\n`,
    warnings,
  );
  expect(dsn.recipients[0].diagnostic.startsWith("550 5.1.1 first continuation line number 0 continuation line number 1")).toBe(true);
  expect(dsn.recipients[0].diagnostic.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
  expect(warnings).toEqual(["The delivery-status field Diagnostic-Code was too long and was cut."]);
});

test("without a warnings sink the reader still caps, silently", () => {
  const dsn = parseDeliveryStatus(`Final-Recipient: rfc822;${"a".repeat(1000)}@example.net\r\nAction: failed\r\n`);
  expect(dsn.recipients[0].finalRecipient.length).toBe(MAX_ADDRESS_CHARS);
});

describe("issue 12: truncated recipient lists are said, not silent", () => {
  function manyRecipients(n: number): string {
    const blocks = Array.from({ length: n }, (_, i) => `Final-Recipient: rfc822; user${i}@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n`).join("\r\n");
    return [
      "From: MAILER-DAEMON@mx.example.org",
      "To: sender@example.com",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      "",
      "--B",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.org",
      "",
      blocks,
      "--B--",
      "",
    ].join("\r\n");
  }

  test("a DSN naming 100,000 recipients lists the first 1,000 and warns twice: the part was cut, and the list was", async () => {
    const d = await classify(manyRecipients(100_000));
    expect(d.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(d.recipients[0].address).toBe("user0@example.net");
    const codes = (d.warningCodes ?? []).map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["warn.dsn-cut", "warn.recipients-cut"]));
    expect(d.warnings.join(" ")).toMatch(/only the first 1000 are listed/);
  });

  test("1,200 recipients: the part is whole, the list is cut and says so", async () => {
    const d = await classify(manyRecipients(1200));
    expect(d.recipients).toHaveLength(MAX_RECIPIENTS);
    const cut = (d.warningCodes ?? []).find((w) => w.code === "warn.recipients-cut");
    expect(cut?.params).toEqual({ count: "1200", limit: String(MAX_RECIPIENTS) });
    expect((d.warningCodes ?? []).map((w) => w.code)).not.toContain("warn.dsn-cut");
  });

  test("a report within the limits warns of nothing", async () => {
    const d = await classify(manyRecipients(3));
    expect(d.recipients).toHaveLength(3);
    expect(d.warnings).toEqual([]);
  });
});
