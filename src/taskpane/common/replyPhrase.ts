import { oneLine } from "./oneLine";
import { replaceBracketed, trimEndChars } from "./textScan";

/**
 * The server's own words, short enough for a subject: "550 5.4.1 Relay Access Denied [host]"
 * becomes "Relay Access Denied". Admins search for these words, so they beat our headline.
 */
const MAX_PHRASE = 80;

/**
 * Only the start of a reply can reach an 80-character phrase. The classifier keeps at most 2,000
 * characters of a diagnostic, but a forward's block or an older build may hand over more, so the
 * pane bounds its own work: nothing below runs on more than this many characters.
 */
export const MAX_REPLY_SCAN = 2000;

export function replyPhrase(diagnostic: string): string {
  const cut = diagnostic.length > MAX_REPLY_SCAN;
  let text = oneLine(cut ? diagnostic.slice(0, MAX_REPLY_SCAN) : diagnostic);
  // The patterns below are anchored at the start or end, or bounded: each tries one position.
  text = text.replace(/^(smtp|x-[\w-]+)\s*;\s*/i, "");
  // Leading reply/status codes, with the old Exchange "#550 5.4.1 … ##" wrapper.
  text = text.replace(/^#?\s*(\d{3}[ -])?\s*(#?[245]\.\d{1,3}\.\d{1,3}\s*)?/, "");
  text = trimEndChars(text, "", true);
  if (text.endsWith("##")) text = text.slice(0, -2);
  // Postfix puts the address first: "<jo@example.com>: Relay access denied".
  if (text.startsWith("<")) {
    const close = text.indexOf(">");
    if (close > 0 && text[close + 1] === ":") text = text.slice(close + 2).trimStart();
  }
  // Server names, tracking ids and AS(…) codes are noise in a subject.
  text = replaceBracketed(text, " ");
  // A "[" left open by the cut starts a server name whose end we can't see: drop it and the rest.
  const open = cut ? text.indexOf("[") : -1;
  if (open >= 0) text = text.slice(0, open);
  text = text.replace(/\bAS\(\d+\)/g, " ");
  text = trimEndChars(oneLine(text), ".;:,", true);
  if (text.length <= MAX_PHRASE) return text;
  const head = text.slice(0, MAX_PHRASE);
  const space = head.lastIndexOf(" ");
  return `${space > 40 ? head.slice(0, space) : head}…`;
}
