/** Spawns the real bin (as a user would after `npm ci`) and checks output and exit codes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ndr-assistant.cjs");
const FIX = join(ROOT, "test", "fixtures");

function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonRecipient {
  address: string;
  status: string;
  reply: string;
  reason: string;
  diagnostic: string;
}
interface JsonResult {
  file: string;
  bounce: boolean;
  recipients: JsonRecipient[];
  error?: string;
}

jest.setTimeout(60000);

test("--json prints one array, one object per file in order", () => {
  const files = [
    join(FIX, "exo-classic-5.4.1-relay-access-denied.eml"),
    join(FIX, "not-bounce-ordinary.eml"),
    join(FIX, "postfix-dbeb-5.4.1-from-outlook-protection.eml"),
  ];
  const r = runCli(["--json", ...files]);
  expect(r.code).toBe(0);
  const parsed = JSON.parse(r.stdout) as JsonResult[];
  expect(parsed.map((p) => p.file)).toEqual(files);
  expect(parsed[0]).toMatchObject({
    bounce: true,
    recipients: [{ address: "megan.bowen@fabrikam.com", status: "5.4.1", reply: "550", reason: "norelaying", diagnostic: "550 5.4.1 Relay Access Denied" }],
  });
  expect(parsed[1]).toMatchObject({ bounce: false, recipients: [] });
  expect(parsed[2].recipients[0]).toMatchObject({ status: "5.4.1", reason: "userunknown" });
});

test("an unreadable file exits 2, is named on stderr, and the others are still reported", () => {
  const missing = join(FIX, "does-not-exist.eml");
  const r = runCli(["--json", missing, join(FIX, "dsn-only-5.1.1.eml")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(missing);
  const parsed = JSON.parse(r.stdout) as JsonResult[];
  expect(parsed).toHaveLength(2);
  expect(parsed[0]).toMatchObject({ file: missing, bounce: false });
  expect(parsed[0].error).toBeTruthy();
  expect(parsed[1]).toMatchObject({ bounce: true, recipients: [{ address: "nobody@example.net", status: "5.1.1", reply: "550", reason: "userunknown" }] });
});

test("a malformed or binary file is a result, not a crash; missing codes print as empty strings", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-cli-"));
  const junk = join(dir, "junk.eml");
  writeFileSync(junk, Buffer.from([0, 255, 1, 2, 3, 0x0a, 0x2d, 0x2d]));
  const pasted = join(dir, "codeless.eml");
  writeFileSync(
    pasted,
    "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host example.org.\n\n<x@example.net>: mailbox unavailable\n",
  );
  const r = runCli(["--json", junk, pasted]);
  expect(r.code).toBe(0);
  const parsed = JSON.parse(r.stdout) as JsonResult[];
  expect(parsed[0]).toMatchObject({ bounce: false, recipients: [] });
  expect(parsed[1].recipients[0]).toMatchObject({ address: "x@example.net", status: "", reply: "" });
});

test("without --json prints a readable summary", () => {
  const r = runCli([join(FIX, "exo-new-5.4.1-dbeb-recipient-rejected.eml")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("bounce (exo-new layout)");
  expect(r.stdout).toContain("megan.bowen@northwind.com  550 5.4.1  userunknown");
});

test("no files is a usage error", () => {
  const r = runCli([]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/usage/);
});
