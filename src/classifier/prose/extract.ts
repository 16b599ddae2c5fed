/**
 * Per-recipient facts from a bounce's human-readable text, for every layout: recipient lines,
 * the server's reply ("Remote Server returned '…'", "said: …", "Reported error: …", "#550 … ##"),
 * and the servers named. Line by line, with bounded windows; never reads the returned original.
 */
import { cleanHost, findCodes } from "../codes";
import { EMAIL_GLOBAL, firstEmail } from "../mail/address";
import { unfoldReply } from "../deliveryStatus";
import { MAX_REPLY_CHARS } from "../fieldCaps";
import { isWhitespace, trimEndBy } from "../trimRuns";

export interface ProseRecipient {
  address: string;
  diagnostic: string;
  /** The line the diagnostic came from, verbatim (evidence). */
  diagnosticLine: string;
  remoteMta?: string;
  command?: string;
  displayName?: string;
}

export interface ProseFacts {
  recipients: ProseRecipient[];
  /** A diagnostic found with no recipient near it. */
  looseDiagnostic: string;
  looseDiagnosticLine: string;
  reportingMta?: string;
  remoteMta?: string;
  /** "Status code: 550 5.4.1" (Exchange Online new layout). */
  statusLine?: { reply: string; status: string; line: string };
  /** Lines that matched a marker, for evidence. */
  markers: string[];
  /** Where the report's own words end (the returned original follows), as an offset into the text. */
  proseEnd: number;
}

/** Prose beyond this many characters is not read (the returned original follows anyway). */
export const MAX_PROSE = 512 * 1024;
const MAX_LINE = 4000;

const END_MARKERS = [
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
];

function isEndMarker(lower: string): boolean {
  for (const m of END_MARKERS) if (lower.startsWith(m)) return true;
  return false;
}

/** A line that is only an address (optionally `<…>`, `mailto:`, `Name (addr)`, trailing colon). */
function recipientOnlyLine(line: string): string {
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

const SAID = /\bsaid:\s*/i;

const YOUR_MESSAGE_TO = /Your message to\s+<?([^\s<>]+)>?\s+couldn't be delivered/gi;

/**
 * The address in "Your message to <addr> couldn't be delivered". The address is checked apart:
 * `[^\s<>]+@[^\s<>]+?` in the regex tries every "@" of a long "a@a@a@…" run, each against the
 * rest of the run (quadratic).
 */
function yourMessageRecipient(line: string): string {
  for (const m of line.matchAll(YOUR_MESSAGE_TO)) {
    const at = m[1].indexOf("@", 1);
    if (at > 0 && at < m[1].length - 1) return m[1];
  }
  return "";
}

const IN_REPLY_TAIL = /^\(in reply to [^)]{0,40}\)$/i;
/** "(in reply to " and at most 40 more characters before the ")". */
const IN_REPLY_TAIL_MAX = 13 + 40 + 1;

/**
 * The reply without Postfix's "(in reply to RCPT TO command)" tail. By index: the regex
 * `\s*\(in reply to …\)\s*$` restarts its `\s*` at every space of a long run (quadratic).
 */
function withoutInReplyTail(diag: string): string {
  const body = trimEndBy(diag, isWhitespace);
  if (!body.endsWith(")")) return diag;
  // The leftmost "(" whose tail matches, as the regex found it.
  for (let open = Math.max(0, body.length - IN_REPLY_TAIL_MAX); open < body.length; open++) {
    if (body.charCodeAt(open) === 40 && IN_REPLY_TAIL.test(body.slice(open))) return trimEndBy(body.slice(0, open), isWhitespace);
  }
  return diag;
}

