/**
 * Links in the pane come only from the guidance table, but the table is edited by people:
 * anything that is not plain https (javascript:, data:, http:) is dropped rather than rendered.
 */
export function safeHttpsUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
