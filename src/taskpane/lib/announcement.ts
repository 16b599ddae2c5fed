import type { ReaderState } from "../hooks/readerState";
import { groupProblems } from "./groupProblems";

/** One sentence for the live region, so a screen reader hears the outcome without the whole pane. */
export function announcement(state: ReaderState): string {
  switch (state.status) {
    case "loading":
      return "Reading this message…";
    case "no-item":
      return "No message to read.";
    case "no-bounce":
      return "No bounce found.";
    case "error":
      return "Outlook couldn't give us this message.";
    case "success": {
      const result = state.results[state.selected] ?? state.results[0];
      const problems = groupProblems(result.diagnosis);
      const first = problems[0]?.guidance.title ?? "Bounce explained";
      const more = problems.length > 1 ? ` And ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""}.` : "";
      return `Result: ${first}.${more}`;
    }
  }
}
