/**
 * Index scans for the few clean-ups the pane does on message text (server replies, addresses). They replace regexes such as /[.;:,\s]+$/ and /\[[^\]]*\]/g, which retry at every
 * position of a long run and so take quadratic time on hostile input (seconds at 100k chars).
 * Each function here visits every character a bounded number of times.
 */

/** Removes every trailing character in `chars` (and whitespace when `whitespace` is set). */
export function trimEndChars(text: string, chars: string, whitespace = false): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1];
    if (chars.includes(c) || (whitespace && c.trim() === "")) end--;
    else break;
  }
  return text.slice(0, end);
}

/**
 * Replaces each "[…]" (from a "[" to the next "]") with `replacement`, like
 * text.replace(/\[[^\]]*\]/g, replacement). An unclosed "[" is kept, as the regex keeps it;
 * once no "]" follows, no later "[" can close either, so the scan stops there.
 */
export function replaceBracketed(text: string, replacement: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("[", from);
    if (open < 0) break;
    const close = text.indexOf("]", open + 1);
    if (close < 0) break;
    out += text.slice(from, open) + replacement;
    from = close + 1;
  }
  return out + text.slice(from);
}
