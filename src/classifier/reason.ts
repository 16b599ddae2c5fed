/**
 * Deciding the Sisimai reason for one recipient: vendor rules first (Microsoft reuses codes such
 * as 5.4.1 for unrelated things, so its text decides), then phrase lists, then the status code.
 */
import { PhraseAutomaton } from "./guidance/phrase-automaton";
import { mentionsMicrosoftHost } from "./mail/microsoftHost";
import type { NoteParams, ReasonNoteCode } from "./notes";
import { REASON_PHRASES, STATUS_REASONS, WEAK_PHRASES } from "./reasonPhrases";
import type { Confidence, Reason, RecipientAction } from "./types";

export interface ReasonFacts {
  status: string;
  reply: string;
  diagnostic: string;
  action: RecipientAction;
  /** Remote/reporting hosts named anywhere for this recipient. */
  hosts: string[];
  /** Prose from the report, used only when neither the reply nor the code decides. */
  bodyText?: string;
  /** SMTP command that was refused (CONN for the greeting), when known. */
  command?: string;
  /** The recipient was a program (a `|command` alias): its failure is the mailer's. */
  toProgram?: boolean;
  /** The DSN's diagnostic type ("smtp", "x-unix", "x-postfix"); x-unix is a local delivery program's exit. */
  diagnosticType?: string;
  /** The reason the report's layout states for its fixed wording (used only when the text decides nothing else). */
  layoutReason?: Reason;
}

export interface ReasonResult {
  reason: Reason;
  confidence: Confidence;
  /**
   * Which rule decided, for the evidence trail: a code of src/classifier/notes.ts and the values
   * for its placeholders ({reason} is filled by the caller).
   */
  rule: ReasonNoteCode;
  params?: NoteParams;
}

interface VendorRule {
  test: (s: string, text: string) => boolean;
  reason: Reason;
  rule: ReasonNoteCode;
  params?: NoteParams;
  confidence?: Confidence;
}

const inRange = (status: string, cls: string, subject: string, lo: number, hi: number): boolean => {
  const p = status.split(".");
  if (p.length !== 3 || p[0] !== cls || p[1] !== subject) return false;
  const d = Number(p[2]);
  return d >= lo && d <= hi;
};

/** Microsoft / Exchange specific rules, in order (ndr-knowledge.md §3.5, classifier-research.md §2.6). */
/** Exchange 2003 MSEXCH codes (the hex code in parentheses). */
const MSEXCH: ReadonlyArray<readonly [string, Reason]> = [
  ["000c05a6", "userunknown"],
  ["000c0595", "filtered"],
  ["00010256", "systemerror"],
  ["000d06b5", "systemerror"],
  ["00120270", "networkerror"],
  ["00050311", "contenterror"],
  ["000502cc", "contenterror"],
  ["000b0981", "securityerror"],
  ["000b099c", "onhold"],
  ["000b09aa", "onhold"],
  ["000b09b6", "onhold"],
];

