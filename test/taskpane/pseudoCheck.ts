/**
 * Finds English left in a pane rendered in the pseudo-locale: every string from the tables comes
 * out accented and bracketed, so any plain ASCII word that is not message content or a technical
 * term was written somewhere outside the tables.
 */

/** Product and protocol names that stay as they are in every language. */
const TECHNICAL_TERMS = new Set(
  ["MX", "SPF", "DNS", "SMTP", "HTTPS", "HTTP", "CORS", "NDR", "PowerShell", "Exchange", "Outlook", "Microsoft", "Office", "OfficeOnline", "Mailbox"].map((w) =>
    w.toLowerCase(),
  ),
);

/** Innermost "[… ~~]" first, so a pseudo string with another filled into it goes as a whole. */
const PSEUDO_SEGMENT = /\[[^[\]]*?~+\]/g;

const TECHNICAL_TOKENS: RegExp[] = [
  /https?:\/\/\S+/g,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /\b[\w-]+(\.[\w-]+)+\b/g, // domain and host names: contoso.com, AM9PR02MB7321.eurprd02.prod.outlook.com
  /\b(Get|Set|New|Remove|Test)-\w+\b.*$/gm, // a PowerShell line, with its parameters
  /\b\d+(\.\d+)*\b/g,
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Text nodes and the attributes a screen reader or a tooltip shows. */
export function visibleTexts(root: ParentNode): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent.closest("script,style") || parent.closest("[hidden]"))) continue;
    if (node.textContent?.trim()) texts.push(node.textContent);
  }
  for (const el of Array.from((root as Element).querySelectorAll?.("[aria-label],[placeholder],[title],[alt]") ?? [])) {
    for (const attribute of ["aria-label", "placeholder", "title", "alt"]) {
      const value = el.getAttribute(attribute);
      if (value?.trim()) texts.push(value);
    }
  }
  return texts;
}

/**
 * English words (3+ ASCII letters) left after removing pseudo-localized segments, the given
 * message-derived values and technical tokens. Each finding quotes the text it was found in.
 */
export function leftoverEnglish(root: ParentNode, messageDerived: readonly string[]): string[] {
  const derived = [...messageDerived].filter((v) => v.trim().length > 0).sort((a, b) => b.length - a.length);
  const findings: string[] = [];
  for (const original of visibleTexts(root)) {
    let text = original;
    for (let previous = ""; previous !== text;) {
      previous = text;
      text = text.replace(PSEUDO_SEGMENT, " ");
    }
    for (const value of derived) text = text.replace(new RegExp(escapeRegExp(value), "g"), " ");
    for (const token of TECHNICAL_TOKENS) text = text.replace(token, " ");
    const words = (text.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []).filter((w) => w.length >= 3 && !TECHNICAL_TERMS.has(w.toLowerCase()));
    if (words.length > 0) findings.push(`${JSON.stringify(words)} in ${JSON.stringify(original.slice(0, 160))}`);
  }
  return [...new Set(findings)];
}
