/** The pieces behind clean output and safe commands, on their own: escapes, byte names, argv bytes, fills. */
import { parseArgs } from "../../src/cli/args";
import { argvWithBytes, fileLabel, joinPath } from "../../src/cli/files/filePath";
import { jsonElement, toText } from "../../src/cli/format";
import { DEFAULT_LIMITS, FILES_PER_PROCESS, chooseJobs } from "../../src/cli/pool/limits";
import { parseFault } from "../../src/cli/pool/protocol";
import { commandSafeDomain, fixForDomain } from "../../src/cli/summary/fillDomain";
import { fmt } from "../../src/cli/summary/textLayout";
import { bytesAsText, jsonVisible, visible } from "../../src/cli/text/visible";

describe("visible", () => {
  test.each([
    ["plain ascii", "plain ascii"],
    ["naïve café 日本 😀", "naïve café 日本 😀"],
    ["a\nb.eml", "a\\nb.eml"],
    ["tab\there\r", "tab\\there\\r"],
    ["\u001b[2J\u001b]0;title\u0007", "\\x1b[2J\\x1b]0;title\\x07"],
    ["del\u007f", "del\\x7f"],
    ["c1 \u009b2J \u0085", "c1 \\u009b2J \\u0085"],
    ["jo\u202e@moc.example", "jo\\u202e@moc.example"],
    ["iso\u2066late\u2069 \u200f\u061c", "iso\\u2066late\\u2069 \\u200f\\u061c"],
    ["zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"],
    ["line\u2028sep", "line\\u2028sep"],
    ["lone \ud800 surrogate", "lone \\ud800 surrogate"],
  ])("%j → %j", (input, shown) => expect(visible(input)).toBe(shown));

  test("the result never holds a character a terminal acts on", () => {
    let all = "";
    for (let c = 0; c < 0x3000; c++) all += String.fromCharCode(c);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(visible(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/);
  });
});

describe("names that are not UTF-8", () => {
  test("bytesAsText decodes UTF-8 runs and writes every other byte as \\xHH", () => {
    expect(bytesAsText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x65, 0x6d, 0x6c]))).toBe("caf\\xe9.eml");
    expect(bytesAsText(Buffer.from("café.eml"))).toBe("café.eml");
    // A truncated sequence, an overlong "/" and an encoded surrogate are not UTF-8 either.
    expect(bytesAsText(Buffer.from([0xe6, 0x97, 0x41]))).toBe("\\xe6\\x97A");
    expect(bytesAsText(Buffer.from([0xc0, 0xaf]))).toBe("\\xc0\\xaf");
    expect(bytesAsText(Buffer.from([0xed, 0xa0, 0x80]))).toBe("\\xed\\xa0\\x80");
  });

  test("a byte path stays bytes when joined, and is labelled by its bytes", () => {
    const dir = Buffer.from([0x2f, 0x74, 0xff]);
    const joined = joinPath(dir, "x.eml");
    expect(Buffer.isBuffer(joined)).toBe(true);
    expect(fileLabel(joined)).toBe("/t\\xff/x.eml");
    expect(joinPath("a", "b.eml")).toBe("a/b.eml");
  });

  test("argvWithBytes takes an argument Node decoded with U+FFFD from the kernel's bytes", () => {
    const raw = Buffer.concat([
      Buffer.from("node\0/x/bin/ndr-assistant.cjs\0--json\0"),
      Buffer.from([0x63, 0xe9, 0x2e, 0x65, 0x6d, 0x6c]),
      Buffer.from("\0ok.eml\0"),
    ]);
    const args = argvWithBytes(["--json", "c\ufffd.eml", "ok.eml"], () => raw);
    expect(args[0]).toBe("--json");
    expect(Buffer.isBuffer(args[1]) && [...(args[1] as Buffer)]).toEqual([0x63, 0xe9, 0x2e, 0x65, 0x6d, 0x6c]);
    expect(args[2]).toBe("ok.eml");
    // When the kernel's list does not line up with Node's, the strings are kept as they were.
    expect(argvWithBytes(["--json", "c\ufffd.eml", "other.eml"], () => raw)).toEqual(["--json", "c\ufffd.eml", "other.eml"]);
    expect(
      argvWithBytes(["plain.eml"], () => {
        throw new Error("not read when nothing needs it");
      }),
    ).toEqual(["plain.eml"]);
  });
});

describe("JSON output", () => {
  test("C1, bidi and invisible characters are \\u escapes in the text, unchanged once parsed", () => {
    const file = "evil\u202e\u0085.eml\u001b";
    const text = jsonElement({ file, error: "ENOENT" });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(text).not.toMatch(/[\u001b\u0085\u202e]/);
    expect(text).toContain("\\u202e");
    expect((JSON.parse(text) as { file: string }).file).toBe(file);
    expect(jsonVisible('"\u2028"')).toBe('"\\u2028"');
  });
});

