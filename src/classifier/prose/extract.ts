/**
 * Per-recipient facts from a bounce's human-readable text, for every layout: recipient lines,
 * the server's reply ("Remote Server returned '…'", "said: …", "Reported error: …", "#550 … ##"),
 * and the servers named. Line by line, with bounded windows; never reads the returned original.
 */
import { EMAIL_GLOBAL, cleanHost, findCodes, firstEmail } from "../codes";
import { unfoldReply } from "../deliveryStatus";

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
];

function isEndMarker(lower: string): boolean {
  for (const m of END_MARKERS) if (lower.startsWith(m)) return true;
  return false;
}

/** A line that is only an address (optionally `<…>`, `mailto:`, `Name (addr)`, trailing colon). */
function recipientOnlyLine(line: string): string {
  const t = line.trim();
  if (t.length === 0 || t.length > 320) return "";
  const addr = firstEmail(t);
  if (!addr) return "";
  const rest = t
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

export function extractProse(fullText: string, failedHeader?: string): ProseFacts {
  const text = fullText.length > MAX_PROSE ? fullText.slice(0, MAX_PROSE) : fullText;
  const facts: ProseFacts = { recipients: [], looseDiagnostic: "", looseDiagnosticLine: "", markers: [] };
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
    const d = unfoldReply(diag).slice(0, 2000);
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
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t) continue;
    const lower = t.toLowerCase();
    if (isEndMarker(lower)) break;

    // Servers named by the report.
    let m = /^(?:DSN generated by|Generating server|Serveur de génération|Generierender Server|Server di generazione|Genererande server|Bronserver|Servidor de origem|生成サーバー)\s*[:：]\s*(\S*)/i.exec(t);
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
    m = /Your message to\s+<?([^\s<>]+@[^\s<>]+?)>?\s+couldn't be delivered/i.exec(t);
    if (m) {
      touch(m[1]);
      facts.markers.push(t.slice(0, 200));
      continue;
    }
    m = /^Recipient Address:\s*(\S+@\S+)/i.exec(t);
    if (m) {
      touch(m[1].replace(/[<>]/g, ""));
      continue;
    }
    m = /RCPT TO:\s*<([^>\s]{1,320}@[^>\s]{1,255})>/i.exec(t);
    if (m && (lower.startsWith(">>>") || lower.includes("smtp error from remote"))) {
      touch(m[1]).command = "RCPT";
      if (lower.includes("smtp error from remote")) setDiag(following(i), t, true);
      continue;
    }
    // Postfix / qmail: "<addr>: host x[ip] said: 550 …" or "<addr>: reason"
    m = /^<?([^\s<>:]{1,64}@[^\s<>:]{1,255})>?:\s+(\S.*)$/.exec(t);
    if (m && !/^(?:from|to|cc|subject|date|sender):/i.test(t)) {
      const r = touch(m[1]);
      let rest = m[2];
      // Continuation lines are indented.
      for (let k = i + 1; k < lines.length && k < i + 20 && /^\s+\S/.test(lines[k]); k++) rest += " " + lines[k].trim();
      const said = SAID.exec(rest);
      if (said) {
        const host = /host\s+([^\s[]+)/i.exec(rest.slice(0, said.index));
        if (host) r.remoteMta = cleanHost(host[1]);
      }
      const cmd = /\(in reply to ([A-Z]+(?: [A-Z]+)?) command\)/i.exec(rest);
      if (cmd) r.command = cmd[1].split(" ")[0].toUpperCase();
      const diag = said ? rest.slice(said.index + said[0].length) : rest;
      setDiag(diag.replace(/\s*\(in reply to [^)]{0,40}\)\s*$/i, ""), t, true);
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
    m = /^(\S{1,64}@\S{1,255}) on \S.{0,80}$/.exec(t);
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
    const only = recipientOnlyLine(t);
    if (only && t.endsWith(":") && !current?.diagnostic) {
      // qmail / Yahoo style: "<addr>:" then the reason on the following lines.
      touch(only);
      const reason = following(i, 6);
      if (reason && !firstEmail(reason)) setDiag(reason, lines[i + 1] ?? t, false);
      continue;
    }
    if (only) {
      lastWasRecipient = true;
      const r = touch(only);
      const name = /^([^(<]{1,80})\(/.exec(t);
      if (name && !name[1].includes("@")) r.displayName = name[1].trim();
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
    if (/^(?:The response from the remote server was|The response was|The error that the other server returned was|Body of message generated response):?$/i.test(t) || / gave this error:$/i.test(t)) {
      const host = / gave this error:$/i.exec(t) ? t.replace(/ gave this error:$/i, "") : "";
      if (host && current) current.remoteMta = cleanHost(host);
      setDiag(following(i), t, true);
      continue;
    }
    m = /^<<<\s*([245]\d\d.*)$/.exec(t);
    if (m) {
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
