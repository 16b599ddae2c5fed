/** The summary's parts on their own: CSV cells, progress timing, bounded reads, the walk, the tally. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnosis, GuidanceEntry, RecipientDiagnosis } from "../../src/classifier/types";
import { parseArgs } from "../../src/cli/args";
import { readBoundedSync } from "../../src/cli/files/readBounded";
import { DEFAULT_LIMITS } from "../../src/cli/pool/limits";
import { findInputs } from "../../src/cli/summary/findInputs";
import { serverLabel, recipientDomain } from "../../src/cli/summary/keys";
import { Progress } from "../../src/cli/summary/progress";
import { csvCell } from "../../src/cli/summary/renderCsv";
import { WIDTH, renderTable } from "../../src/cli/summary/renderTable";
import { Tally } from "../../src/cli/summary/tally";

function entry(id: string, adminStep: string): GuidanceEntry {
  return {
    id,
    codes: [],
    title: `title of ${id}`,
    headline: `headline of ${id}`,
    cause: "",
    whoMustAct: ["sender"],
    userSteps: [],
    adminSteps: adminStep ? [{ text: adminStep }] : [],
    reason: "userunknown",
  };
}

function recipient(address: string, status: string, guidance: GuidanceEntry, action: RecipientDiagnosis["action"] = "failed"): RecipientDiagnosis {
  return { address, action, status, reply: "550", diagnostic: "", reason: "userunknown", guidance, confidence: "high", evidence: [] };
}

function bounce(reportingMta: string, recipients: RecipientDiagnosis[]): Diagnosis {
  return { isBounce: true, kind: "bounce", layout: "rfc3464", recipients, reportingMta, evidence: [], warnings: [] };
}

describe("csvCell", () => {
  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    [" padded", '" padded"'],
  ])("%j → %s", (input, expected) => expect(csvCell(input)).toBe(expected));

  test("numbers are written as they are", () => expect(csvCell(-3)).toBe("-3"));
});

describe("Progress", () => {
  function harness(isTTY: boolean) {
    let t = 0;
    const writes: string[] = [];
    const p = new Progress({ isTTY, write: (s) => writes.push(s) }, () => t);
    p.setTotal(1000);
    return { p, writes, at: (ms: number) => (t = ms) };
  }

  test("says nothing for a run under one second, even at the end", () => {
    const h = harness(true);
    for (let i = 1; i <= 1000; i++) {
      h.at(i * 0.9);
      h.p.tick(i);
    }
    h.p.finish(1000);
    expect(h.writes).toEqual([]);
  });

  test("on a terminal rewrites one line with \\r and ends it with a newline", () => {
    const h = harness(true);
    h.at(1200);
    h.p.tick(400);
    h.at(1250); // too soon after the last update
    h.p.tick(410);
    h.at(1400);
    h.p.tick(500);
    h.at(2000);
    h.p.finish(1000);
    expect(h.writes).toHaveLength(4);
    expect(h.writes[0]).toBe("\rndr-assistant: 400 of 1,000 files (40%), 333 files/s");
    expect(h.writes[1]).toMatch(/^\rndr-assistant: 500 of 1,000 files \(50%\)/);
    expect(h.writes[2]).toBe("\rndr-assistant: 1,000 of 1,000 files (100%), 500 files/s, done in 2.0 s");
    expect(h.writes[3]).toBe("\n");
  });

  test("into a pipe or file writes whole lines, at most every two seconds", () => {
    const h = harness(false);
    for (let ms = 1000; ms <= 5000; ms += 100) {
      h.at(ms);
      h.p.tick(ms / 10);
    }
    expect(h.writes).toEqual([
      "ndr-assistant: 100 of 1,000 files (10%), 100 files/s\n",
      "ndr-assistant: 300 of 1,000 files (30%), 100 files/s\n",
      "ndr-assistant: 500 of 1,000 files (50%), 100 files/s\n",
    ]);
    expect(h.writes.join("")).not.toContain("\r");
  });
});

describe("reading", () => {
  const dir = mkdtempSync(join(tmpdir(), "ndr-parts-"));

  test("readBoundedSync reads at most maxBytes and says how big the file was", () => {
    const file = join(dir, "big.eml");
    writeFileSync(file, "x".repeat(5000));
    const r = readBoundedSync(file, 1024);
    expect(r.bytes?.length).toBe(1024);
    expect(r.truncatedFrom).toBe(5000);
    const whole = readBoundedSync(file, 10000);
    expect(whole.truncatedFrom).toBeUndefined();
    expect(whole.bytes?.length).toBe(5000);
    expect(readBoundedSync(join(dir, "missing.eml"))).toEqual({ error: "ENOENT" });
    expect(readBoundedSync(dir)).toEqual({ error: "EISDIR" });
  });

  test("findInputs never opens a FIFO (it would block forever) and walks a looped folder once", async () => {
    const root = join(dir, "walk");
    mkdirSync(join(root, "a"), { recursive: true });
    writeFileSync(join(root, "a", "one.EML"), "x");
    writeFileSync(join(root, "a", "two.msg"), "x");
    writeFileSync(join(root, "._one.eml"), "AppleDouble");
    execFileSync("mkfifo", [join(root, "pipe.eml")]);
    execFileSync("ln", ["-s", "..", join(root, "a", "up")]);
    const fromDir = await findInputs([root]);
    expect(fromDir.files).toEqual([join(root, "a", "one.EML"), join(root, "a", "two.msg")]);
    const named = await findInputs([join(root, "pipe.eml")]);
    expect(named).toEqual({ files: [], problems: [{ file: join(root, "pipe.eml"), error: "not a regular file" }] });
  });
});

describe("Tally", () => {
  test("counts recipients, lists each file once per group, and picks the most common fix", () => {
    const a = entry("entry-a", "step a");
    const b = entry("entry-b", "");
    const t = new Tally();
    t.add("1.eml", bounce("dns;EX1.contoso.com", [recipient("x@Fabrikam.COM", "5.1.1", b), recipient("y@fabrikam.com", "5.1.1", a)]));
    t.add("2.eml", bounce("ex1.contoso.com.", [recipient("z@fabrikam.com", "5.1.1", a), recipient("ok@fabrikam.com", "2.0.0", b, "delivered")]));
    t.add("3.eml", { isBounce: false, kind: "delay", layout: "rfc3464", recipients: [], evidence: [], warnings: [] });
    t.addUnreadable("4.eml", "EACCES");
    const s = t.finish();
    expect(s.groups).toEqual([
      {
        reason: "userunknown",
        code: "5.1.1",
        domain: "fabrikam.com",
        server: "ex1.contoso.com",
        count: 3,
        files: ["1.eml", "2.eml"],
        topFix: { id: "entry-a", title: "title of entry-a", adminStep: "step a" },
      },
    ]);
    expect(s.byServer).toEqual([{ key: "ex1.contoso.com", count: 3, fileCount: 2 }]);
    expect(s.notBounces).toEqual([{ file: "3.eml", kind: "delay" }]);
    expect(s.unreadable).toEqual([{ file: "4.eml", error: "EACCES" }]);
    expect(s.totals).toEqual({ files: 4, bounces: 2, recipients: 3, groups: 1, notBounces: 1, unreadable: 1 });
  });

  test("cloud machine names fold into their service; odd addresses have an (unknown) domain", () => {
    expect(serverLabel("AM0PR01MB6002.eurprd01.prod.exchangelabs.com")).toBe("Exchange Online");
    expect(serverLabel("dns; BN8NAM12FT045.mail.protection.outlook.com")).toBe("Exchange Online");
    expect(serverLabel("mx.google.com")).toBe("Google");
    expect(serverLabel("[192.0.2.1]")).toBe("192.0.2.1");
    expect(serverLabel(undefined)).toBe("(unknown)");
    expect(recipientDomain("no-at-sign")).toBe("(unknown)");
    expect(recipientDomain("a@b@Example.NET.")).toBe("example.net");
  });

  test("Microsoft's hosts are mail/microsoftHost's; the domain part is mail/address's", () => {
    // The CLI's own pattern missed DNSSEC tenants' MX hosts and Outlook.com's hotmail.com hosts.
    expect(serverLabel("dns; contoso-com.o-v1.mx.microsoft")).toBe("Exchange Online");
    expect(serverLabel("mx1.hotmail.com")).toBe("Exchange Online");
    expect(serverLabel("mx.notoutlook.com")).toBe("mx.notoutlook.com");
    expect(recipientDomain("jo@[192.0.2.1]")).toBe("192.0.2.1");
    // Longer than a DNS name: no group of its own (it was cut to 253 characters).
    expect(recipientDomain(`jo@${"x".repeat(300)}.example`)).toBe("(unknown)");
  });
});

test("the table shows control characters from messages as escapes and keeps every line within 100 columns", () => {
  const t = new Tally();
  const long = "x".repeat(150);
  t.add(`dir/${long}/evil\u001b[31m.eml`, bounce(`mx.${long}.example`, [recipient(`u@${long}\u202e.example`, "5.1.1", entry("e", `step ${long} ${long}`))]));
  t.addUnreadable(`dir/${long}/poison.msg`, "ran out of memory, over the 512 MB limit");
  const out = renderTable(t.finish());
  expect(out.includes("\u001b") || out.includes("\u202e")).toBe(false);
  // The reason is shown whole; the long name gives way.
  expect(out).toMatch(/\n {2}ran out of memory, over the 512 MB limit {2}…x+\/poison\.msg/);
  expect(out).toContain("evil\\x1b[31m.eml");
  for (const line of out.split("\n")) expect(line.length).toBeLessThanOrEqual(WIDTH);
});

test("parseArgs keeps the single-file mode and '--' ends the options", () => {
  expect(parseArgs(["--json", "a.eml"])).toEqual({ kind: "files", json: true, files: ["a.eml"], limits: DEFAULT_LIMITS });
  expect(parseArgs(["--summary", "--", "--csv"])).toEqual({ kind: "summary", format: "text", paths: ["--csv"], limits: DEFAULT_LIMITS });
  expect(parseArgs(["-x", "a.eml"])).toEqual({ kind: "usage-error", message: "unknown option -x" });
});

test("the bin gives the same summary through its esbuild cache and through tsx", () => {
  const root = join(__dirname, "..", "..");
  const args = [join(root, "bin", "ndr-assistant.cjs"), "--summary", "--json", "test/fixtures/batch"];
  const cached = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", timeout: 60000 });
  const direct = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", timeout: 60000, env: { ...process.env, NDR_ASSISTANT_NO_BUNDLE: "1" } });
  expect(cached.status).toBe(0);
  expect(direct.status).toBe(0);
  expect(direct.stdout).toBe(cached.stdout);
});
