/**
 * Message-level signals: does the envelope/header say "this is a bounce", an auto-reply, …?
 * Prose alone never makes a bounce when the message has headers that say it came from a person.
 */
import { decodeHeaderWords } from "./mime/decode";
import { type HeaderMap, header } from "./mime/headers";
import { type NoteCode, evidenceOf } from "./notes";
import { BOUNCE_SUBJECTS, DELAY_SUBJECTS } from "./prose/kindWords";
import type { Evidence } from "./types";

export interface HeaderSignals {
  bounce: Evidence[];
  delaySubject: boolean;
  fromDaemon: boolean;
  /** Subject decoded from RFC 2047 words. */
  subject: string;
  autoReply?: Evidence;
  hasHeaders: boolean;
  /** Return-Path: <> (what every automatic report is sent with). */
  nullSender: boolean;
}

const DAEMON_SENDERS = [
  "mailer-daemon",
  "mailer daemon",
  "mailer_daemon",
  "postmaster",
  "post_master",
  "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e",
  "mail delivery subsystem",
  "mail delivery system",
  "mail delivery service",
  "mail.delivery.system",
  "mail deliver system",
  "mail administrator",
  "mail system",
  "mdaemon",
];
/** fml (mailing-list manager) error titles; only read when X-MLServer says fml. */
const FML_TITLES = [
  "loop alert:",
  "loop back warning:",
  "warning: unix from loop",
  "fml system error message",
  "not member article from",
  "reject mail from",
  "security alert",
  "rejected:",
  "are not member",
];
const AUTO_REPLY_SUBJECTS = [
  "automatic reply:",
  "auto:",
  "autoreply",
  "auto-reply",
  "auto reply",
  "out of office",
  "out of the office",
  "abwesenheitsnotiz",
  "réponse automatique",
  "respuesta automática",
  "vacation",
];

export function headerSignals(headers: HeaderMap): HeaderSignals {
  const bounce: Evidence[] = [];
  const add = (text: string, code: NoteCode): void => {
    bounce.push(evidenceOf("headers", text.slice(0, 300), code));
  };
  if (headers.has("x-ms-exchange-message-is-ndr")) add("X-MS-Exchange-Message-Is-Ndr:", "header.exchange-ndr");
  const ct = header(headers, "content-type") ?? "";
  if (/report-type="?delivery-status/i.test(ct)) add(`Content-Type: ${ct}`, "header.dsn-report");
  const decodedSubject = decodeHeaderWords(header(headers, "subject") ?? "");
  const subject = decodedSubject.toLowerCase();
  const subjectHit = BOUNCE_SUBJECTS.find((s) => subject.includes(s));
  if (subjectHit) add(`Subject: ${decodedSubject}`, "header.bounce-subject");
  const from = (header(headers, "from") ?? "").toLowerCase();
  const fromHit = DAEMON_SENDERS.find((s) => from.includes(s));
  if (fromHit) add(`From: ${header(headers, "from")}`, "header.daemon-sender");
  const failed = header(headers, "x-failed-recipients");
  if (failed) add(`X-Failed-Recipients: ${failed}`, "header.failed-recipients");
  const nullSender = /^\s*<>\s*$/.test(header(headers, "return-path") ?? "x");
  if (nullSender && (fromHit || subjectHit)) add("Return-Path: <>", "header.null-sender");
  const mlServer = (header(headers, "x-mlserver") ?? "").toLowerCase();
  if (mlServer.includes("fml") && FML_TITLES.some((t) => subject.includes(t))) add(`Subject: ${decodedSubject}`, "header.fml-notice");
  const delaySubject = DELAY_SUBJECTS.some((s) => subject.includes(s));

  let autoReply: Evidence | undefined;
  const auto = (header(headers, "auto-submitted") ?? "").toLowerCase();
  if (auto.startsWith("auto-replied")) autoReply = evidenceOf("headers", `Auto-Submitted: ${auto}`, "autoreply.rfc3834");
  else if (headers.has("x-autoreply") || headers.has("x-autorespond")) autoReply = evidenceOf("headers", "X-Autoreply", "autoreply.header");
  else if ((header(headers, "precedence") ?? "").toLowerCase().includes("auto_reply"))
    autoReply = evidenceOf("headers", "Precedence: auto_reply", "autoreply.precedence");
  else {
    const hit = AUTO_REPLY_SUBJECTS.find((s) => subject.startsWith(s) || (s.length > 8 && subject.includes(s)));
    if (hit) autoReply = evidenceOf("headers", `Subject: ${decodedSubject}`, "autoreply.subject");
  }
  return { bounce, delaySubject, fromDaemon: !!fromHit, subject: decodedSubject, autoReply, hasHeaders: headers.size > 0, nullSender };
}
