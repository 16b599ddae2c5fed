import { type Block, type Inline, type Section, clip } from "./reportBlocks";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Every string that reaches the HTML body passes through here: message content is hostile. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

function renderInline(part: Inline, limit: number | undefined): string {
  const text = escapeHtml(clip(part.text, limit));
  const inner = part.strong ? `<b>${text}</b>` : text;
  return part.href ? `<a href="${escapeHtml(part.href)}">${inner}</a>` : inner;
}

// Readable on a phone: long host names and replies wrap instead of widening the message.
const PRE_STYLE = "white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;font-family:Consolas,monospace;font-size:12px;margin:4px 0 8px 0";
const FIELD_STYLE = "margin:0 0 2px 0";
const QUOTE_STYLE = "white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0 8px 0;padding:4px 8px;border-left:3px solid #8a8886";

function renderBlock(block: Block, limit: number | undefined): string {
  switch (block.type) {
    case "heading":
      return `<h${block.level}>${escapeHtml(clip(block.text, limit))}</h${block.level}>`;
    case "paragraph":
      return `<p>${block.parts.map((p) => renderInline(p, limit)).join("")}</p>`;
    case "fields":
      // Label and value on one wrapping line each: a two-column table overflows a phone screen.
      return block.rows.map((r) => `<p style="${FIELD_STYLE}"><b>${escapeHtml(r.label)}:</b> ${escapeHtml(clip(r.value, limit))}</p>`).join("");
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((i) => `<li>${escapeHtml(clip(i, limit))}</li>`).join("")}</${tag}>`;
    }
    case "pre":
      return `<pre style="${PRE_STYLE}">${escapeHtml(clip(block.text, limit))}</pre>`;
    case "quote":
      // A <div>, not a <blockquote>: the admin's pane reads a blockquote as quoted mail, and the
      // forwarder's own part (where the diagnosis block is trusted) would end there.
      return `<div style="${QUOTE_STYLE}">${escapeHtml(clip(block.text, limit))}</div>`;
  }
}

/** `limit` caps each free-text field; the forward builder lowers it until a section fits. */
export function renderSectionHtml(section: Section, limit?: number): string {
  return section.map((b) => renderBlock(b, limit)).join("");
}