const MICROSOFT_RULES: VendorRule[] = [
  ...MSEXCH.map(([code, reason]): VendorRule => ({ test: (_s, t) => t.includes(`(${code})`), reason, rule: "reason.msexch", params: { msexch: code } })),
  { test: (_s, t) => t.includes("as(201806281)"), reason: "userunknown", rule: "reason.dbeb-tag" },
  {
    test: (s, t) => t.includes("recipient address rejected") && t.includes("access denied") && (s === "5.4.1" || s === "5.7.504" || mentionsMicrosoftHost(t)),
    reason: "userunknown",
    rule: "reason.dbeb-access-denied",
  },
  { test: (_s, t) => t.includes("tenantattribution") || t.includes("attr36"), reason: "norelaying", rule: "reason.exo-tenant-attribution" },
  { test: (s, t) => s === "5.4.1" && t.includes("relay access denied"), reason: "norelaying", rule: "reason.exo-relay-access-denied" },
  // Other texts under 5.4.1 each keep their own meaning (the RFC's "no answer from host" is a network failure).
  { test: (s, t) => s === "5.4.1" && t.includes("no answer from host"), reason: "networkerror", rule: "reason.exo-no-answer", confidence: "medium" },
  // Exchange Online's tenant ban for low-reputation IP addresses (5.7.708) names the address, not the volume.
  { test: (_s, t) => t.includes("traffic not accepted from this ip"), reason: "blocked", rule: "reason.exo-ip-not-accepted" },
  { test: (_s, t) => /recip(?:ient)?notfound|exrecipnotfound/.test(t), reason: "userunknown", rule: "reason.exo-recipient-not-found" },
  { test: (_s, t) => t.includes("resolver.rst.authrequired"), reason: "securityerror", rule: "reason.exo-auth-required" },
  { test: (_s, t) => t.includes("resolver.rst.notauthorized"), reason: "rejected", rule: "reason.exo-not-authorized" },
  { test: (_s, t) => t.includes("resolver.rst.recipsizelimit"), reason: "mesgtoobig", rule: "reason.exo-recip-size-limit" },
  { test: (_s, t) => t.includes("resolver.adr.reciplimit"), reason: "toomanyconn", rule: "reason.exo-recip-limit" },
  { test: (_s, t) => t.includes("queue.expired"), reason: "expired", rule: "reason.exo-queue-expired" },
  { test: (_s, t) => t.includes("smtpsend.dns.nonexistentdomain"), reason: "hostunknown", rule: "reason.exo-nonexistent-domain" },
  { test: (_s, t) => t.includes("smtpsend.dns.mxloopback"), reason: "networkerror", rule: "reason.exo-mx-loopback" },
  { test: (s, t) => s.endsWith(".2.2") && t.includes("submission quota"), reason: "speeding", rule: "reason.exo-submission-quota" },
  { test: (_s, t) => t.includes("unable to relay"), reason: "norelaying", rule: "reason.exo-unable-to-relay" },
  { test: (s) => inRange(s, "5", "7", 606, 649), reason: "blocked", rule: "reason.exo-banned-ip" },
  { test: (s, t) => s.startsWith("4.7.") && t.includes("reputation"), reason: "badreputation", rule: "reason.exo-ip-reputation" },
  { test: (s) => inRange(s, "4", "7", 500, 699) || inRange(s, "4", "7", 850, 899), reason: "blocked", rule: "reason.exo-temporary-ip" },
  { test: (s) => inRange(s, "5", "7", 501, 503), reason: "rejected", rule: "reason.exo-banned-sender" },
  { test: (s) => s === "5.7.505", reason: "suspend", rule: "reason.exo-banned-recipient" },
  { test: (s) => inRange(s, "5", "7", 700, 749), reason: "speeding", rule: "reason.exo-tenant-ban" },
  { test: (s) => inRange(s, "5", "7", 900, 999), reason: "policyviolation", rule: "reason.exo-transport-rule" },
];

/**
 * Providers whose reply words mean something else than they say (Sisimai's rhost tables).
 * Each rule needs the provider's host named in the report and its exact reply wording.
 */
interface ProviderRule {
  hosts: RegExp;
  test: (text: string, command: string) => boolean;
  reason: Reason;
  rule: ReasonNoteCode;
}

const PROVIDER_RULES: ProviderRule[] = [
  {
    // KDDI au answers "550 : User unknown" when the recipient's own filter refuses the sender.
    hosts: /(?:^|[.@\s])(?:ezweb\.ne\.jp|au\.com)\b/i,
    test: (t) => /\b550 : user unknown\b/.test(t),
    reason: "filtered",
    rule: "reason.kddi-filter",
  },
  {
    // NTT docomo refuses senders blocked by the recipient's settings with "Unknown user" after DATA.
    hosts: /(?:^|[.@\s])docomo\.ne\.jp\b/i,
    test: (t, command) => command === "DATA" && t.includes("unknown user"),
    reason: "rejected",
    rule: "reason.docomo-refused",
  },
  {
    // Cox (and Charter/Spectrum, which share its filter) print an AUP code; *RBL/*BL codes are IP block lists.
    hosts: /(?:^|[.@\s])(?:cox\.net|cox\.com|cloudfilter\.net)\b/i,
    test: (t) => /\baup#[a-z-]{0,12}(?:rbl|bl)\b/.test(t),
    reason: "blocked",
    rule: "reason.cox-aup",
  },
];

