import { oneLine } from "../lib/oneLine";

/**
 * The server's own words, short enough for a subject: "550 5.4.1 Relay Access Denied [host]"
 * becomes "Relay Access Denied". Admins search for these words, so they beat our headline.
 */
const MAX_PHRASE = 80;

export function replyPhrase(diagnostic: string): string {
  let text = oneLine(diagnostic);
  text = text.replace(/^(smtp|x-[\w-]+)\s*;\s*/i, "");
  // Leading reply/status codes, with the old Exchange "#550 5.4.1 … ##" wrapper.
  text = text.replace(/^#?\s*(\d{3}[ -])?\s*(#?[245]\.\d{1,3}\.\d{1,3}\s*)?/, "");
  text = text.replace(/##\s*$/, "");
  // Postfix puts the address first: "<jo@example.com>: Relay access denied".
  text = text.replace(/^<[^>]*>:\s*/, "");
  // Server names, tracking ids and AS(…) codes are noise in a subject.
  text = text.replace(/\[[^\]]*\]/g, " ").replace(/\bAS\(\d+\)/g, " ");
  text = text.replace(/\s+/g, " ").trim().replace(/[.;:,\s]+$/, "");
  if (text.length <= MAX_PHRASE) return text;
  const cut = text.slice(0, MAX_PHRASE);
  const space = cut.lastIndexOf(" ");
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}
