/**
 * A neutral shape for the diagnosis write-up, so the HTML forward and the plain-text copy say
 * the same things and only the renderers differ.
 */
export interface Inline {
  text: string;
  strong?: boolean;
  /** Already checked to be https (see lib/safeUrl). */
  href?: string;
}

export type Block =
  | { type: "heading"; level: 2 | 3 | 4; text: string }
  | { type: "paragraph"; parts: Inline[] }
  | { type: "fields"; rows: Array<{ label: string; value: string }> }
  | { type: "list"; ordered: boolean; items: string[] }
  | { type: "pre"; text: string }
  /** Words the reader passes on as they stand (the message for the other organisation): wraps like prose. */
  | { type: "quote"; text: string };

/** Blocks that belong together: a section is kept whole, shortened, or left out as a unit. */
export type Section = Block[];

/** Shortens free text for the size limit; `limit` undefined means "no limit". */
export function clip(text: string, limit: number | undefined): string {
  if (limit === undefined || text.length <= limit) return text;
  return `${text.slice(0, Math.max(0, limit))}…`;
}

/** The same blocks with every text passed through `fn` (links' targets are the table's, left as they are). */
export function mapTexts(section: Section, fn: (text: string) => string): Section {
  return section.map((block): Block => {
    switch (block.type) {
      case "heading":
        return { ...block, text: fn(block.text) };
      case "paragraph":
        return { ...block, parts: block.parts.map((p) => ({ ...p, text: fn(p.text) })) };
      case "fields":
        return { ...block, rows: block.rows.map((r) => ({ label: fn(r.label), value: fn(r.value) })) };
      case "list":
        return { ...block, items: block.items.map(fn) };
      case "pre":
      case "quote":
        return { ...block, text: fn(block.text) };
    }
  });
}