interface PhraseHit {
  reason: Reason;
  phrase: string;
  /** Explicit words (not in WEAK_PHRASES): they beat a status code's own reason. */
  strong: boolean;
}

interface CompiledPhrases {
  automaton: PhraseAutomaton;
  /** By automaton id: the first (reason, phrase) in list order that the id stands for. */
  byId: Array<{ order: number; hit: PhraseHit }>;
  seen: Uint32Array;
  mark: number;
}

let phrases: CompiledPhrases | undefined;

/** All phrase lists in one automaton (built on first use): one pass over a reply instead of one per phrase. */
function compiledPhrases(): CompiledPhrases {
  if (phrases) return phrases;
  const all: Array<{ reason: Reason; phrase: string }> = [];
  for (const [reason, list] of REASON_PHRASES) for (const phrase of list) all.push({ reason, phrase });
  const automaton = new PhraseAutomaton(all.map((p) => p.phrase));
  const byId: CompiledPhrases["byId"] = [];
  all.forEach(({ reason, phrase }, order) => {
    const id = automaton.idOf(phrase);
    byId[id] ??= { order, hit: { reason, phrase, strong: !WEAK_PHRASES.has(phrase) } };
  });
  phrases = { automaton, byId, seen: new Uint32Array(automaton.size), mark: 0 };
  return phrases;
}

/**
 * The first explicit phrase in list order; the first weak one only when no explicit one
 * matches. Whitespace in the reply is folded (a phrase wrapped over two lines still matches).
 */
function phraseReason(text: string): PhraseHit | undefined {
  const c = compiledPhrases();
  if (c.mark === 0xffffffff) {
    c.seen.fill(0);
    c.mark = 0;
  }
  const found: number[] = [];
  c.automaton.scan(text, c.seen, ++c.mark, found);
  let strong: { order: number; hit: PhraseHit } | undefined;
  let weak: { order: number; hit: PhraseHit } | undefined;
  for (const id of found) {
    const entry = c.byId[id];
    if (entry.hit.strong) {
      if (!strong || entry.order < strong.order) strong = entry;
    } else if (!weak || entry.order < weak.order) weak = entry;
  }
  return (strong ?? weak)?.hit;
}

/** Reasons close enough that a decisive code's own one stays (a size code with size words, a DNS code with "expired"). */
const SAME_FAMILY: ReadonlyArray<ReadonlySet<Reason>> = [
  new Set(["mesgtoobig", "exceedlimit"]),
  new Set(["networkerror", "expired"]),
  new Set(["hostunknown", "userunknown"]),
];

function sameFamily(a: Reason, b: Reason): boolean {
  return a === b || SAME_FAMILY.some((f) => f.has(a) && f.has(b));
}

/**
 * Wordings with a variable part, each one bounded pattern: "host mx.example.com not found",
 * "Delivery failed 20 attempts", "example.org does not exist" (a domain, not a mailbox).
 */
const PATTERN_RULES: ReadonlyArray<{ pattern: RegExp; reason: Reason; label: string }> = [
  { pattern: /\bhost [a-z0-9.-]{1,255} not found\b/, reason: "hostunknown", label: "host … not found" },
  { pattern: /\bfailed \d{1,5} attempts\b/, reason: "expired", label: "failed N attempts" },
  { pattern: /(?:^|[\s<:])[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}\.? does not exist/, reason: "hostunknown", label: "<domain> does not exist" },
];

function patternReason(text: string): PhraseHit | undefined {
  for (const r of PATTERN_RULES) if (r.pattern.test(text)) return { reason: r.reason, phrase: r.label, strong: true };
  return undefined;
}

