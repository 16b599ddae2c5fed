/**
 * The pane's clean-ups of message text on long hostile input: each gives the right RESULT here
 * (time is measured once, in textScanLinear.test.ts). Before the index scans, the reviewer's
 * inputs took 22.8 s (200k-char diagnostic), 9.8 s (100k Remote-MTA) and 2.6 s (60k address).
 */
import fc from "fast-check";
import { domainOfAddress } from "../../src/classifier/mail/address";
import { MAX_REPLY_SCAN, replyPhrase } from "../../src/taskpane/common/replyPhrase";
import { replaceBracketed, trimEndChars } from "../../src/taskpane/common/textScan";
import { involvesMicrosoft } from "../../src/taskpane/diagnosis/microsoftServer";
import { recipient } from "./diagnosisBuilder";

/** Strings built from the characters the old patterns stumbled on, so runs and nesting are common. */
const tricky = fc.string({ unit: fc.constantFrom("[", "]", ".", ";", ":", ",", " ", "\t", "a", "-", "Z", "9", ">", "@", "#", "_"), maxLength: 60 });

describe("index scans agree with the regexes they replace (short inputs)", () => {
  it("trimEndChars = replace(/[.;:,\\s]+$/) and replace(/[>\\].]+$/)", () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(trimEndChars(s, ".;:,", true)).toBe(s.replace(/[.;:,\s]+$/, ""));
        expect(trimEndChars(s, ">].")).toBe(s.replace(/[>\].]+$/, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("replaceBracketed = replace(/\\[[^\\]]*\\]/g)", () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(replaceBracketed(s, " ")).toBe(s.replace(/\[[^\]]*\]/g, " "));
      }),
      { numRuns: 500 },
    );
  });
});

describe("replyPhrase on hostile diagnostics", () => {
  it("a 200,000-character run of '[' (never closed) gives no phrase, so the subject falls back to the title", () => {
    expect(replyPhrase("[".repeat(200000))).toBe("");
    expect(replyPhrase(`550 5.7.1 ${"[".repeat(200000)}`)).toBe("");
  });

  it("keeps the words before a server name cut open by the scan limit", () => {
    expect(replyPhrase(`550 5.7.1 Message blocked [${"a.".repeat(100000)}] by policy`)).toBe("Message blocked");
  });

  it("strips a 200,000-character tail of punctuation and spaces", () => {
    expect(replyPhrase(`550 5.1.1 User unknown${" .;".repeat(70000)}`)).toBe("User unknown");
  });

  it("a 100,000-pair run of '.;' with a letter past the scan limit is all punctuation: no phrase", () => {
    expect(replyPhrase(`${".;".repeat(50000)}x`)).toBe("");
    // Within the limit, the letter keeps the run, cut to the subject's 80 characters.
    expect(replyPhrase(`${".;".repeat(500)}x`)).toBe(`${".;".repeat(40)}…`);
  });

  it("removes every closed bracket in a long reply and keeps the words between them", () => {
    const reply = `550 5.4.1 Relay Access Denied${" [DB8.prod.outlook.com]".repeat(20000)}`;
    expect(reply.length).toBeGreaterThan(MAX_REPLY_SCAN * 100);
    expect(replyPhrase(reply)).toBe("Relay Access Denied");
  });

  it("control characters and CR/LF in a long reply stay out of the phrase", () => {
    const phrase = replyPhrase(`smtp; 550 5.1.1 <jo@fabrikam.com>: Recipient\r\naddress\u0000rejected${"\r\n".repeat(100000)}`);
    expect(phrase).toBe("Recipient address rejected");
  });
});

describe("involvesMicrosoft on hostile server fields", () => {
  const postfix = (reportingMta: string, remoteMta?: string) => ({ layout: "postfix" as const, reportingMta, recipients: [recipient({ remoteMta })] });

  it("a 100,000-letter Remote-MTA with no dot is no host", () => {
    expect(involvesMicrosoft(postfix("mx.example.net", "b".repeat(100000)))).toBe(false);
  });

  it("a 100,000-character run of labels without a Microsoft suffix is not Microsoft", () => {
    expect(involvesMicrosoft(postfix(`${"a-".repeat(50000)}`, `${"x.".repeat(50000)}`))).toBe(false);
  });

  it("finds Microsoft's host at the front of a server field with a huge tail", () => {
    expect(involvesMicrosoft(postfix("mx.example.net", `dns; AM4PEPF0001.eurprd04.prod.outlook.com (10.0.0.1) ${"z".repeat(100000)}`))).toBe(true);
    expect(involvesMicrosoft(postfix("[mail.protection.outlook.com.]", undefined))).toBe(true);
  });

  it("answers as the classifier's host list does (mail/microsoftHost)", () => {
    // The pane once had its own list: it missed DNSSEC (mx.microsoft) and GCC High (office365.us)
    // hosts and took any host under microsoft.com, whose mail runs through Exchange Online's hosts.
    expect(involvesMicrosoft(postfix("mx.example.net", "dns; contoso-com.o-v1.mx.microsoft"))).toBe(true);
    expect(involvesMicrosoft(postfix("BN8P110MB1234.namprd110.prod.outlook.office365.us"))).toBe(true);
    expect(involvesMicrosoft(postfix("smtp.microsoft.com", "mx.example.net"))).toBe(false);
  });

  it("a look-alike domain is not Microsoft", () => {
    expect(involvesMicrosoft(postfix("mx.notoutlook.com", "outlook.com.evil.example"))).toBe(false);
  });
});

describe("the admin view's recipient domain (domainOfAddress, international) on hostile addresses", () => {
  it("a 60,000-dot domain is longer than any DNS name: no domain to check", () => {
    expect(domainOfAddress(`a@${".".repeat(60000)}x`, { international: true })).toBeUndefined();
  });

  it("strips a 60,000-character tail of '>', ']' and '.'", () => {
    expect(domainOfAddress(`<jo@Fabrikam.COM${">].".repeat(20000)}`, { international: true })).toBe("fabrikam.com");
  });

  it("only a host name: the admin model's own domainOf once took anything with a dot", () => {
    expect(domainOfAddress("bob@-f.netrc", { international: true })).toBeUndefined();
    expect(domainOfAddress("bob@[192.0.2.1]", { international: true })).toBeUndefined();
    expect(domainOfAddress("bob@exa mple.com", { international: true })).toBeUndefined();
    expect(domainOfAddress("bob@B\u00fccher.example", { international: true })).toBe("b\u00fccher.example");
  });

  it("a run of ']' alone leaves nothing", () => {
    expect(domainOfAddress(`a@${"]".repeat(60000)}`, { international: true })).toBeUndefined();
  });
});
