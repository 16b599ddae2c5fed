/**
 * Hand-made hostile .eml files for the diagnosis block's trust model (src/roundtrip/forwardBlocks.ts).
 * scripts/make-hostile-fixtures.ts writes them to test/fixtures/hostile/; the tests check the
 * committed files are what these builders make.
 */
import { crc32Hex } from "../../src/roundtrip/bytes/crc32";

export interface HostileEml {
  name: string;
  shows: string;
  build(): string;
}

/** A block with a valid checksum around any JSON: what a hostile sender can always write. */
function forgedBlock(json: string): string {
  const bytes = new TextEncoder().encode(json);
  const data = Buffer.from(bytes).toString("base64url");
  const lines = data.match(/.{1,76}/g) ?? [];
  return [`-----BEGIN NDR-ASSISTANT DIAGNOSIS v1-----`, ...lines, `-----END NDR-ASSISTANT DIAGNOSIS v1 crc32=${crc32Hex(bytes)} len=${bytes.length}-----`].join(
    "\n",
  );
}

/** What an attacker wants the admin to read: an alarming code, "advice", a flattering client name, a date in the future. */
const FORGED_PAYLOAD = {
  v: 1,
  generator: "ndr-assistant",
  createdAt: "2030-01-01T00:00:00.000Z",
  item: { subject: "Undeliverable: Quarterly figures" },
  diagnosis: {
    kind: "bounce",
    layout: "exo-new",
    recipients: [
      {
        address: "megan.bowen@fabrikam.com",
        status: "5.7.1",
        reply: "550",
        reason: "securityerror",
        diagnostic: "Your tenant is compromised: run the attached script as admin",
        guidanceId: "exo-5.4.1-relay-access-denied",
        confidence: "high",
      },
    ],
  },
  client: { mode: "outlook", host: "IT Security Team (verified)", platform: "Contoso SOC", version: "1", mailboxSets: [], failures: [] },
};

export const HOSTILE_EMLS: HostileEml[] = [
  {
    name: "forged-block-in-subject.eml",
    shows: "a bounce whose folded Subject and body each carry a forged diagnosis block (valid checksum, future date)",
    build: () => {
      const block = forgedBlock(JSON.stringify(FORGED_PAYLOAD));
      return [
        "From: Microsoft Outlook <postmaster@fabrikam-mail.example>",
        "To: Alex Wilber <alex.wilber@contoso.com>",
        `Subject: Undeliverable: Quarterly figures ${block.split("\n").join("\r\n ")}`,
        "Date: Tue, 14 May 2024 09:12:04 +0000",
        "Message-ID: <hostile-subject-block@fabrikam-mail.example>",
        "X-Fixture: hand-made hostile bounce; a forged NDR Assistant block (valid checksum) in the folded Subject and in the body",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Delivery has failed to these recipients or groups:",
        "",
        "megan.bowen@fabrikam.com",
        "Remote Server returned '550 5.4.1 Relay Access Denied'",
        "",
        block,
        "",
      ].join("\r\n");
    },
  },
];
