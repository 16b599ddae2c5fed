/**
 * Hostile input through the real bin: files that are not files, huge files, names and message
 * fields built to attack a terminal, domains built to become options, and a classifier that runs
 * out of memory, spins or crashes (through the documented test-only NDR_ASSISTANT_TEST_FAULT).
 * Every run has a generous spawn timeout only as a guard: a hang fails the test instead of
 * stalling the suite. The only time limit any assertion depends on is the watchdog's own.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Summary } from "../../src/cli/summary/report";
import { parseCsv } from "./csvParse";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ndr-assistant.cjs");
const FIX = join(ROOT, "test", "fixtures");
const HOSTILE = join(FIX, "hostile");
const BOUNCE = join(FIX, "dsn-only-5.1.1.eml");
const RELAY = join(FIX, "exo-new-5.4.1-relay-access-denied.eml");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120000, env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  file: string;
  bounce: boolean;
  error?: string;
  recipients: Array<{ address: string; diagnostic: string; remoteMta: string }>;
  warnings: string[];
}

// Anything a terminal would act on: C0 (but the newline that ends lines), DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex -- looking for control characters is the test
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

jest.setTimeout(120000);

const scratch = (): string => mkdtempSync(join(tmpdir(), "ndr-hostile-"));

describe("a classifier that dies or overruns is replaced; its file is reported and the batch goes on", () => {
  let dir: string;
  let files: string[];
  beforeAll(() => {
    dir = scratch();
    files = [join(dir, "first.eml"), join(dir, "poison.eml"), join(dir, "last.eml")];
    copyFileSync(BOUNCE, files[0]);
    copyFileSync(BOUNCE, files[1]);
    copyFileSync(RELAY, files[2]);
  });

  test.each([
    ["oom", ["--memory-limit", "64"], "ran out of memory, over the 64 MB limit"],
    // 2 s, not less: on a loaded machine the first file of a fresh process (cold code) must not meet it.
    ["spin", ["--time-limit", "2"], "took longer than 2 s"],
    ["crash", [], "the classifier crashed: Error: test fault: crash"],
    ["exit", [], "the classifier process stopped with exit code 70"],
  ])("%s: reported with the reason, the files around it are classified, in order", (kind, options, reason) => {
    const r = runCli(["--json", ...options, ...files], { NDR_ASSISTANT_TEST_FAULT: `${kind}:poison` });
    expect(r.code).toBe(2);
    const parsed = JSON.parse(r.stdout) as JsonResult[];
    expect(parsed.map((p) => p.file)).toEqual(files);
    expect(parsed[1]).toMatchObject({ file: files[1], error: reason, bounce: false, recipients: [] });
    expect(parsed[0]).toMatchObject({ bounce: true, recipients: [{ address: "nobody@example.net" }] });
    expect(parsed[2]).toMatchObject({ bounce: true });
    expect(r.stderr).toBe(`ndr-assistant: cannot read ${files[1]}: ${reason}\n`);
  });

  test("without the test switch a file named poison is an ordinary file", () => {
    const r = runCli(["--json", files[1]]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonResult[])[0]).toMatchObject({ bounce: true });
  });

  test("--summary over many files with two processes: each poison file is listed, the rest grouped as without them", () => {
    const batch = join(dir, "batch");
    mkdirSync(batch);
    const sources = ["mailbox-full-5.2.2.eml", "postfix-5.1.1-user-unknown.eml", "relay-5.4.1-fabrikam-1.eml", "dbeb-5.4.1-northwind-1.eml"];
    for (let i = 0; i < 40; i++) copyFileSync(join(FIX, "batch", sources[i % sources.length]), join(batch, `m${String(i).padStart(2, "0")}.eml`));
    const clean = JSON.parse(runCli(["--summary", "--json", batch]).stdout) as Summary;
    const poison = [3, 17, 30].map((k) => join(batch, `m${String(k).padStart(2, "0")}-poison.eml`));
    poison.forEach((file, k) => copyFileSync(join(FIX, "batch", sources[k]), file));
    const r = runCli(["--summary", "--json", "--jobs", "2", "--memory-limit", "64", batch], { NDR_ASSISTANT_TEST_FAULT: "oom:poison" });
    expect(r.code).toBe(2);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s.unreadable).toEqual(poison.map((file) => ({ file, error: "ran out of memory, over the 64 MB limit" })));
    expect(s.groups).toEqual(clean.groups);
    expect(s.totals).toEqual({ ...clean.totals, files: 43, unreadable: 3 });
  });
});

describe("bounded reading: only regular files are read, and at most 32 MB of each", () => {
  test("a FIFO named *.eml and /dev/zero are refused at once, in file mode as in --summary", () => {
    const dir = scratch();
    const fifo = join(dir, "pipe.eml");
    execFileSync("mkfifo", [fifo]);
    const r = runCli(["--json", fifo, "/dev/zero", BOUNCE]);
    expect(r.code).toBe(2);
    const parsed = JSON.parse(r.stdout) as JsonResult[];
    expect(parsed.map((p) => p.error)).toEqual(["not a regular file", "not a regular file", undefined]);
    expect(parsed[2].bounce).toBe(true);
    const s = runCli(["--summary", "--json", fifo, "/dev/zero", BOUNCE]);
    expect((JSON.parse(s.stdout) as Summary).unreadable).toEqual([
      { file: fifo, error: "not a regular file" },
      { file: "/dev/zero", error: "not a regular file" },
    ]);
  });

  test("a 1.9 GB (sparse) file is classified on its first 32 MB, and that is said", () => {
    const dir = scratch();
    const big = join(dir, "huge.eml");
    writeFileSync(big, readFileSync(BOUNCE));
    truncateSync(big, 1900 * 1024 * 1024);
    const note = "only the first 32 MB of 1,900 MB were read; the rest was not classified";
    const r = runCli(["--json", big]);
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    expect(result).toMatchObject({ bounce: true, recipients: [{ address: "nobody@example.net" }] });
    expect(result.warnings).toContain(note);
    expect(r.stderr).toBe(`ndr-assistant: ${big}: ${note}\n`);
    const s = runCli(["--summary", "--json", dir]);
    expect(s.code).toBe(0);
    expect((JSON.parse(s.stdout) as Summary).partlyRead).toEqual([{ file: big, size: 1900 * 1024 * 1024, readBytes: 32 * 1024 * 1024 }]);
    expect(runCli(["--summary", dir]).stdout).toMatch(/Read in part \(1\): [^\n]*\n {2}\S*huge\.eml/);
  });
});

describe("clean output: names and message fields cannot drive the terminal", () => {
  let dir: string;
  const nl = "two\nlines.eml";
  const esc = "clear\u001b[2J\u001b]0;pwned\u0007.eml";
  beforeAll(() => {
    dir = scratch();
    copyFileSync(BOUNCE, join(dir, nl));
    copyFileSync(RELAY, join(dir, esc));
    copyFileSync(join(HOSTILE, "cli-control-chars-in-fields.eml"), join(dir, "fields.eml"));
  });

  test("text mode: a name with a newline is one line, escapes are shown, never sent", () => {
    const r = runCli([join(dir, nl), join(dir, esc), join(dir, "fields.eml"), join(dir, "absent\u001b[31m.eml")]);
    expect(r.code).toBe(2);
    expect(TERMINAL_CONTROL.test(r.stdout) || TERMINAL_CONTROL.test(r.stderr)).toBe(false);
    expect(r.stdout).toContain(`${dir}/two\\nlines.eml: bounce (rfc3464 layout)\n`);
    expect(r.stdout).toContain(`${dir}/clear\\x1b[2J\\x1b]0;pwned\\x07.eml: bounce`);
    expect(r.stdout).toContain("jo@example\\x1b[2J.net");
    expect(r.stdout).toContain("refused by: mx\\u202e.example.net");
    expect(r.stdout).toContain("original subject: Quarterly \\x1b[5mreport");
    expect(r.stderr).toBe(`ndr-assistant: cannot read ${dir}/absent\\x1b[31m.eml: ENOENT\n`);
  });

  test("--json keeps the real values; the raw text has no terminal controls", () => {
    const r = runCli(["--json", join(dir, esc), join(dir, "fields.eml")]);
    expect(TERMINAL_CONTROL.test(r.stdout)).toBe(false);
    const parsed = JSON.parse(r.stdout) as JsonResult[];
    expect(parsed[0].file).toBe(join(dir, esc));
    expect(parsed[1].recipients[0].remoteMta).toBe("mx\u202e.example.net");
  });

  test("--summary table and CSV: one file per name, escapes for controls, in every cell", () => {
    const table = runCli(["--summary", dir]);
    expect(table.code).toBe(0);
    expect(TERMINAL_CONTROL.test(table.stdout)).toBe(false);
    expect(table.stdout).toContain("two\\nlines.eml");
    expect(table.stdout).toContain("example\\x1b[2j.net");
    const csv = runCli(["--summary", "--csv", dir]);
    expect(TERMINAL_CONTROL.test(csv.stdout.replace(/\r\n/g, "").replace(/\n/g, ""))).toBe(false);
    const rows = parseCsv(csv.stdout).slice(1);
    const files = rows.flatMap((row) => row[9].split("\n"));
    expect(files).toHaveLength(3);
    expect(files).toContain(`${dir}/two\\nlines.eml`);
    expect(rows.map((row) => row[3])).toContain("example\\x1b[2j.net");
  });

  test("a name that is not UTF-8 is read by its bytes and shown escaped, in a folder and on the command line", () => {
    const base = scratch();
    const latin1 = Buffer.concat([Buffer.from(base + "/caf"), Buffer.from([0xe9]), Buffer.from(".eml")]);
    writeFileSync(latin1, readFileSync(BOUNCE));
    const s = runCli(["--summary", "--json", base]);
    expect(s.code).toBe(0);
    expect((JSON.parse(s.stdout) as Summary).groups[0].files).toEqual([`${base}/caf\\xe9.eml`]);
    // Node cannot pass such an argument itself; the shell builds it from an octal escape.
    const r = spawnSync("sh", ["-c", 'exec "$0" "$1" --json "$(printf "%s/caf\\351.eml" "$2")"', process.execPath, BIN, base], {
      encoding: "utf8",
      timeout: 120000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ file: `${base}/caf\\xe9.eml`, bounce: true }]);
  });
});

describe("commands in the summary never take an option from a message", () => {
  test("a recipient at -f.netrc keeps <domain>; a plain domain is filled in", () => {
    const r = runCli(["--summary", "--json", join(HOSTILE, "cli-relay-to-option-like-domain.eml"), join(HOSTILE, "cli-relay-to-plain-domain.eml")]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Summary;
    const byDomain = new Map(s.groups.map((g) => [g.domain, g.topFix]));
    const dash = byDomain.get("-f.netrc");
    expect(dash?.adminStep).toContain("<domain>.mail.protection.outlook.com");
    expect(dash?.command).toBe("Resolve-DnsName -Type MX <domain>");
    expect(JSON.stringify(dash)).not.toContain("-f.netrc");
    expect(byDomain.get("contoso.co.uk")).toMatchObject({ command: "Resolve-DnsName -Type MX contoso.co.uk" });
    expect(byDomain.get("contoso.co.uk")?.adminStep).toContain("contoso-co-uk.mail.protection.outlook.com");
  });
});

test("text mode says when it shortens a server reply", () => {
  const r = runCli([join(HOSTILE, "cli-long-diagnostic.eml")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/server said: 550 5\.7\.1 Message rejected by policy: clause-000 [^\n]*… \(617 more characters with --json\)\n/);
});