/** Codes specific enough that only explicit words outrank them. */
const DECISIVE_STATUS = new Set(["5.4.312", "4.4.312", "5.2.3", "5.3.4", "5.1.6", "5.7.25", "5.2.2", "4.2.2", "5.1.2", "4.4.5"]);
const SYNTAX_REPLIES = new Set(["500", "501", "502", "503", "504"]);
/** Codes that say little beyond their class: weak words in the reply say more. */
const GENERIC_CODES: ReadonlySet<string> = new Set([
  "5.7.1",
  "4.7.1",
  "5.7.0",
  "4.7.0",
  "5.2.0",
  "4.2.0",
  "5.3.0",
  "4.3.0",
  "5.1.0",
  "5.4.0",
  "4.4.0",
  "5.5.0",
  "5.0.0",
  "4.0.0",
  "5.6.0",
]);
/** What a refusal of MAIL FROM can still be about other than the sender's address. */
const NOT_THE_SENDER: ReadonlySet<Reason> = new Set([
  "blocked",
  "requireptr",
  "badreputation",
  "speeding",
  "toomanyconn",
  "spamdetected",
  "authfailure",
  "securityerror",
  "networkerror",
  "systemerror",
  "systemfull",
  "expired",
  "failedstarttls",
  "mesgtoobig",
  "exceedlimit",
  "syntaxerror",
  "norelaying",
  "policyviolation",
]);
/** What a refusal at the greeting or HELO can still be about other than the connecting client. */
const NOT_THE_CLIENT: ReadonlySet<Reason> = new Set([
  "requireptr",
  "badreputation",
  "toomanyconn",
  "speeding",
  "spamdetected",
  "networkerror",
  "systemerror",
  "expired",
  "failedstarttls",
  "securityerror",
  "norelaying",
  "authfailure",
]);
/** What a local delivery program's failure can still be: the mailbox itself. */
const LOCAL_MAILER_REASONS: ReadonlySet<Reason> = new Set(["mailboxfull", "systemfull", "mesgtoobig", "exceedlimit"]);

