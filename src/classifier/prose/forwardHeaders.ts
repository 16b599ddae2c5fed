/**
 * The header block a mail client writes above a forwarded message ("From: … Sent: … To: …
 * Subject: …"), in the languages Outlook, Gmail and Apple Mail use, and the separator lines
 * they put before it. Labels are looked up in a table, not matched by pattern: a line is split at
 * its first colon, so reading a line costs its length and nothing can backtrack.
 */
import { isWhitespace } from "../trimRuns";

export type ForwardField = "from" | "date" | "to" | "cc" | "subject";

/** Label (lower case, single spaces, no colon) → field. Shared words ("de", "data") mean the same field in each language that uses them. */
const LABELS = new Map<string, ForwardField>();
const add = (field: ForwardField, labels: string[]): void => {
  for (const l of labels) LABELS.set(l, field);
};
add("from", ["from", "von", "de", "da", "van", "från", "fra", "od", "差出人", "送信者", "发件人", "寄件者", "sender"]);
add("date", [
  "sent",
  "date",
  "gesendet",
  "datum",
  "envoyé",
  "enviado el",
  "enviado",
  "fecha",
  "skickat",
  "inviato",
  "data",
  "verzonden",
  "送信日時",
  "日付",
  "发送时间",
  "sendt",
  "wysłano",
]);
add("to", ["to", "an", "à", "a", "para", "till", "aan", "宛先", "收件人", "til", "do"]);
add("cc", ["cc", "bcc", "kopie", "copie à", "kopia"]);
add("subject", ["subject", "betreff", "objet", "asunto", "ämne", "oggetto", "onderwerp", "assunto", "件名", "主题", "emne", "temat"]);

/** Longest label we look up ("copie à", "enviado el") plus room for bold marks and spaces. */
const MAX_LABEL_CHARS = 24;

export interface LabelledLine {
  field: ForwardField;
  value: string;
}

/** "From: x", "*From:* x", "De : x" (French puts a space, often a no-break space, before the colon), "件名： x". */
export function readLabel(line: string): LabelledLine | undefined {
  let colon = -1;
  const limit = Math.min(line.length, MAX_LABEL_CHARS);
  for (let i = 0; i < limit; i++) {
    const c = line[i];
    if (c === ":" || c === "：") {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const label = line
    .slice(0, colon)
    .replace(/[*\u00a0\s]+/g, " ")
    .trim()
    .toLowerCase();
  const field = LABELS.get(label);
  if (!field) return undefined;
  const value = line
    .slice(colon + 1)
    .replace(/^[*\s]+/, "")
    .trim();
  return { field, value };
}

/** Separator lines clients write above the block (compared in lower case, dashes and spaces trimmed). */
const SEPARATOR_TEXTS = [
  "original message",
  "ursprüngliche nachricht",
  "message d'origine",
  "mensaje original",
  "ursprungligt meddelande",
  "messaggio originale",
  "oorspronkelijk bericht",
  "mensagem original",
  "元のメッセージ",
  "forwarded message",
  "message transféré",
  "weitergeleitete nachricht",
  "mensaje reenviado",
  "vidarebefordrat meddelande",
  "messaggio inoltrato",
  "doorgestuurd bericht",
  "mensagem encaminhada",
  "転送されたメッセージ",
  "begin forwarded message",
  "début du message réexpédié",
  "anfang der weitergeleiteten nachricht",
  "inicio del mensaje reenviado",
  "början av vidarebefordrat meddelande",
  "inizio messaggio inoltrato",
  "begin doorgestuurd bericht",
  "início da mensagem reencaminhada",
];

/** True for "____…" rules, "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:". */
export function isSeparator(line: string): boolean {
  if (line.length < 3 || line.length > 120) return false;
  if (/^_{8,}$/.test(line)) return true;
  // Dashes and spaces trimmed from the start, dashes, spaces and colons from the end: index scans.
  let a = 0;
  let b = line.length;
  while (a < b && isDashOrSpace(line.charCodeAt(a))) a++;
  while (b > a && (isDashOrSpace(line.charCodeAt(b - 1)) || line.charCodeAt(b - 1) === 58)) b--;
  return SEPARATOR_TEXTS.includes(line.slice(a, b).toLowerCase());
}

/** "-" or white space (exactly what \s matches). */
function isDashOrSpace(c: number): boolean {
  return c === 45 || isWhitespace(c);
}
