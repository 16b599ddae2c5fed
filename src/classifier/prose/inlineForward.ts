/**
 * An NDR forwarded inline by a person: the body holds a quoted header block
 * ("From: postmaster@…", "Subject: Undeliverable: …") followed by the NDR's own words.
 * Returns the quoted NDR (headers and the text after them) so it can be read as the bounce.
 */
import { BOUNCE_SUBJECTS } from "./layouts";

export interface InlineNdr {
  from: string;
  subject: string;
  /** The quoted block's lines, for evidence. */
  headerLines: string[];
  text: string;
}

const FROM_DAEMON = /postmaster|mailer-daemon|microsoftexchange|mail delivery|microsoft outlook/i;

/** Strips a leading "> " quote prefix. */
function unquote(line: string): string {
  let t = line;
  while (t.startsWith(">")) t = t.slice(1).trimStart();
  return t;
}

export function findInlineNdr(text: string): InlineNdr | undefined {
  const capped = text.length > 512 * 1024 ? text.slice(0, 512 * 1024) : text;
  const lines = capped.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = unquote(lines[i].trim());
    const fromMatch = /^(?:\*?From:\*?|Von:|De\s?:|Da:|Van:|差出人:)\s*(.+)$/i.exec(line);
    if (!fromMatch || !FROM_DAEMON.test(fromMatch[1])) continue;
    // The Subject line follows within the quoted header block.
    for (let k = i + 1; k < Math.min(lines.length, i + 8); k++) {
      const sub = /^(?:\*?Subject:\*?|Betreff:|Objet\s?:|Asunto:|Oggetto:|Onderwerp:|件名:)\s*(.+)$/i.exec(unquote(lines[k].trim()));
      if (!sub) continue;
      const lower = sub[1].toLowerCase();
      if (!BOUNCE_SUBJECTS.some((s) => lower.includes(s))) break;
      const rest = lines.slice(k + 1).map(unquote).join("\n");
      return { from: fromMatch[1].trim(), subject: sub[1].trim(), headerLines: lines.slice(i, k + 1).map((l) => l.trim()), text: rest };
    }
  }
  return undefined;
}