export function decideReason(facts: ReasonFacts): ReasonResult {
  const status = facts.status;
  const text = facts.diagnostic.toLowerCase();
  if (status.startsWith("2.") || facts.action === "delivered") return { reason: "delivered", confidence: "high", rule: "reason.delivered" };

  for (const rule of MICROSOFT_RULES) {
    if (rule.test(status, text)) return { reason: rule.reason, confidence: rule.confidence ?? "high", rule: rule.rule, params: rule.params };
  }
  const command = (facts.command ?? "").toUpperCase();
  for (const rule of PROVIDER_RULES) {
    if (facts.hosts.some((h) => rule.hosts.test(h)) && rule.test(text, command)) return { reason: rule.reason, confidence: "medium", rule: rule.rule };
  }

  const byPhrase = text ? (patternReason(text) ?? phraseReason(text)) : undefined;
  const phraseResult = (hit: PhraseHit, confidence: Confidence): ReasonResult => ({
    reason: hit.reason,
    confidence,
    rule: "reason.phrase",
    params: { phrase: hit.phrase },
  });

  // A local delivery program (procmail, maildrop, a pipe) failed: the mailer's error, unless it says the mailbox is full.
  if ((facts.diagnosticType ?? "").toLowerCase() === "x-unix" || facts.toProgram) {
    if (byPhrase && LOCAL_MAILER_REASONS.has(byPhrase.reason)) return phraseResult(byPhrase, "high");
    return { reason: "mailererror", confidence: "medium", rule: facts.toProgram ? "reason.program" : "reason.local-mailer" };
  }
  // Refused at MAIL FROM: the sender's address was refused, whatever words the server chose, unless they name another cause.
  if (command === "MAIL" && !(byPhrase && NOT_THE_SENDER.has(byPhrase.reason))) {
    return { reason: "rejected", confidence: "medium", rule: "reason.refused-sender", params: { command } };
  }

  const byStatus = STATUS_REASONS[status];
  const subject = status.split(".")[1];
  const decisive = byStatus !== undefined && DECISIVE_STATUS.has(status);
  // A decisive code keeps its reason against words of the same family ("message length exceeds" with 5.2.3).
  if (decisive && byPhrase && sameFamily(byPhrase.reason, byStatus)) return { reason: byStatus, confidence: "high", rule: "reason.status", params: { status } };
  // Explicit words beat a code's default; a decisive code beats weak words.
  if (byPhrase?.strong && byPhrase.reason !== "userunknown") {
    return phraseResult(byPhrase, byStatus && byStatus !== byPhrase.reason ? "medium" : "high");
  }
  if (byPhrase?.reason === "userunknown") {
    // The recipient was accepted at RCPT and refused after the message was read: a filter
    // speaking, not an address lookup. X.2.0/X.2.1 likewise say the mailbox exists.
    // (Not when the code itself says "bad mailbox", X.1.x: then the server looked the address up after all.)
    if (command === "DATA" && subject !== "1")
      return { reason: "filtered", confidence: "medium", rule: "reason.after-data", params: { phrase: byPhrase.phrase } };
    if (subject === "2" && (status.endsWith(".2.1") || status.endsWith(".2.0")) && command !== "RCPT") {
      return { reason: "filtered", confidence: "medium", rule: "reason.status-outranks-phrase", params: { status, phrase: byPhrase.phrase } };
    }
    if (byPhrase.strong) return phraseResult(byPhrase, byStatus && byStatus !== "userunknown" ? "medium" : "high");
  }
  if (decisive) return { reason: byStatus, confidence: "high", rule: "reason.status", params: { status } };
  if (subject === "6") return { reason: "contenterror", confidence: "high", rule: "reason.status-content", params: { status } };
  if ((command === "CONN" || command === "HELO" || command === "EHLO") && !(byPhrase && NOT_THE_CLIENT.has(byPhrase.reason))) {
    // Refused at the greeting or HELO: nothing about the message was read, so it is the client that was refused.
    return command === "CONN"
      ? { reason: "blocked", confidence: "low", rule: "reason.refused-connection" }
      : { reason: "blocked", confidence: "low", rule: "reason.refused-command", params: { command } };
  }
  // Weak words beat only a code that says little (5.7.1, X.Y.0); a specific code (5.7.26, 5.3.2) says more.
  if (byPhrase && (!byStatus || GENERIC_CODES.has(status))) return phraseResult(byPhrase, byStatus && byStatus !== byPhrase.reason ? "medium" : "high");
  if (byStatus) return { reason: byStatus, confidence: "medium", rule: "reason.status", params: { status } };
  if (byPhrase) return phraseResult(byPhrase, "medium");
  if (SYNTAX_REPLIES.has(facts.reply) && (!status || status.endsWith(".0.0") || subject === "5")) {
    return { reason: "syntaxerror", confidence: "medium", rule: "reason.syntax-reply", params: { reply: facts.reply } };
  }
  if (!text && facts.bodyText) {
    const prose = phraseReason(facts.bodyText.slice(0, 4000).toLowerCase());
    if (prose) return { reason: prose.reason, confidence: "low", rule: "reason.report-text", params: { phrase: prose.phrase } };
  }
  // The report's layout says what its fixed wording means (InterScan's "Unable to deliver message to …").
  if (facts.layoutReason) return { reason: facts.layoutReason, confidence: "low", rule: "reason.layout", params: { reason: facts.layoutReason } };
  const cls = status.split(".")[0];
  if (subject === "7") return { reason: "securityerror", confidence: "low", rule: "reason.class-security", params: { status } };
  if (facts.action === "delayed" || (cls === "4" && !text)) return { reason: "expired", confidence: "low", rule: "reason.delayed" };
  if (text) return { reason: "onhold", confidence: "low", rule: "reason.unrecognised" };
  return { reason: "undefined", confidence: "low", rule: "reason.nothing" };
}
