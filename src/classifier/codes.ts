/**
 * Finding the SMTP reply code and the RFC 3463 enhanced status code in free text, and choosing
 * between the code a DSN states and the one inside its diagnostic text.
 */

// "550 5.1.1", "550-5.1.1", "550: 5.1.1", "550 '5.7.1" (Amazon SES quotes the server's reply).
const REPLY_AND_STATUS = /(?:^|[^\d.])([245]\d\d)(?:[ -]|: ?)['"]?#?([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/;
const STATUS_ONLY = /(?:^|[^\d.#])#?([245])\.(\d{1,3})\.(\d{1,3})(?![\d])/;
const REPLY_ONLY = /(?:^|[^\d.\w])([245][0-5]\d)(?=[ -]|:(?:\s|$)|$)/;

export interface Codes {
  reply: string;
  status: string;
}

/** The first reply+status pair, else the first status, else the first reply code. */
export function findCodes(text: string): Codes {
  const window = text.length > 8192 ? text.slice(0, 8192) : text;
  const both = REPLY_AND_STATUS.exec(window);
  if (both) return { reply: both[1], status: `${both[2]}.${Number(both[3])}.${Number(both[4])}` };
  const st = STATUS_ONLY.exec(window);
  const rp = REPLY_ONLY.exec(window);
  return {
    status: st ? `${st[1]}.${Number(st[2])}.${Number(st[3])}` : "",
    reply: rp ? rp[1] : "",
  };
}

/**
 * Which status wins: the DSN `Status:` or the code inside the server's reply text. The reply's own
 * code is what the refusing server said; the Status field is often a relaying MTA's summary:
 * - a code whose class agrees with the reply's first digit beats one that doesn't;
 * - a summary that says little (X.0.0, X.Y.0, 4.4.7 "expired", 4.7.0, 5.3.x "system", X.5.x
 *   "protocol") gives way to the server's code;
 * - "5.1.1" (an MTA's guess at "unknown user") gives way to a more specific server code, and
 *   5.1.3 ("bad address syntax") to a 5.7.x policy code.
 */
export function preferStatus(dsnStatus: string, textStatus: string, reply: string): string {
  if (!dsnStatus) return textStatus;
  if (!textStatus || textStatus === dsnStatus) return dsnStatus;
  const replyClass = reply ? reply[0] : "";
  if (replyClass && dsnStatus[0] !== replyClass && textStatus[0] === replyClass) return textStatus;
  if (replyClass && textStatus[0] !== replyClass && dsnStatus[0] === replyClass) return dsnStatus;
  const [, dsnSubject, dsnDetail] = dsnStatus.split(".");
  const textDetail = textStatus.split(".")[2];
  const textSubject = textStatus.split(".")[1];
  if (dsnSubject === "0" && dsnDetail === "0") return textStatus;
  if (dsnDetail === "0" && textDetail !== "0") return textStatus;
  if (textSubject === "0" && textDetail === "0") return dsnStatus;
  if (dsnStatus === "4.4.7" || dsnStatus === "4.7.0" || dsnStatus.startsWith("5.3.") || dsnSubject === "5") return textStatus;
  if (dsnStatus === "5.1.1") return textDetail === "0" || textStatus.startsWith("5.5.") ? dsnStatus : textStatus;
  if (dsnStatus === "5.1.3" && textStatus.startsWith("5.7.")) return textStatus;
  return dsnStatus;
}

/** Host names in MTA positions: `dns;host`, `host[ip]`, `host (ip)`. */
export function cleanHost(text: string): string {
  const t = text.trim().replace(/^dns;\s*/i, "");
  const m = /^[A-Za-z0-9_.-]{1,255}/.exec(t);
  return m ? m[0].replace(/\.$/, "") : t.slice(0, 255);
}

/** Wordings that name the SMTP command a reply answered, lower-case, checked in order (plain substrings). */
const COMMAND_WORDINGS: ReadonlyArray<readonly [string, string]> = [
  ["in reply to end of data", "DATA"],
  ["in reply to data", "DATA"],
  ["in reply to rcpt", "RCPT"],
  ["in reply to mail", "MAIL"],
  ["in reply to helo", "HELO"],
  ["in reply to ehlo", "HELO"],
  ["in reply to starttls", "STARTTLS"],
  ["in reply to auth", "AUTH"],
  ["after end of data", "DATA"],
  ["after final data", "DATA"],
  ["after data", "DATA"],
  ["did not like our final data", "DATA"],
  ["did not like our data", "DATA"],
  ["failed after i sent the message", "DATA"],
  ["[data]", "DATA"],
  ["after rcpt", "RCPT"],
  ["did not like our rcpt", "RCPT"],
  ["does not like recipient", "RCPT"],
  ["[rcpt_to]", "RCPT"],
  ["error following rcpt", "RCPT"],
  ["after mail", "MAIL"],
  ["did not like our mail", "MAIL"],
  ["but sender was rejected", "MAIL"],
  ["[mail_from]", "MAIL"],
  ["error following mail", "MAIL"],
  ["after helo", "HELO"],
  ["after ehlo", "HELO"],
  ["but my name was rejected", "HELO"],
  ["after initial connection", "CONN"],
  ["refused to talk to me", "CONN"],
  ["while receiving the initial server greeting", "CONN"],
];

/** The SMTP command a reply text says it answered (RCPT, MAIL, DATA, HELO, CONN for the greeting), when it says. */
export function commandIn(text: string): string | undefined {
  const t = (text.length > 4000 ? text.slice(0, 4000) : text).toLowerCase();
  // Every wording has "in reply", "after", "like", "[", "following", "rejected" or "to me"/"greeting".
  if (
    !t.includes("in reply") &&
    !t.includes("after") &&
    !t.includes("like") &&
    !t.includes("[") &&
    !t.includes("following") &&
    !t.includes("rejected") &&
    !t.includes("talk to me") &&
    !t.includes("greeting")
  )
    return undefined;
  for (const [words, command] of COMMAND_WORDINGS) {
    const at = t.indexOf(words);
    if (at < 0) continue;
    // A word, not the start of a longer one ("after database", "in reply to mailbox").
    const next = t.charCodeAt(at + words.length);
    if (words.endsWith("]") || !((next >= 97 && next <= 122) || (next >= 48 && next <= 57))) return command;
  }
  return undefined;
}
