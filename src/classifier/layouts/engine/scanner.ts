/**
 * The line scanner every layout decoder runs on: the report's lines (bounded), the recipients
 * found so far, and the helpers rules share (`touch` a recipient, `setDiag` a reply, read the
 * lines `following` a heading). Rules are tried in order on each line; the first that consumes
 * the line wins. Reading stops where the returned original begins.
 */
import { findCodes } from "../../codes";
import { unfoldReply } from "../../deliveryStatus";
import { MAX_RECIPIENTS, MAX_REPLY_CHARS } from "../../fieldCaps";
import { normaliseRecipient } from "../../mail/address";
import type { ProseFacts, ProseRecipient } from "./facts";
import type { LineRule } from "./types";

/** Prose beyond this many characters is not read (the returned original follows anyway). */
export const MAX_PROSE = 512 * 1024;
/** One line is read up to this many characters. */
export const MAX_LINE = 4000;
/** A report naming more recipients than this is cut (and says so). */
export const MAX_PROSE_RECIPIENTS = MAX_RECIPIENTS;

/** Lower-case line openings where the returned original (or its headers) begins, in every layout. */
export const COMMON_END_MARKERS: readonly string[] = [
  "original message headers",
  "------ this is a copy of the message",
  "--- below this line is a copy of the message",
  "----- original message -----",
  "------- original message",
  "-----original message-----",
  "en-têtes de message d'origine",
  "ursprüngliche nachrichtenkopfzeilen",
  "intestazioni originali del messaggio",
  "oorspronkelijke berichtkoppen",
  "cabeçalhos originais da mensagem",
  "ursprungshuvuden",
  "元のメッセージ ヘッダー",
  "message hops",
  "----- the header of the original message is following",
  "------ a copy of the original message",
  "content-type: message/rfc822",
  "----- unsent message below -----",
  "--- the header of the original message",
  "------- returned message --------",
  "------ this is a copy of your message",
  "original message follows.",
  "--- original message follows",
  "message headers follow",
  "below is a copy of the original message",
  "the original message headers follow",
  "bounced e-mail:",
  "bounced email:",
  "bounced message:",
  "returned message:",
  "undelivered message:",
];

/** Words that, on a line drawn with dashes, stars or equal signs, announce the returned message. */
const RULED_END_WORDS: readonly string[] = [
  "message follows",
  "original message",
  "returned message",
  "unsent message",
  "message text follows",
  "headers follow",
  "header follows",
  "copy of the",
  "copy of your",
  "undelivered message",
  "rejected message",
  "original mail",
  "message header",
];

function isRuledEnd(lower: string): boolean {
  const c = lower.charCodeAt(0);
  // "-", "=", "*", "|", "_"
  if (c !== 45 && c !== 61 && c !== 42 && c !== 124 && c !== 95) return false;
  for (const w of RULED_END_WORDS) if (lower.includes(w)) return true;
  return false;
}

export class ReportScanner {
  readonly facts: ProseFacts;
  /** Lines without their CR, each cut at MAX_LINE. */
  readonly lines: string[];
  /** Index of the line being read; a rule that reads ahead moves it to the last line it used. */
  i = 0;
  /** The recipient the following diagnostic lines belong to. */
  current: ProseRecipient | undefined;
  /** Set by a rule when the current line is a recipient-only line. */
  lastWasRecipient = false;
  /** The line before was a recipient-only line (Exchange's classic admin section prints the remote server under it). */
  previousWasRecipient = false;
  /** Sendmail: the last "<<< NNN …" reply of the current "While talking to" session. */
  sessionReply = "";
  /** Lines under a "Failure Reasons" heading (Lotus Notes), waiting for their address. */
  pendingReason: string[] | undefined;
  /** Set when more recipients were named than MAX_PROSE_RECIPIENTS. */
  recipientsCut = false;
  /** Offset of each line's start in `text` (one more entry than lines: the end). */
  private readonly starts: number[];
  private readonly byAddr = new Map<string, ProseRecipient>();
  private readonly endMarkers: readonly string[];
  private stopped = false;

  /** The text read (bounded by MAX_PROSE), for rules that need it whole. */
  readonly text: string;

