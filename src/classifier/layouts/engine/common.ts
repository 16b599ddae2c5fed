/**
 * Line rules every layout shares: recipient lines ("addr: reason", an address alone on a line),
 * the generic ways replies are quoted ("Error:", "(reason: …)", inline Diagnostic-Code, a line
 * with an SMTP code), and the helpers rules are built from. Each regex here is bounded and has no
 * nested quantifier over overlapping classes; trims and tails are index scans.
 */
import { findCodes } from "../../codes";
import { firstEmail } from "../../mail/address";
import { isWhitespace, trimEndBy } from "../../trimRuns";
import type { LineRule } from "./types";

/** A line that is only an address (optionally `<…>`, `mailto:`, `Name (addr)`, trailing colon). */
export function recipientOnlyLine(line: string): string {
  const t = line.trim();
  if (t.length === 0 || t.length > 320 || !t.includes("@")) return "";
  const addr = firstEmail(t);
  if (!addr) return "";
  const rest = t
    .replace(/^(?:[*•-]{1,2}\s+)/, "")
    .replace(addr, "")
    .replace(/<mailto:[^>]{0,320}>/i, "")
    .replace(/mailto:/i, "")
    .replace(/[<>():;"'\s]/g, "");
  // What is left may be a display name, but not a sentence or a code.
  if (rest.length === 0) return addr;
  const open = t.indexOf("(");
  if (open > 0 && t.endsWith(")") && t.slice(open).includes(addr) && !/\d{3}/.test(t.slice(0, open)) && open < 80) return addr;
  if (t.includes("<mailto:") && rest.length < 80) return addr;
  return "";
}

const IN_REPLY_TAIL = /^\(in reply to [^)]{0,40}\)$/i;
/** "(in reply to " and at most 40 more characters before the ")". */
const IN_REPLY_TAIL_MAX = 13 + 40 + 1;

/**
 * The reply without Postfix's "(in reply to RCPT TO command)" tail. By index: the regex
 * `\s*\(in reply to …\)\s*$` restarts its `\s*` at every space of a long run (quadratic).
 */
export function withoutInReplyTail(diag: string): string {
  const body = trimEndBy(diag, isWhitespace);
  if (!body.endsWith(")")) return diag;
  for (let open = Math.max(0, body.length - IN_REPLY_TAIL_MAX); open < body.length; open++) {
    if (body.charCodeAt(open) === 40 && IN_REPLY_TAIL.test(body.slice(open))) return trimEndBy(body.slice(0, open), isWhitespace);
  }
  return diag;
}

/** "SMTP error from remote mail server after RCPT TO:<…>:" → the command it names. */
export function commandOfStage(stage: string, fallback?: string): string | undefined {
  const s = stage.toLowerCase();
  if (s.includes("initial connection")) return "CONN";
  if (s.includes("data")) return "DATA";
  if (s.startsWith("mail")) return "MAIL";
  if (s.startsWith("rcpt")) return "RCPT";
  if (s.startsWith("helo") || s.startsWith("ehlo")) return s.slice(0, 4).toUpperCase();
  return fallback;
}

const HEADER_LINE = /^(?:from|to|cc|subject|date|sender|reply-to):/i;

/** Postfix, qmail, OpenSMTPD and others: "<addr>: host x[ip] said: 550 …" or "<addr>: reason". */
export const addressColonReason: LineRule = (s, t) => {
  if (!t.includes("@") || !t.includes(":")) return false;
  const m = /^<?([^\s<>:]{1,64}@[^\s<>:]{1,255})>?:\s+(\S.*)$/.exec(t);
  if (!m || HEADER_LINE.test(t)) return false;
  const r = s.touch(m[1]);
  let rest = m[2];
  const lines = s.lines;
  // Continuation lines are indented.
  let k = s.i + 1;
  for (; k < lines.length && k < s.i + 20 && /^\s+\S/.test(lines[k]); k++) rest += " " + lines[k].trim();
  s.i = k - 1;
  // Some MTAs wrap the reply without indenting; the "(in reply to … command)" tail still belongs to it.
  if (
    !/\(in reply to /i.test(rest) &&
    k < lines.length &&
    /\(in reply to [^)]{0,40}command\)\s*$/i.test(lines[k]) &&
    !/^<?[^\s<>:]{1,64}@[^\s<>:]{1,255}>?:\s/.test(lines[k])
  ) {
    rest += " " + lines[k].trim();
    s.i = k;
  }
  const said = /\bsaid:\s*/i.exec(rest);
  if (said) {
    const host = /host\s+([^\s[]+)/i.exec(rest.slice(0, said.index));
    if (host) r.remoteMta = cleanHostText(host[1]);
  }
  const cmd = /\(in reply to (?:end of )?([A-Z]+)(?: [A-Z]+)? command\)/i.exec(rest);
  if (cmd) r.command = cmd[1].toUpperCase();
  const diag = said ? rest.slice(said.index + said[0].length) : rest;
  s.setDiag(withoutInReplyTail(diag), t, true);
  return true;
};

function cleanHostText(text: string): string {
  const m = /^[A-Za-z0-9_.-]{1,255}/.exec(text.trim().replace(/^dns;\s*/i, ""));
  return m ? m[0].replace(/\.$/, "") : text.slice(0, 255);
}

/** "undeliverable to addr", "could not be delivered to addr", "Delivery to the following recipient failed: addr". */
export const deliveredToLine: LineRule = (s, t) => {
  if (!t.includes("@")) return false;
  const m = /^(?:undeliverable to|could not be delivered to|delivery to the following recipient failed:?)\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?\.?$/i.exec(t);
  if (!m) return false;
  s.touch(m[1]);
  return true;
};

/** An address alone on a line; the reason may follow on indented lines (Exim, Mail.ru) or come before it (Lotus Notes). */
export const recipientLine: LineRule = (s, t) => {
  if (!t.includes("@")) return false;
  const only = recipientOnlyLine(t);
  if (!only) return false;
  if (t.endsWith(":") && !s.knows(only)) {
    // qmail / Yahoo style: "<addr>:" then the reason on the following lines.
    s.touch(only);
    const reason = s.following(s.i, 6);
    // The reason may name the address again ("This user doesn't have a … account (addr)").
    const named = reason ? firstEmail(reason) : "";
    if (reason && (!named || reason.length > named.length + 20)) s.setDiag(reason, s.lines[s.i + 1] ?? t, false);
    return true;
  }
  s.lastWasRecipient = true;
  const r = s.touch(only);
  if (s.pendingReason?.length) {
    s.setDiag(s.pendingReason.join(" "), s.pendingReason[0], false);
    s.pendingReason = undefined;
  }
  const line = s.line;
  const indent = line.length - line.trimStart().length;
  if (indent > 0 && !r.diagnostic) {
    const parts: string[] = [];
    for (let k = s.i + 1; k < s.lines.length && k < s.i + 12; k++) {
      const next = s.lines[k];
      if (!next.trim() || next.length - next.trimStart().length <= indent) break;
      parts.push(next.trim());
    }
    if (parts.length) {
      const joined = parts.join(" ");
      const smtp = /^SMTP error from remote (?:mail server|mailer) after ([^:]{1,60}):\s*/i.exec(joined);
      if (smtp) r.command = commandOfStage(smtp[1], r.command);
      s.setDiag(
        joined.replace(/^SMTP error from remote (?:mail server|mailer) after [^:]{1,60}:\s*/i, "").replace(/^host\s+\S+\s+\[[^\]]{1,60}\](?::\d+)?:\s*/i, ""),
        parts[0],
        true,
      );
      s.i += parts.length;
      s.lastWasRecipient = false;
    }
  }
  const name = /^([^(<]{1,80})\(/.exec(t);
  if (name && !name[1].includes("@")) r.displayName = name[1].trim();
  return true;
};

/** Lines gathered under a "Failure Reasons" heading until their address comes. */
export const pendingReasonLine: LineRule = (s, t) => {
  if (!s.pendingReason || s.pendingReason.length >= 6) return false;
  s.pendingReason.push(t);
  return true;
};

/** "Error: text" (a reason without a code). */
export const errorLine: LineRule = (s, t) => {
  if (!t.startsWith("Error:")) return false;
  const m = /^Error:\s+(\S.{3,300})$/.exec(t);
  if (!m || findCodes(m[1]).reply) return false;
  s.setDiag(m[1], t, false);
  return true;
};

/** "(reason: 550 5.1.1 …)". */
export const reasonInParentheses: LineRule = (s, t, lower) => {
  if (!lower.startsWith("(reason:")) return false;
  const m = /^\(reason:\s*(.*?)\)?$/i.exec(t);
  if (!m) return false;
  s.setDiag(m[1], t, true);
  return true;
};

/** Delivery-status fields printed in the text ("Diagnostic-Code: smtp; 550 …"). */
export const inlineDsnField: LineRule = (s, t, lower) => {
  if (!lower.startsWith("diagnostic-code:") && !lower.startsWith("status:")) return false;
  const m = /^(?:Diagnostic-Code|Status):\s*(?:smtp;)?\s*(.*)$/i.exec(t);
  if (!m || !findCodes(m[1]).reply) return false;
  s.setDiag(m[1], t, false);
  return true;
};

/** Generic: "550 5.1.1 text" or "550-5.1.1 text" anywhere on a line; `550-` continuation lines are joined. */
export const codeLine: LineRule = (s, t) => {
  const codes = findCodes(t);
  if (s.current && !s.current.diagnostic && !codes.status && /^[245]\d\d[ -]\S/.test(t)) {
    s.setDiag(t, t, false);
    return true;
  }
  if (!codes.reply || !codes.status) return false;
  const at = t.indexOf(codes.reply);
  let diag = t.slice(at);
  if (/^[245]\d\d-/.test(diag)) {
    for (let k = s.i + 1; k < s.lines.length && k < s.i + 40 && /^\s*[245]\d\d[- ]/.test(s.lines[k]); k++) {
      diag += " " + s.lines[k].trim();
      s.i = k;
    }
  }
  s.setDiag(diag, t, false);
  return true;
};

/** Rules every decoder ends with, in order. `codeLine` is left out for layouts that quote replies only where marked. */
export function commonRules(withCodeLines: boolean): LineRule[] {
  const rules: LineRule[] = [addressColonReason, deliveredToLine, recipientLine, pendingReasonLine, errorLine, reasonInParentheses, inlineDsnField];
  if (withCodeLines) rules.push(codeLine);
  return rules;
}
