import { buildReport, type ReportContext } from "./reportModel";
import { renderText } from "./renderText";

/** The same write-up as the forward, as plain text for the Copy button. */
export function diagnosisText(ctx: ReportContext): string {
  return renderText(buildReport(ctx));
}
