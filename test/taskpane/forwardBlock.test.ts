// The forward carries a machine-readable block beside the readable diagnosis, within 32 KB.
import type { Diagnosis } from "../../src/classifier/types";
import { findBlocks } from "../../src/roundtrip";
import { MAX_HTML_BODY_BYTES } from "../../src/taskpane/forward/composeForward";
import { OUTLOOK_WEB, forwardHtml, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";

let diagnosis: Diagnosis;
beforeAll(async () => {
  diagnosis = await relayDeniedDiagnosis();
});

const bytes = (s: string) => new TextEncoder().encode(s).length;

test("the forward's HTML ends with a block that decodes to the diagnosis and the client", () => {
  const html = forwardHtml(diagnosis);
  const blocks = findBlocks(html);
  expect(blocks).toHaveLength(1);
  const block = blocks[0];
  if (block.status !== "ok") throw new Error(`block ${block.status}: ${block.reason}`);
  expect(block.payload.diagnosis.recipients[0]).toMatchObject({
    address: "megan.bowen@fabrikam.com",
    status: "5.4.1",
    guidanceId: "exo-5.4.1-relay-access-denied",
  });
  expect(block.payload.client).toMatchObject({ host: "OutlookWebApp", version: OUTLOOK_WEB.version });
  expect(block.payload.createdAt).toBe("2024-05-14T10:02:00.000Z");
  // Readable part first.
  expect(html.indexOf("The destination mail server")).toBeLessThan(html.indexOf("BEGIN"));
});

test("with thousands of recipients the body stays within 32 KB and the block still decodes (shortened)", () => {
  const many: Diagnosis = {
    ...diagnosis,
    recipients: Array.from({ length: 3000 }, (_, i) => ({
      ...diagnosis.recipients[0],
      address: `person${i}@fabrikam.com`,
      diagnostic: "550 5.4.1 Relay Access Denied ".repeat(20),
    })),
  };
  const html = forwardHtml(many);
  expect(bytes(html)).toBeLessThanOrEqual(MAX_HTML_BODY_BYTES);
  const [block] = findBlocks(html);
  expect(block?.status).toBe("ok");
  if (block?.status === "ok") expect(block.payload.truncated).toBe(true);
  // The readable diagnosis keeps its headline.
  expect(html).toContain("The destination mail server");
});