export function extractProse(fullText: string, failedHeader?: string): ProseFacts {
  const text = fullText.length > MAX_PROSE ? fullText.slice(0, MAX_PROSE) : fullText;
  const facts: ProseFacts = { recipients: [], looseDiagnostic: "", looseDiagnosticLine: "", markers: [], proseEnd: text.length };
  const byAddr = new Map<string, ProseRecipient>();
  let current: ProseRecipient | undefined;
  const touch = (addr: string): ProseRecipient => {
    const key = addr.toLowerCase();
    let r = byAddr.get(key);
    if (!r) {
      r = { address: addr, diagnostic: "", diagnosticLine: "" };
      byAddr.set(key, r);
      facts.recipients.push(r);
    }
    current = r;
    return r;
  };
  const setDiag = (diag: string, line: string, strong: boolean): void => {
    const d = unfoldReply(diag).slice(0, MAX_REPLY_CHARS);
    if (!d) return;
    const target = current;
    if (target) {
      if (!target.diagnostic || (strong && !findCodes(target.diagnostic).status)) {
        target.diagnostic = d;
        target.diagnosticLine = line.trim().slice(0, 500);
      }
    } else if (!facts.looseDiagnostic || (strong && !findCodes(facts.looseDiagnostic).status)) {
      facts.looseDiagnostic = d;
      facts.looseDiagnosticLine = line.trim().slice(0, 500);
    }
  };

  if (failedHeader) {
    for (const m of failedHeader.slice(0, 4000).matchAll(EMAIL_GLOBAL)) touch(m[0]);
    current = undefined;
  }

  const rawLines = text.split("\n");
  const lines = rawLines.map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l).replace(/\r$/, ""));
  /** Joins the lines after `i` up to a blank line (bounded), for replies printed under a heading. */
  const following = (i: number, max = 12): string => {
    const parts: string[] = [];
    let k = i + 1;
    while (k < lines.length && lines[k].trim() === "" && k < i + 3) k++;
    for (; k < lines.length && parts.length < max; k++) {
      const t = lines[k].trim();
      if (!t) break;
      parts.push(t);
    }
    return parts.join(" ");
  };

  let lastWasRecipient = false;
  /** Sendmail: the last "<<< NNN …" reply of the current "While talking to" session. */
  let sessionReply = "";
  /** Lines under a "Failure Reasons" heading (Lotus Notes), waiting for their address. */
  let pendingReason: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t) continue;
    const lower = t.toLowerCase();
    const hasAt = t.includes("@");
    if (isEndMarker(lower)) {
      let offset = 0;
      for (let k = 0; k < i; k++) offset += rawLines[k].length + 1;
      facts.proseEnd = offset;
      break;
    }
    if (/^-{3,}\s*failure reasons\s*-{3,}$/.test(lower)) {
      pendingReason = [];
      continue;
    }
    if (lower.startsWith("while talking to ")) sessionReply = "";

    // Servers named by the report.
    let m = /^(?:DSN generated by|Generating server|Serveur de génération|Generierender Server|Server di generazione|Genererande server|Bronserver|Servidor de origem|Servidor de generación|生成サーバー)\s*[:：]\s*(\S*)/i.exec(t);
    if (m) {
      const host = m[1] || (lines[i + 1] ?? "").trim();
      if (host) facts.reportingMta = cleanHost(host);
      facts.markers.push(t.slice(0, 200));
      continue;
    }
    m = /^(?:Remote server|Receiving server)\s*:\s*(\S+)/i.exec(t);
    if (m) {
      facts.remoteMta = cleanHost(m[1]);
      if (current) current.remoteMta = facts.remoteMta;
      continue;
    }
    m = /^This is the mail system at host\s+([^\s.]+(?:\.[^\s.]+)*)\.?/i.exec(t);
    if (m) facts.reportingMta = cleanHost(m[1]);

    // Recipient lines.
    const yourMessageTo = hasAt ? yourMessageRecipient(t) : "";
    if (yourMessageTo) {
      touch(yourMessageTo);
      facts.markers.push(t.slice(0, 200));
      continue;
    }
    m = !hasAt ? null : /^Recipient Address:\s*(\S+@\S+)/i.exec(t);
    if (m) {
      touch(m[1].replace(/[<>]/g, ""));
      continue;
    }
    m = !hasAt ? null : /RCPT TO:\s*<([^>\s]{1,320}@[^>\s]{1,255})>/i.exec(t);
    if (m && (lower.startsWith(">>>") || lower.includes("smtp error from remote"))) {
      touch(m[1]).command = "RCPT";
      if (lower.includes("smtp error from remote")) setDiag(following(i), t, true);
      continue;
    }
    // ActiveHunter and others: ">>> addr <addr>" then the reply on its own line.
    m = !hasAt ? null : /^>>>\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?(?:\s+<[^\s<>]{1,320}>)?$/.exec(t);
    if (m) {
      touch(m[1]);
      continue;
    }
    // Sendmail v5: "554 <addr>... text"; a bare "Remote protocol error" points at the session's reply.
    m = !hasAt ? null : /^([245]\d\d) <([^\s<>]{1,64}@[^\s<>]{1,255})>\.\.\.\s*(.*)$/.exec(t);
    if (m) {
      touch(m[2]);
      const own = m[3].trim();
      const generic = /^(?:remote protocol error|service unavailable|protocol error)\.?$/i.test(own);
      setDiag(generic && sessionReply ? sessionReply : `${m[1]} ${own}`, generic && sessionReply ? sessionReply : t, true);
      continue;
    }
    // Zoho: "addr Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <addr>... User Unknown"
    m = !hasAt ? null : /^([^\s<>]{1,64}@[^\s<>]{1,255})\s+[^,]{0,80},\s*ERROR_CODE\s*:\s*([245]\d\d),\s*ERROR_CODE\s*:\s*([245]\.\d{1,3}\.\d{1,3})\s*(.*)$/i.exec(t);
    if (m) {
      touch(m[1]);
      setDiag(`${m[2]} ${m[3]} ${m[4]}`, t, true);
      continue;
    }
    // Zoho delay: "[Status: Error, Address: <addr>, ResponseCode 421, , Host not reachable.]"
    m = !hasAt ? null : /^\[Status:[^,\]]{0,40},\s*Address:\s*<([^\s<>]{1,64}@[^\s<>]{1,255})>,\s*ResponseCode\s+([245]\d\d),([^\]]{0,1000})\]?$/i.exec(t);
    if (m) {
      touch(m[1]);
      setDiag(`${m[2]} ${m[3].replace(/^[\s,]+/, "")}`, t, true);
      continue;
    }
    // Mimecast-style notices: a heading, then the reason on "-- " lines.
    m = /^(The problem appears to be|Additional information follows)\s*:$/i.exec(t);
    if (m) {
      setDiag(following(i, 6).replace(/^-{1,2}\s*/, ""), lines[i + 1] ?? t, m[1].toLowerCase().startsWith("additional"));
      continue;
    }
    // Exim: "SMTP error from remote mail server after …:" then the reply on the following lines.
    m = /^SMTP error from remote (?:mail server|mailer) after ([^:]{1,60}):\s*(.*)$/i.exec(t);
    if (m && !/RCPT TO:/i.test(t)) {
      const stage = m[1].toLowerCase();
      const rest = [m[2], following(i, 10)].filter(Boolean).join(" ");
      setDiag(rest.replace(/^host\s+\S+\s+\[[^\]]{1,60}\](?::\d+)?:\s*/i, ""), t, true);
      if (current) current.command = stage.includes("initial connection") ? "CONN" : stage.includes("data") ? "DATA" : stage.startsWith("mail") ? "MAIL" : stage.startsWith("rcpt") ? "RCPT" : current.command;
      continue;
    }
    // Exim: "Name <addr>: malformed address: …" (a display name before the address).
    m = !t.includes(">:") ? null : /^[^<>]{1,200}\s<([^\s<>:]{1,64}@[^\s<>:]{1,255})>:\s+(\S.*)$/.exec(t);
    if (m && !/^(?:from|to|cc|subject|date|sender|reply-to)\s*:/i.test(t) && !/^#?[245]\d\d[\s-]/.test(t) && !/\d\.\d{1,3}\.\d/.test(t.slice(0, t.indexOf("<")))) {
      touch(m[1]);
      setDiag(m[2], t, true);
      continue;
    }
    // fml mailing-list manager: "Duplicated Message-ID in <addr>."
    m = !t.includes(" in <") ? null : /^(.{4,120}?) in <([^\s<>]{1,64}@[^\s<>]{1,255})>\.?$/.exec(t);
    if (m && /message-id|loop|not member|reject/i.test(m[1])) {
      touch(m[2]);
      setDiag(m[1], t, false);
      continue;
    }
    // Postfix / qmail: "<addr>: host x[ip] said: 550 …" or "<addr>: reason"
    m = !hasAt ? null : /^<?([^\s<>:]{1,64}@[^\s<>:]{1,255})>?:\s+(\S.*)$/.exec(t);
    if (m && !/^(?:from|to|cc|subject|date|sender):/i.test(t)) {
      const r = touch(m[1]);
      let rest = m[2];
      // Continuation lines are indented.
      let k = i + 1;
      for (; k < lines.length && k < i + 20 && /^\s+\S/.test(lines[k]); k++) rest += " " + lines[k].trim();
      // Some MTAs wrap the reply without indenting; the "(in reply to … command)" tail still belongs to it.
      if (!/\(in reply to /i.test(rest) && k < lines.length && /\(in reply to [^)]{0,40}command\)\s*$/i.test(lines[k]) && !/^<?[^\s<>:]{1,64}@[^\s<>:]{1,255}>?:\s/.test(lines[k])) {
        rest += " " + lines[k].trim();
        i = k;
      }
      const said = SAID.exec(rest);
      if (said) {
        const host = /host\s+([^\s[]+)/i.exec(rest.slice(0, said.index));
        if (host) r.remoteMta = cleanHost(host[1]);
      }
      const cmd = /\(in reply to (?:end of )?([A-Z]+)(?: [A-Z]+)? command\)/i.exec(rest);
      if (cmd) r.command = cmd[1].toUpperCase();
      const diag = said ? rest.slice(said.index + said[0].length) : rest;
      setDiag(withoutInReplyTail(diag), t, true);
      continue;
    }
    // Classic Exchange admin section: the line under the recipient names the remote server.
    if (current && lastWasRecipient && !current.remoteMta && /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}$/.test(t)) {
      current.remoteMta = t;
      lastWasRecipient = false;
      continue;
    }
    lastWasRecipient = false;
    // Exchange 2003: "addr on <date>" followed by indented reason lines.
    m = !hasAt ? null : /^(\S{1,64}@\S{1,255}) on \S.{0,80}$/.exec(t);
    if (m) {
      touch(m[1].replace(/[<>]/g, ""));
      const parts: string[] = [];
      for (let k = i + 1; k < lines.length && k < i + 8 && lines[k].trim(); k++) parts.push(lines[k].trim());
      setDiag(parts.join(" "), lines[i + 1] ?? t, false);
      continue;
    }
    m = /^(?:undeliverable to|could not be delivered to|delivery to the following recipient failed:?)\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?\.?$/i.exec(t);
    if (m) {
      touch(m[1]);
      continue;
    }
    // Gmail's own notice names the recipient inside a sentence ("… wasn't delivered to addr because …").
    m = !hasAt ? null : /^(?:your message wasn['’]t delivered to|there was a problem delivering your message to)\s+<?([^\s<>]{1,64}@[^\s<>]{1,255}?)>?[.,]?(?:\s|$)/i.exec(t);
    if (m) {
      touch(m[1]);
      continue;
    }
    const only = recipientOnlyLine(t);
    if (only && t.endsWith(":") && !byAddr.get(only.toLowerCase())?.diagnostic) {
      // qmail / Yahoo style: "<addr>:" then the reason on the following lines.
      touch(only);
      const reason = following(i, 6);
      // The reason may name the address again ("This user doesn't have a … account (addr)").
      const named = reason ? firstEmail(reason) : "";
      if (reason && (!named || reason.length > named.length + 20)) setDiag(reason, lines[i + 1] ?? t, false);
      continue;
    }
    if (only) {
      lastWasRecipient = true;
      const r = touch(only);
      if (pendingReason?.length) {
        setDiag(pendingReason.join(" "), pendingReason[0], false);
        pendingReason = undefined;
      }
      // Exim and Mail.ru: the reason is indented under the address.
      const indent = line.length - line.trimStart().length;
      if (indent > 0 && !r.diagnostic) {
        const parts: string[] = [];
        for (let k = i + 1; k < lines.length && k < i + 12; k++) {
          const next = lines[k];
          if (!next.trim() || next.length - next.trimStart().length <= indent) break;
          parts.push(next.trim());
        }
        if (parts.length) {
          const joined = parts.join(" ");
          const smtp = /^SMTP error from remote (?:mail server|mailer) after ([^:]{1,60}):\s*/i.exec(joined);
          if (smtp) {
            const stage = smtp[1].toLowerCase();
            r.command = stage.includes("initial connection") ? "CONN" : stage.includes("data") ? "DATA" : stage.startsWith("mail") ? "MAIL" : stage.startsWith("rcpt") ? "RCPT" : r.command;
          }
          setDiag(joined.replace(/^SMTP error from remote (?:mail server|mailer) after [^:]{1,60}:\s*/i, "").replace(/^host\s+\S+\s+\[[^\]]{1,60}\](?::\d+)?:\s*/i, ""), parts[0], true);
          i += parts.length;
          lastWasRecipient = false;
        }
      }
      const name = /^([^(<]{1,80})\(/.exec(t);
      if (name && !name[1].includes("@")) r.displayName = name[1].trim();
      continue;
    }

    if (pendingReason && pendingReason.length < 6) {
      pendingReason.push(t);
      continue;
    }
    // Reply text.
    m = /Remote Server(?: at [^']{0,200})? returned\s+'(.*)'?/i.exec(t);
    if (m) {
      setDiag(m[1].replace(/'\s*$/, ""), t, true);
      const at = /Remote Server at\s+(\S+)/i.exec(t);
      if (at && current) current.remoteMta = cleanHost(at[1]);
      continue;
    }
    m = /#<[^#]{0,300}#([245]\.\d{1,3}\.\d{1,3})\s*(?:smtp;)?\s*([^>]{0,1000})>/i.exec(t);
    if (m) {
      setDiag(m[2].includes(m[1]) ? m[2] : `${m[2]} (${m[1]})`, t, true);
      const host = /^(\S+)\s+#</.exec(t);
      if (host && current) current.remoteMta = cleanHost(host[1]);
      continue;
    }
    m = t.endsWith("##") ? /^#?\s*([245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}.*)$/.exec(t.slice(0, -2).trimEnd()) : null;
    if (m) {
      setDiag(m[1], t, true);
      continue;
    }
    m = /^Reported error:\s*(.*)$/i.exec(t);
    if (m) {
      setDiag(m[1] || following(i), t, true);
      continue;
    }
    m = /^Status code:?\s*([245]\d\d)\s+([245]\.\d{1,3}\.\d{1,3})/i.exec(t);
    if (m) {
      facts.statusLine = { reply: m[1], status: m[2], line: t };
      continue;
    }
    m = /The error that the other server returned was:\s*(\S.*)$/i.exec(t);
    if (m) {
      setDiag(m[1], t, true);
      continue;
    }
    m = /^Error:\s+(\S.{3,300})$/.exec(t);
    if (m && !findCodes(m[1]).reply) {
      setDiag(m[1], t, false);
      continue;
    }
    if (/^(?:The response from the remote server was|The response was|The error that the other server returned was|Body of message generated response):?$/i.test(t) || / gave this error:$/i.test(t)) {
      const host = / gave this error:$/i.exec(t) ? t.replace(/ gave this error:$/i, "") : "";
      if (host && current) current.remoteMta = cleanHost(host);
      setDiag(following(i), t, true);
      continue;
    }
    m = /^<<<\s*([245]\d\d.*)$/.exec(t);
    if (m) {
      sessionReply = m[1];
      setDiag(m[1], t, true);
      continue;
    }
    m = /^\(reason:\s*(.*?)\)?$/i.exec(t);
    if (m) {
      setDiag(m[1], t, true);
      continue;
    }
    m = /^(?:Diagnostic-Code|Status):\s*(?:smtp;)?\s*(.*)$/i.exec(t);
    if (m && findCodes(m[1]).reply) {
      setDiag(m[1], t, false);
      continue;
    }
    // Generic: "550 5.1.1 text" or "550-5.1.1 text" anywhere on a line.
    const codes = findCodes(t);
    if (current && !current.diagnostic && !codes.status && /^[245]\d\d[ -]\S/.test(t)) {
      setDiag(t, t, false);
      continue;
    }
    if (codes.reply && codes.status) {
      const at = t.indexOf(codes.reply);
      let diag = t.slice(at);
      if (/^[245]\d\d-/.test(diag)) {
        for (let k = i + 1; k < lines.length && k < i + 40 && /^\s*[245]\d\d[- ]/.test(lines[k]); k++) {
          diag += " " + lines[k].trim();
          i = k;
        }
      }
      setDiag(diag, t, false);
    }
  }
  return facts;
}