  constructor(text: string, endMarkers: readonly string[] = COMMON_END_MARKERS) {
    const bounded = text.length > MAX_PROSE ? text.slice(0, MAX_PROSE) : text;
    this.text = bounded;
    this.facts = { recipients: [], looseDiagnostic: "", looseDiagnosticLine: "", markers: [], proseEnd: bounded.length };
    const raw = bounded.split("\n");
    this.starts = new Array<number>(raw.length + 1);
    let at = 0;
    for (let k = 0; k < raw.length; k++) {
      this.starts[k] = at;
      at += raw[k].length + 1;
    }
    this.starts[raw.length] = at;
    this.lines = raw.map((l) => {
      const cut = l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l;
      return cut.endsWith("\r") ? cut.slice(0, -1) : cut;
    });
    this.endMarkers = endMarkers;
  }

  /** The current line as written (untrimmed). */
  get line(): string {
    return this.lines[this.i];
  }

  /** The recipient `addr` names, created on first mention; it becomes the current one. */
  touch(rawAddress: string): ProseRecipient {
    const addr = normaliseRecipient(rawAddress);
    const key = addr.toLowerCase();
    let r = this.byAddr.get(key);
    if (!r) {
      r = { address: addr, diagnostic: "", diagnosticLine: "" };
      if (this.facts.recipients.length < MAX_PROSE_RECIPIENTS) {
        this.byAddr.set(key, r);
        this.facts.recipients.push(r);
      } else this.recipientsCut = true;
    }
    this.current = r;
    return r;
  }

  /** True when `addr` was already named. */
  knows(address: string): boolean {
    return this.byAddr.has(normaliseRecipient(address).toLowerCase());
  }

  /**
   * Records a reply for the current recipient (or as the loose diagnostic). A strong one (the
   * server's quoted reply) replaces a weaker one that has no status code.
   */
  setDiag(diag: string, line: string, strong: boolean): void {
    const d = unfoldReply(diag).slice(0, MAX_REPLY_CHARS);
    if (!d) return;
    const target = this.current;
    if (target) {
      // A reply with an SMTP code says more than words without one ("Empfänger:", "Unknown user:").
      const replaces = () => (strong && !findCodes(target.diagnostic).status) || (!findCodes(target.diagnostic).reply && !!findCodes(d).reply);
      if (!target.diagnostic || replaces()) {
        target.diagnostic = d;
        target.diagnosticLine = line.trim().slice(0, 500);
        target.diagnosticStrong = strong;
      }
    } else if (!this.facts.looseDiagnostic || (strong && !findCodes(this.facts.looseDiagnostic).status)) {
      this.facts.looseDiagnostic = d;
      this.facts.looseDiagnosticLine = line.trim().slice(0, 500);
    }
  }

  /** Joins the lines after `i` up to a blank line (bounded), for replies printed under a heading. */
  following(i: number, max = 12): string {
    const parts: string[] = [];
    let k = i + 1;
    while (k < this.lines.length && this.lines[k].trim() === "" && k < i + 3) k++;
    for (; k < this.lines.length && parts.length < max; k++) {
      const t = this.lines[k].trim();
      if (!t) break;
      parts.push(t);
    }
    return parts.join(" ");
  }

  /** Records a marker line for evidence. */
  marker(t: string): void {
    if (this.facts.markers.length < 8) this.facts.markers.push(t.slice(0, 200));
  }

  /** Offset of line `i` in `text`. */
  offsetOf(i: number): number {
    return this.starts[Math.max(0, Math.min(i, this.starts.length - 1))];
  }

  /** Stops reading at line `i` (the returned message starts there). */
  endAt(i: number): void {
    this.facts.proseEnd = this.offsetOf(i);
    this.stopped = true;
  }

  private isEnd(lower: string): boolean {
    for (const m of this.endMarkers) if (lower.startsWith(m)) return true;
    return isRuledEnd(lower);
  }

  /** Runs `rules` over every line until the returned message starts. */
  run(rules: readonly LineRule[]): ProseFacts {
    for (this.i = 0; this.i < this.lines.length && !this.stopped; this.i++) {
      const t = this.lines[this.i].trim();
      if (!t) continue;
      const lower = t.toLowerCase();
      if (this.isEnd(lower)) {
        this.endAt(this.i);
        break;
      }
      this.previousWasRecipient = this.lastWasRecipient;
      this.lastWasRecipient = false;
      for (const rule of rules) if (rule(this, t, lower)) break;
    }
    return this.facts;
  }
}
