/** The CLI on Outlook .msg files (fixtures from scripts/make-msg-fixture.ts), through the real bin. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ndr-assistant.cjs");
const MSG = join(ROOT, "test", "fixtures", "msg");

interface JsonResult {
  file: string;
  bounce: boolean;
  kind: string;
  layout: string;
  reportSubject: string;
  recipients: Array<{ address: string; status: string; reply: string; reason: string; guidance: string }>;
  warnings: string[];
}

jest.setTimeout(60000);

test("--json diagnoses an NDR saved as .msg and one attached to a forwarded .msg", () => {
  const files = [join(MSG, "ndr-5.4.1-relay-access-denied.msg"), join(MSG, "forward-with-attached-ndr.msg")];
  const r = spawnSync(process.execPath, [BIN, "--json", ...files], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const parsed = JSON.parse(r.stdout) as JsonResult[];
  expect(parsed.map((p) => p.file)).toEqual(files);
  for (const p of parsed) {
    expect(p).toMatchObject({ bounce: true, kind: "bounce", layout: "exo-classic", reportSubject: "Undeliverable: Quarterly figures", warnings: [] });
    expect(p.recipients).toHaveLength(1);
    expect(p.recipients[0]).toMatchObject({
      address: "megan.bowen@fabrikam.com",
      status: "5.4.1",
      reply: "550",
      reason: "norelaying",
      guidance: "exo-5.4.1-relay-access-denied",
    });
  }
});
