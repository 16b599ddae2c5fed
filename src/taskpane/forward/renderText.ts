import type { Block, Section } from "./reportBlocks";

function renderBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return block.level === 2
        ? `${block.text}\n${"=".repeat(Math.min(block.text.length, 60))}`
        : `${block.text}\n${"-".repeat(Math.min(block.text.length, 60))}`;
    case "paragraph":
      return block.parts.map((p) => (p.href ? `${p.text} (${p.href})` : p.text)).join("");
    case "fields":
      return block.rows.map((r) => `${r.label}: ${r.value}`).join("\n");
    case "list":
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join("\n");
    case "quote":
      // Indented, not "> ": a reader takes "> " lines for quoted mail, which ends the sender's own part.
      return block.text
        .split(/\r?\n/)
        .map((line) => `    ${line}`)
        .join("\n");
    case "pre":
      return block.text
        .split(/\r?\n/)
        .map((line) => `    ${line}`)
        .join("\n");
  }
}

/** Plain text for the Copy button (mobile, where no message form can be opened). */
export function renderText(sections: readonly Section[]): string {
  return sections
    .map((section) => section.map(renderBlock).join("\n\n"))
    .filter((s) => s.length > 0)
    .join("\n\n");
}
