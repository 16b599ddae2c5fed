/** `--summary` end to end: spawns the real bin on test/fixtures/batch and on throwaway folders. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import type { Summary } from "../../src/cli/summary/report";
import { parseCsv } from "./csvParse";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ndr-assistant.cjs");
const BATCH = "test/fixtures/batch";

function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function group(s: Summary, reason: string, code: string, domain: string) {
  const g = s.groups.find((x) => x.reason === reason && x.code === code && x.domain === domain);
  if (!g) throw new Error(`no group ${reason} ${code} ${domain} in ${JSON.stringify(s.groups.map((x) => [x.reason, x.code, x.domain]))}`);
  return g;
}

jest.setTimeout(60000);

describe("--summary --json on the batch fixtures", () => {
  let r: ReturnType<typeof runCli>;
  let s: Summary;
  beforeAll(() => {
    r = runCli(["--summary", "--json", BATCH]);
    s = JSON.parse(r.stdout) as Summary;
  });

  test("exits 0, prints nothing on stderr (no progress line for a quick run)", () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  test("walks nested folders, skips hidden folders and other extensions", () => {
    const all = [...s.groups.flatMap((g) => g.files), ...s.notBounces.map((n) => n.file)];
    expect(all).toContain(`${BATCH}/nested/deeper/relay-5.4.1-fabrikam-4.eml`);
    expect(all.some((f) => f.includes(".hidden"))).toBe(false);
    expect(all.some((f) => f.endsWith("notes.txt"))).toBe(false);
    expect(s.totals).toEqual({ files: 13, bounces: 10, recipients: 11, groups: 5, notBounces: 3, unreadable: 0 });
  });

  test("groups the four relay bounces from different Exchange Online hosts into one, largest first", () => {
    const g = s.groups[0];
    expect(g).toMatchObject({ reason: "norelaying", code: "5.4.1", domain: "fabrikam.com", server: "Exchange Online", count: 4 });
    expect(g.files).toEqual([
      `${BATCH}/nested/deeper/relay-5.4.1-fabrikam-4.eml`,
      `${BATCH}/nested/relay-5.4.1-fabrikam-3.eml`,
      `${BATCH}/relay-5.4.1-fabrikam-1.eml`,
      `${BATCH}/relay-5.4.1-fabrikam-2.eml`,
    ]);
  });

  test("the top fix is the matched guidance entry's title and first admin step", async () => {
    for (const g of s.groups) {
      const d = await classify(new Uint8Array(readFileSync(join(ROOT, g.files[0]))));
      const r0 = d.recipients.find((x) => x.address.toLowerCase().endsWith("@" + g.domain));
      expect(r0).toBeDefined();
      // The group's domain stands in for "<domain>" (Exchange Online's MX host has hyphens for dots).
      const step = (r0?.guidance.adminSteps[0]?.text ?? "")
        .split("<domain>.mail.protection.outlook.com")
        .join(`${g.domain.split(".").join("-")}.mail.protection.outlook.com`)
        .split("<domain>")
        .join(g.domain);
      expect(g.topFix).toMatchObject({ id: r0?.guidance.id, title: r0?.guidance.title, adminStep: step });
      expect(g.topFix.title).not.toBe("");
    }
  });

  test("a report with two recipients counts in two groups; DBEB and mailbox-full have their own", () => {
    const two = `${BATCH}/two-recipients-5.1.1-and-5.2.2.eml`;
    expect(group(s, "userunknown", "5.1.1", "example.net")).toMatchObject({ count: 2, server: "mx.example.org" });
    expect(group(s, "userunknown", "5.1.1", "example.net").files).toContain(two);
    expect(group(s, "mailboxfull", "5.2.2", "example.org")).toMatchObject({ count: 2, files: [`${BATCH}/mailbox-full-5.2.2.eml`, two] });
    expect(group(s, "userunknown", "5.4.1", "northwind.com")).toMatchObject({ count: 2, server: "mail.example.net" });
  });

  test("sub-totals add up to the failed recipients, and count files once", () => {
    for (const dim of [s.byReason, s.byCode, s.byDomain, s.byServer]) expect(dim.reduce((n, x) => n + x.count, 0)).toBe(11);
    expect(s.byReason[0]).toEqual({ key: "userunknown", count: 5, fileCount: 5 });
    // mx.example.org reported three files, one of them with two recipients.
    expect(s.byServer.find((x) => x.key === "mx.example.org")).toEqual({ key: "mx.example.org", count: 4, fileCount: 3 });
  });

  test("non-bounces (garbage, a broken .msg, an ordinary mail) are listed with their kind", () => {
    expect(s.notBounces).toEqual([
      { file: `${BATCH}/broken-outlook.msg`, kind: "not-bounce" },
      { file: `${BATCH}/garbage-binary.eml`, kind: "not-bounce" },
      { file: `${BATCH}/not-bounce-ordinary.eml`, kind: "not-bounce" },
    ]);
  });
});

test("unreadable files, dangling links and missing paths are listed, never fatal; exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-summary-"));
  copyFileSync(join(ROOT, BATCH, "mailbox-full-5.2.2.eml"), join(dir, "full.eml"));
  symlinkSync(join(dir, "no-such-target.eml"), join(dir, "dangling.eml"));
  symlinkSync(dir, join(dir, "loop")); // a folder that contains itself
  mkdirSync(join(dir, "node_modules"));
  copyFileSync(join(ROOT, BATCH, "mailbox-full-5.2.2.eml"), join(dir, "node_modules", "skipped.eml"));
  const missing = join(dir, "missing-folder");
  const r = runCli(["--summary", "--json", dir, missing]);
  expect(r.code).toBe(2);
  const s = JSON.parse(r.stdout) as Summary;
  expect(s.unreadable).toEqual([
    { file: join(dir, "dangling.eml"), error: "ENOENT" },
    { file: missing, error: "ENOENT" },
  ]);
  expect(r.stderr).toContain(`cannot read ${missing}: ENOENT`);
  expect(s.groups).toHaveLength(1);
  expect(s.groups[0]).toMatchObject({ reason: "mailboxfull", count: 1, files: [join(dir, "full.eml")] });
  expect(s.totals).toMatchObject({ files: 3, bounces: 1, unreadable: 2 });
});

test("a file named on the command line is read whatever its extension, and only once", () => {
  const file = join(BATCH, "relay-5.4.1-fabrikam-1.eml");
  const r = runCli(["--summary", "--json", `${BATCH}/notes.txt`, file, BATCH]);
  expect(r.code).toBe(0);
  const s = JSON.parse(r.stdout) as Summary;
  expect(s.notBounces[0]).toEqual({ file: `${BATCH}/notes.txt`, kind: "not-bounce" });
  expect(s.groups[0].count).toBe(4);
  expect(s.groups[0].files[0]).toBe(file);
});

test("--csv: one row per group, RFC 4180 quoting, formula cells defused", () => {
  const r = runCli(["--summary", "--csv", BATCH]);
  expect(r.code).toBe(0);
  expect(r.stdout.endsWith("\r\n")).toBe(true);
  const rows = parseCsv(r.stdout);
  expect(rows[0]).toEqual(["count", "reason", "code", "recipient_domain", "reporting_server", "fix_id", "fix_title", "admin_step", "file_count", "files"]);
  expect(rows).toHaveLength(1 + 5);
  expect(rows.slice(1).every((row) => row.length === 10)).toBe(true);
  expect(rows[1].slice(0, 5)).toEqual(["4", "norelaying", "5.4.1", "fabrikam.com", "Exchange Online"]);
  expect(rows[1][9].split("\n")).toHaveLength(4);
  const formula = rows.find((row) => row[9].endsWith("formula-reporting-mta.eml"));
  expect(formula?.[4]).toBe(`'=hyperlink("http://evil.example/x","ok")`);
  // The raw text has the quotes doubled inside one quoted field.
  expect(r.stdout).toContain(`"'=hyperlink(""http://evil.example/x"",""ok"")"`);
  expect(rows.slice(1).every((row) => !/^[=+\-@]/.test(row.join("")))).toBe(true);
});

test("the table fits 100 columns and shows counts, fixes, the first files and the other sections", () => {
  const r = runCli(["--summary", BATCH, join(BATCH, "absent.eml")]);
  expect(r.code).toBe(2);
  const lines = r.stdout.split("\n");
  expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  expect(r.stdout).toMatch(/^NDR summary: 14 files; 10 bounces \(11 failed recipients\) in 5 groups; 3 files not a bounce;\s+1\s+unreadable\n/);
  expect(r.stdout).toMatch(/\n\s+1\s+4\s+norelaying\s+5\.4\.1\s+fabrikam\.com\s+Exchange Online\n/);
  expect(r.stdout).toContain("Group 1: 4 × norelaying 5.4.1, to fabrikam.com, reported by Exchange Online");
  expect(r.stdout).toContain(`  Files: ${BATCH}/nested/deeper/relay-5.4.1-fabrikam-4.eml`);
  expect(r.stdout).toContain("         … and 1 more");
  expect(r.stdout).toMatch(/ {2}Fix: {3}\S/);
  expect(r.stdout).toMatch(/ {2}Admin: \S/);
  expect(r.stdout).toContain("Not bounces (3):");
  expect(r.stdout).toMatch(/Unreadable \(1\):\n {2}ENOENT\s+test\/fixtures\/batch\/absent\.eml/);
});

describe("usage", () => {
  test("--help documents --summary and the exit codes", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--summary PATH...");
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*2 {2}at least one file could not be read/);
  });

  test.each([[["--summary", "--bogus", BATCH]], [["--csv", BATCH]], [["--summary", "--json", "--csv", BATCH]], [["--summary"]]])(
    "%j is a usage error (exit 1)",
    (args) => {
      const r = runCli(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/usage: ndr-assistant/);
    },
  );
});
