/**
 * Amazon SES notifications delivered by SNS as email ("AWS Notification Message"): a JSON body,
 * sometimes wrapped in SNS's own envelope ({"Type":"Notification","Message":"{…}"}). A "Bounce"
 * names each bouncedRecipients entry with its status and diagnosticCode; a "Complaint" names the
 * complainedRecipients; a "Delivery" is a delivery report. Parsed with JSON.parse on a bounded
 * slice: no regular expression runs over the JSON.
 */
import type { ReportScanner } from "./engine/scanner";
import type { LayoutModule, LineRule } from "./engine/types";

/** A notification is a few KB; anything larger is not one. */
const MAX_JSON = 256 * 1024;

type Json = Record<string, unknown>;

function asObject(v: unknown): Json | undefined {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined;
}

function str(v: unknown): string {
  return typeof v === "string" ? v.slice(0, 2000) : "";
}

/** The notification object: the SES message itself, or inside SNS's envelope. */
function notification(text: string): Json | undefined {
  const start = text.indexOf("{");
  if (start < 0) return undefined;
  const end = text.lastIndexOf("}");
  if (end <= start || end - start > MAX_JSON) return undefined;
  let parsed: Json | undefined;
  try {
    // Body lines of SNS mail may be folded by the MIME layer: the JSON has no raw line breaks of its own.
    parsed = asObject(JSON.parse(text.slice(start, end + 1).replace(/\r?\n/g, "")));
  } catch {
    return undefined;
  }
  if (parsed && typeof parsed.Message === "string") {
    try {
      parsed = asObject(JSON.parse(parsed.Message.slice(0, MAX_JSON)));
    } catch {
      return undefined;
    }
  }
  return parsed && typeof parsed.notificationType === "string" ? parsed : undefined;
}

function read(s: ReportScanner, n: Json): void {
  const type = str(n.notificationType).toLowerCase();
  if (type === "bounce") {
    const bounce = asObject(n.bounce) ?? {};
    const transient = str(bounce.bounceType).toLowerCase() === "transient";
    s.facts.kind = "bounce";
    s.facts.reportingMta ??= str(bounce.reportingMTA).replace(/^dns;\s*/i, "") || undefined;
    const list = Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients.slice(0, 1000) : [];
    for (const item of list) {
      const o = asObject(item);
      const address = o ? str(o.emailAddress) : "";
      if (!o || !address.includes("@")) continue;
      const r = s.touch(address);
      const status = str(o.status);
      if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(status)) r.status = status;
      if (transient) r.delayed = true;
      const diag = str(o.diagnosticCode).replace(/^smtp;\s*/i, "");
      s.setDiag(diag || `${str(bounce.bounceType)} ${str(bounce.bounceSubType)}`.trim(), `diagnosticCode: ${diag}`, !!diag);
    }
  } else if (type === "complaint") {
    s.facts.kind = "feedback-report";
    const complaint = asObject(n.complaint) ?? {};
    const list = Array.isArray(complaint.complainedRecipients) ? complaint.complainedRecipients.slice(0, 1000) : [];
    for (const item of list) {
      const address = str(asObject(item)?.emailAddress);
      if (address.includes("@")) s.touch(address);
    }
  } else if (type === "delivery") {
    s.facts.kind = "delivery-report";
  }
}

/** Scans already given their one try: a body of many "{" lines must not be parsed once per line. */
const tried = new WeakSet<ReportScanner>();

/** Reads the whole JSON at its first "{" line and ends the scan (nothing after it is prose). */
const jsonNotification: LineRule = (s, t) => {
  if (!t.startsWith("{") || tried.has(s)) return false;
  tried.add(s);
  // From the raw text: a JSON line is longer than the scanner's line cap.
  const rest = s.text.slice(s.offsetOf(s.i));
  const n = notification(rest);
  if (!n) return false;
  read(s, n);
  s.i = s.lines.length;
  return true;
};

export const amazonses: LayoutModule = {
  id: "amazon-ses-notification",
  family: "other-mta",
  markers: ['"notificationType"', '\\"notificationType\\"'],
  subjects: ["aws notification message"],
  senders: ["sns.amazonaws.com"],
  rules: [jsonNotification],
  onlyWhenDetected: true,
};
