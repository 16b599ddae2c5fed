import { type Translate, englishT } from "../../i18n/translate";
import type { HostDiagnostics, OfficeFailure } from "../../outlook/types";

/** Office's own words (step, code, message) stay as Office gave them: admins search for them. */
export function failureLine(f: OfficeFailure): string {
  return `${f.step}${f.code !== undefined ? ` (${String(f.code)})` : ""}: ${f.message}`;
}

/**
 * The rows Message Header Analyzer-style diagnostics show: facts about the host only. Failures
 * come from the host already stripped of attachment names; nothing here reads the message.
 */
export function diagnosticsRows(d: HostDiagnostics, t: Translate = englishT): Array<[string, string]> {
  const yes = (v: boolean) => (v ? t("diag.available") : t("diag.notAvailable"));
  const rows: Array<[string, string]> = [
    [t("diag.mode"), d.mode === "outlook" ? t("diag.modeOutlook") : t("diag.modePreview")],
    [t("diag.host"), d.host ?? t("diag.notReported")],
    [t("diag.platform"), d.platform ?? t("diag.notReported")],
    [t("diag.version"), d.version ?? t("diag.notReported")],
    [t("diag.sets"), d.mailboxSets.length > 0 ? d.mailboxSets.join(", ") : t("diag.none")],
    [t("diag.readPath"), d.lastReadPath ? t(`path.${d.lastReadPath}`) : t("diag.noneYet")],
    [t("diag.form"), yes(d.canOpenForm)],
  ];
  if (d.dragAndDrop !== undefined) rows.push([t("diag.dragAndDrop"), yes(d.dragAndDrop)]);
  if (d.displayLanguage) rows.push([t("diag.language"), d.displayLanguage]);
  if (d.mailboxSearch) rows.push([t("diag.mailboxSearch"), t(`diag.mailboxSearch.${d.mailboxSearch}`)]);
  return rows;
}

/** Plain text for the Copy button and the forward. */
export function diagnosticsText(d: HostDiagnostics, t: Translate = englishT): string {
  const lines = [t("diag.title"), ...diagnosticsRows(d, t).map(([k, v]) => `${k}: ${v}`)];
  lines.push(d.failures.length > 0 ? t("diag.failuresLine") : t("diag.failuresNone"));
  for (const f of d.failures) lines.push(`- ${failureLine(f)}`);
  return lines.join("\n");
}