describe("truncations are said", () => {
  test("text mode cuts a long server reply at 300 characters and says how much more --json has", () => {
    const diagnostic = "550 " + "x".repeat(1000);
    const text = toText({
      file: "a.eml",
      diagnosis: {
        isBounce: true,
        kind: "bounce",
        layout: "rfc3464",
        evidence: [],
        warnings: [],
        recipients: [
          {
            address: "a@b.example",
            action: "failed",
            status: "5.1.1",
            reply: "550",
            diagnostic,
            reason: "userunknown",
            confidence: "high",
            evidence: [],
            guidance: {
              id: "g",
              codes: [],
              title: "t",
              headline: "t",
              cause: "",
              whoMustAct: ["sender"],
              userSteps: [],
              adminSteps: [],
              reason: "userunknown",
            },
          },
        ],
      },
    });
    expect(text).toContain(`server said: 550 ${"x".repeat(296)}… (704 more characters with --json)`);
  });
});

describe("commands built from message data", () => {
  const fix = {
    id: "x",
    title: "t",
    adminStep: "Point <domain>'s MX to <domain>.mail.protection.outlook.com.",
    command: "Resolve-DnsName -Type MX <domain>; dig MX <domain>",
  };

  test("a plain host name is filled in (Exchange Online's MX host with hyphens)", () => {
    expect(fixForDomain(fix, "contoso.co.uk")).toEqual({
      ...fix,
      adminStep: "Point contoso.co.uk's MX to contoso-co-uk.mail.protection.outlook.com.",
      command: "Resolve-DnsName -Type MX contoso.co.uk; dig MX contoso.co.uk",
    });
  });

  test.each([
    "-f.netrc",
    "--output=x.example",
    "a.-b.example",
    "x.example;rm -rf ~",
    "$(id).example",
    "`id`.example",
    "a b.example",
    "(unknown)",
    "example\u001b[2j.net",
    "localhost",
    "1.2.3.4",
    "a..example",
    "x\n.example",
  ])("%j stays a placeholder: it would not be a host name in a command", (domain) => {
    expect(commandSafeDomain(domain)).toBeUndefined();
    expect(fixForDomain(fix, domain)).toBe(fix);
  });

  test("no argument a filled command carries starts with '-'", () => {
    for (const domain of ["-f.netrc", "x.-y.example", "contoso.com", "xn--bcher-kva.example"]) {
      const filled = fixForDomain(fix, domain).command ?? "";
      expect(filled.split(/[\s;]+/).filter((arg) => arg.startsWith("-") && !/^-(?:Type)$/.test(arg))).toEqual([]);
    }
  });
});

describe("options", () => {
  test("--jobs, --time-limit and --memory-limit take a value in range, either way it is written", () => {
    expect(parseArgs(["--jobs", "3", "--time-limit=0.5", "--memory-limit", "64", "a.eml"])).toEqual({
      kind: "files",
      json: false,
      files: ["a.eml"],
      limits: { jobs: 3, timeLimitMs: 500, heapMb: 64 },
    });
    expect(parseArgs(["--summary", "dir"])).toMatchObject({ limits: DEFAULT_LIMITS });
    for (const bad of [["--jobs", "0"], ["--jobs", "1.5"], ["--jobs"], ["--time-limit", "soon"], ["--memory-limit=8"], ["--time-limit="]]) {
      expect(parseArgs([...bad, "a.eml"])).toMatchObject({ kind: "usage-error" });
    }
  });

  test("a name given as bytes is a file, never an option", () => {
    const name = Buffer.from([0x2d, 0x2d, 0xff]);
    expect(parseArgs([name])).toMatchObject({ kind: "files", files: [name] });
  });

  test("one classifier process for small runs, one more per 250 files up to the cores", () => {
    expect(chooseJobs(0, 1, 8)).toBe(1);
    expect(chooseJobs(0, FILES_PER_PROCESS * 2 - 1, 8)).toBe(1);
    expect(chooseJobs(0, FILES_PER_PROCESS * 2, 8)).toBe(2);
    expect(chooseJobs(0, 100_000, 4)).toBe(4);
    expect(chooseJobs(0, 100_000, 1)).toBe(1);
    expect(chooseJobs(6, 3, 8)).toBe(3);
  });

  test("the test-only fault switch reads kind:name and nothing else", () => {
    expect(parseFault("oom:poison")).toEqual({ kind: "oom", match: "poison" });
    expect(parseFault(undefined)).toBeUndefined();
    expect(parseFault("rm:x")).toBeUndefined();
    expect(parseFault("spin:")).toBeUndefined();
  });
});

test("fmt groups thousands exactly as toLocaleString('en-US') does", () => {
  for (const n of [0, 7, 999, 1000, 12345, 1234567, -4321, 100000, 987654321]) expect(fmt(n)).toBe(n.toLocaleString("en-US"));
});
