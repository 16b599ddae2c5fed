/** A payload built the way the pane builds it: the real classifier on a real-looking bounce. */
import { readFileSync } from "fs";
import { join } from "path";
import { classify } from "../../../src/classifier";
import type { Diagnosis } from "../../../src/classifier/types";
import type { HostDiagnostics } from "../../../src/outlook/types";
import { toPayload, type PayloadV1 } from "../../../src/roundtrip";

export const RELAY_DENIED_EML = join(__dirname, "..", "..", "fixtures", "exo-new-5.4.1-relay-access-denied.eml");

export const OUTLOOK_WEB_DIAGNOSTICS: HostDiagnostics = {
  mode: "outlook",
  host: "OutlookWebApp",
  platform: "OfficeOnline",
  version: "20240506003.11",
  mailboxSets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14"],
  displayLanguage: "en-US",
  canOpenForm: true,
  lastReadPath: "html+headers",
  failures: [{ step: "getAsFileAsync", code: 5001, message: "An internal error has occurred." }],
};

export async function relayDeniedDiagnosis(): Promise<Diagnosis> {
  return classify(readFileSync(RELAY_DENIED_EML, "utf8"));
}

export async function relayDeniedPayload(): Promise<PayloadV1> {
  return toPayload(await relayDeniedDiagnosis(), {
    item: { subject: "Undeliverable: Quarterly figures", date: "2024-05-14T09:12:03Z" },
    diagnostics: OUTLOOK_WEB_DIAGNOSTICS,
    now: new Date("2024-05-14T09:15:00.000Z"),
  });
}
