import { renderText } from "./renderText";
import { buildReport, type ReportContext } from "./reportModel";

/** The same write-up as the forward, as plain text for the Copy button. */
export function diagnosisText(ctx: ReportContext): string {
  return renderText(buildReport(ctx));
}
